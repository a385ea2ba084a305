import Foundation
import ReelGenEngine

/// The yardstick of DESIGN §7: the ffmpeg CLI encoding 120 frames of `testsrc2` with x264
/// `veryfast` on 2 threads at the same size; best of three, measured in the same run.
struct ReferenceEncode {
    let size: FrameSize

    func bestSeconds(of attempts: Int = 3) throws -> Double {
        guard let ffmpeg = ChildProcess.find("ffmpeg") else { throw BenchError("ffmpeg is not on PATH") }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("reelgen-reference-\(getpid()).mp4").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let arguments = [
            "-hide_banner", "-loglevel", "error",
            "-f", "lavfi", "-i", "testsrc2=size=\(size.width)x\(size.height):rate=24",
            "-frames:v", "120", "-c:v", "libx264", "-preset", "veryfast", "-threads", "2",
            "-f", "mp4", "-y", output,
        ]
        let clock = ContinuousClock()
        var best = Double.infinity
        for _ in 0..<attempts {
            let start = clock.now
            _ = try ChildProcess.run(ffmpeg, arguments)
            best = min(best, start.duration(to: clock.now).seconds)
        }
        return best
    }
}
