import ArgumentParser
import Foundation
import ReelGenClient

extension ReelGenCommand {
    /// Asks a running server for a clip, waits for it with a progress bar and downloads it.
    struct Generate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Generate a clip on a ReelGen server and download it.")

        @OptionGroup var clip: ClipOptions
        @Option(name: .shortAndLong, help: "Where to write the MP4.") var output: String = "output.mp4"
        @Option(help: "Server base URL (REELGEN_URL).") var url: String = Environment.string("REELGEN_URL") ?? "http://localhost:8080"
        @Option(help: "API key (REELGEN_API_KEY).") var key: String?
        @Option(help: "Model id.") var model: String = "pixverse/v5/text-to-video"

        func run() async throws {
            guard let key = key ?? Environment.string("REELGEN_API_KEY") else { throw ValidationError("Give an API key with --key or REELGEN_API_KEY.") }
            let client = ReelGenClient(baseURL: url, apiKey: key)
            let created = try await client.create(GenerationBody(
                model: model, prompt: clip.prompt, aspectRatio: clip.aspectRatio, resolution: clip.resolution,
                duration: clip.duration, negativePrompt: clip.negativePrompt, style: clip.style, seed: clip.seed.map(Int.init)
            ))
            FileHandle.standardError.write(Data("Queued \(created.id)\n".utf8))
            let bar = ProgressBar(label: "Rendering")
            let finished = try await client.waitUntilFinished(id: created.id) { bar.update($0.progress ?? 0) }
            bar.finish()
            guard finished.status == "completed", let video = finished.video else {
                throw ValidationError("Generation failed: \(finished.error?.message ?? finished.status)")
            }
            try await client.download(video.url, to: output)
            print(output)
        }
    }
}
