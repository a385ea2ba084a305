import Foundation
import ReelGenEngine

/// One clip rendered by one engine in a process of its own, so its peak memory is its own.
/// The parent starts `ReelGenBench --single ENGINE RESOLUTION SECONDS` and reads one line.
struct SingleRender {
    let engineID: String
    let resolution: Resolution
    let duration: ClipDuration
    /// Where the child leaves its files; nil: a temporary directory, removed afterwards.
    var keepIn: String? = nil

    var request: RenderRequest {
        RenderRequest(
            prompt: "a red fox runs through a snowy forest at dawn, then stops and looks at the camera",
            aspectRatio: .landscape16x9,
            resolution: resolution,
            duration: duration,
            seed: 42
        )
    }

    /// What the child reports.
    struct Result {
        var seconds: Double
        var peakMemoryKiB: Int
        var videoBytes: Int
    }

    /// Runs in the child: renders into a temporary directory, removes it, prints the result line.
    func runHere() async throws {
        let pool = RenderThreadPool()
        guard let engine = benchmarkedEngines(pool: pool).first(where: { $0.id == engineID }) else {
            throw BenchError("unknown engine \(engineID)")
        }
        let directory = keepIn.map(URL.init(fileURLWithPath:))
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("reelgen-bench-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { if keepIn == nil { try? FileManager.default.removeItem(at: directory) } }
        let clock = ContinuousClock()
        let start = clock.now
        let video = try await engine.render(request, into: directory.path, progress: { _ in })
        let elapsed = start.duration(to: clock.now)
        print("seconds=\(elapsed.seconds) peak_kib=\(PeakMemory.kibibytes()) bytes=\(video.videoSize)")
    }

    /// Runs in the parent: starts the child and parses its line.
    func runInChild() throws -> Result {
        let output = try ChildProcess.run(
            "/proc/self/exe",
            ["--single", engineID, resolution.rawValue, String(duration.rawValue)]
        )
        var fields: [String: Double] = [:]
        for pair in output.split(whereSeparator: \.isWhitespace) {
            let parts = pair.split(separator: "=")
            if parts.count == 2, let value = Double(parts[1]) { fields[String(parts[0])] = value }
        }
        guard let seconds = fields["seconds"], let peak = fields["peak_kib"], let bytes = fields["bytes"] else {
            throw BenchError("unexpected output from --single: \(output)")
        }
        return Result(seconds: seconds, peakMemoryKiB: Int(peak), videoBytes: Int(bytes))
    }
}
