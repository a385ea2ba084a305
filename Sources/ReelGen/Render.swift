import ArgumentParser
import Foundation
import ReelGenAPI
import ReelGenEngine
import ReelGenJobs

extension ReelGenCommand {
    /// Renders a clip on this machine, no server involved.
    struct Render: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Render a clip offline to an MP4 file.")

        @OptionGroup var clip: ClipOptions
        @Option(name: .shortAndLong, help: "Where to write the MP4 (the GIF preview and poster go beside it).") var output: String = "output.mp4"
        @Option(help: "Engine id.") var engine: String = Environment.string("REELGEN_DEFAULT_ENGINE") ?? "reelgen/cinematic-v1"

        func run() async throws {
            let engines = try EngineRegistry.standard(defaultEngineID: engine, pool: RenderThreadPool())
            guard let renderer = engines.engine(id: engine) else { throw ValidationError("Unknown engine '\(engine)'.") }
            let files = FileManager.default
            let workDirectory = files.temporaryDirectory.appendingPathComponent("reelgen-render-\(UUID().uuidString)").path
            try files.createDirectory(atPath: workDirectory, withIntermediateDirectories: true)
            defer { try? files.removeItem(atPath: workDirectory) }

            let request = clip.request
            let bar = ProgressBar()
            let started = ContinuousClock.now
            let video = try await renderer.render(request, into: workDirectory) { bar.update(status: "rendering", fraction: $0) }
            bar.finish()
            let stem = (output as NSString).deletingPathExtension
            for (from, to) in [(video.videoPath, output), (video.previewPath, stem + ".gif"), (video.posterPath, stem + ".jpg")] {
                try? files.removeItem(atPath: to)
                try files.moveItem(atPath: from, toPath: to)
            }
            let seconds = (ContinuousClock.now - started) / .seconds(1)
            FileHandle.standardError.write(Data(String(format: "Rendered %d frames at %@ in %.2f s (seed %u)\n", video.frameCount, video.frameSize.description, seconds, request.seed).utf8))
            print(output)
        }
    }
}
