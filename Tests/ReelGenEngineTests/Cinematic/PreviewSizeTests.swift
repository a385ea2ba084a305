import Foundation
@testable import ReelGenEngine
import Testing

/// The GIF preview costs a fraction of its clip (a quarter of the MP4's bytes at most) and
/// still shows it: its middle frame matches the clip's at thumbnail size.
@Suite struct PreviewSizeTests {
    @Test(arguments: ["a red fox runs through a snowy forest at dawn, then stops and looks at the camera", "a video of a peacock"])
    func aPreviewCostsAQuarterOfItsClip(prompt: String) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let request = RenderRequest(prompt: prompt, aspectRatio: .landscape16x9, resolution: .p720, duration: .five, seed: 42)
        let video = try await CinematicEngine(pool: CinematicFixtures.pool).render(request, into: directory.path, progress: { _ in })
        let previewSize = try #require((try FileManager.default.attributesOfItem(atPath: video.previewPath)[.size] as? NSNumber)?.intValue)
        #expect(previewSize * 4 <= video.videoSize, "preview \(previewSize) bytes for a \(video.videoSize)-byte clip")

        let clip = try thumbnail(of: video.videoPath, in: directory), preview = try thumbnail(of: video.previewPath, in: directory)
        #expect(clip.count == preview.count && !clip.isEmpty)
        let difference = zip(clip, preview).reduce(0) { $0 + abs(Int($1.0) - Int($1.1)) }
        let mean = Double(difference) / Double(max(clip.count, 1))
        #expect(mean < 12, "the preview's middle frame is \(mean) levels from the clip's")
    }

    /// The frame at 2.5 s, scaled to 32×18 RGB bytes by the real ffmpeg.
    private func thumbnail(of path: String, in directory: TemporaryDirectory) throws -> [UInt8] {
        let output = directory.path + "/thumbnail-\(UUID().uuidString).rgb"
        let run = try Tool.run("ffmpeg", ["-v", "error", "-ss", "2.5", "-i", path, "-frames:v", "1", "-vf", "scale=32:18:flags=area",
                                          "-f", "rawvideo", "-pix_fmt", "rgb24", "-y", output])
        #expect(run.status == 0, "\(run.standardError)")
        return Array(try Data(contentsOf: URL(fileURLWithPath: output)))
    }
}
