import Foundation
import ReelGenEngine

// `make bench`: render+encode time against the ffmpeg reference, and peak memory, for every
// engine in `benchmarkedEngines`, then status GET throughput of the release server under
// `wrk` (DESIGN §7). `--single ENGINE RESOLUTION SECONDS` is the child mode each render
// measurement runs in; a fifth argument keeps its files in that directory.
// `--status-only` runs just the throughput rows.

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--single" {
    guard arguments.count == 4 || arguments.count == 5,
          let resolution = Resolution(rawValue: arguments[2]),
          let seconds = Int(arguments[3]), let duration = ClipDuration(rawValue: seconds)
    else {
        FileHandle.standardError.write(Data("usage: ReelGenBench --single ENGINE RESOLUTION 5|8 [DIRECTORY]\n".utf8))
        exit(2)
    }
    let keepIn = arguments.count == 5 ? arguments[4] : nil
    try await SingleRender(engineID: arguments[1], resolution: resolution, duration: duration, keepIn: keepIn).runHere()
    exit(0)
}

func column(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
}

/// DESIGN §7: ≥ 10,000 req/s with p99 < 5 ms on one node.
func printStatusThroughput() async throws {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    print("status GET, 1 node: release `reelgen serve` (SQLite) and wrk -t1 -c32 -d10s sharing \(cores) cores")
    print(column("job", 26) + column("req/s", 10) + column("target", 10) + column("p99 ms", 9) + column("target", 8) + "met")
    for state in [StatusThroughput.JobState.queued, .completed] {
        let result = try await StatusThroughput(state: state).run()
        let met = result.requestsPerSecond >= 10_000 && result.p99Milliseconds < 5
        print(
            column(state == .queued ? "queued" : "completed (signed URLs)", 26)
                + column(String(format: "%.0f", result.requestsPerSecond), 10) + column(">= 10000", 10)
                + column(String(format: "%.2f", result.p99Milliseconds), 9) + column("< 5", 8)
                + (met ? "yes" : "NO")
        )
    }
}

if arguments.first == "--status-only" {
    try await printStatusThroughput()
    exit(0)
}

let engineIDs = benchmarkedEngines(pool: RenderThreadPool(threads: 1)).map(\.id)
let cores = ProcessInfo.processInfo.activeProcessorCount
print("ReelGen bench: \(cores) cores; 16:9 clips; reference = ffmpeg testsrc2, libx264 veryfast, 2 threads, best of 3")
print("")
print(column("clip", 22) + column("engine", 24) + column("seconds", 9) + column("frames/s", 10) + column("reference s", 13) + column("ratio", 8) + "MP4 KiB")
for resolution in [Resolution.p720, .p1080] {
    let render = SingleRender(engineID: "", resolution: resolution, duration: .five)
    let size = render.request.frameSize
    let reference = try ReferenceEncode(size: size).bestSeconds()
    for engineID in engineIDs {
        let result = try SingleRender(engineID: engineID, resolution: resolution, duration: .five).runInChild()
        let frames = Double(render.request.frameCount)
        print(
            column("\(resolution.rawValue) 5 s \(size)", 22) + column(engineID, 24)
                + column(String(format: "%.2f", result.seconds), 9)
                + column(String(format: "%.1f", frames / result.seconds), 10)
                + column(String(format: "%.2f", reference), 13)
                + column(String(format: "%.2fx", result.seconds / reference), 8)
                + String(result.videoBytes / 1024)
        )
    }
}
print("")
print(column("peak memory", 22) + column("engine", 24) + "max RSS MiB")
for (resolution, duration) in [(Resolution.p1080, ClipDuration.five), (.p720, .eight)] {
    for engineID in engineIDs {
        let result = try SingleRender(engineID: engineID, resolution: resolution, duration: duration).runInChild()
        print(column("\(resolution.rawValue) \(duration.rawValue) s", 22) + column(engineID, 24) + String(format: "%.1f", Double(result.peakMemoryKiB) / 1024))
    }
}
print("")
try await printStatusThroughput()
