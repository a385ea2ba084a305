import ArgumentParser
import Foundation
import ReelGenClient

extension ReelGenCommand {
    /// Asks a running server for a clip, waits for it with a progress bar and downloads it.
    /// Exits 0 when the clip is saved, 1 when the job ended in `error`, 2 for usage errors
    /// and for a server that refuses the request or cannot be reached.
    struct Generate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Generate a clip on a ReelGen server and download it.",
            discussion: """
                The server and key come from --url and --key, else REELGEN_URL and REELGEN_API_KEY, \
                else the AI/ML API's own AIML_API_BASE and AIML_API_KEY. Exit status: 0 saved, \
                1 the job failed, 2 a usage or connection error.
                """
        )

        @OptionGroup var clip: ClipOptions
        @Option(name: .shortAndLong, help: "Where to write the MP4.") var output: String = "output.mp4"
        @Option(help: "Server base URL (REELGEN_URL, then AIML_API_BASE; default \(ServerSettings.defaultURL)).") var url: String?
        @Option(help: "API key (REELGEN_API_KEY, then AIML_API_KEY).") var key: String?
        @Option(help: "Model id.") var model: String = "pixverse/v5/text-to-video"
        @Flag(help: "Print the finished generation as JSON instead of the file's path.") var json = false
        @Flag(help: "Print the generation's id as soon as it is queued, and exit.") var noWait = false
        @Flag(help: "Also save the GIF preview, beside the MP4 with a .gif extension.") var preview = false

        /// The job ended in `error`.
        static let failedJob = ExitCode(1)
        /// Bad usage, a refused request or an unreachable server.
        static let usageOrConnection = ExitCode(2)

        func run() async throws {
            let server = ServerSettings.resolve(url: url, key: key, environment: ProcessInfo.processInfo.environment)
            guard let key = server.key else {
                Self.complain("Give an API key with --key, REELGEN_API_KEY or AIML_API_KEY.")
                throw Self.usageOrConnection
            }
            let client = ReelGenClient(baseURL: server.url, apiKey: key)
            do {
                try await generate(with: client)
            } catch let error as ExitCode {
                throw error
            } catch {
                Self.complain("\(server.url): \(Self.describe(error))")
                throw Self.usageOrConnection
            }
        }

        private func generate(with client: ReelGenClient) async throws {
            let created = try await client.create(GenerationBody(
                model: model, prompt: clip.prompt, aspectRatio: clip.aspectRatio, resolution: clip.resolution,
                duration: clip.duration, negativePrompt: clip.negativePrompt, style: clip.style, seed: clip.seed.map(Int.init),
                enhancePrompt: clip.enhancePrompt ? true : nil
            ))
            if noWait {
                print(created.id)
                return
            }
            let bar = ProgressBar()
            let finished = try await client.waitUntilFinished(id: created.id) { bar.update(status: $0.status, fraction: $0.progress ?? 0) }
            bar.finish()
            guard finished.status == "completed", let video = finished.video else {
                Self.complain("Generation \(created.id) failed: \(finished.error.map { "\($0.name): \($0.message)" } ?? finished.status)")
                throw Self.failedJob
            }
            try await client.download(video.url, to: output)
            if preview, let gif = finished.preview?.gif {
                try await client.download(gif, to: Self.previewPath(for: output))
            }
            if json {
                print(String(decoding: try await client.generationJSON(id: created.id), as: UTF8.self))
            } else {
                print(output)
            }
        }

        /// `clip.mp4` → `clip.gif`; a name without an extension gains one.
        static func previewPath(for output: String) -> String {
            let url = URL(fileURLWithPath: output)
            return url.pathExtension.isEmpty ? output + ".gif" : url.deletingPathExtension().appendingPathExtension("gif").path
        }

        private static func complain(_ message: String) {
            FileHandle.standardError.write(Data("reelgen: \(message)\n".utf8))
        }

        /// What went wrong, in words: the server's own message, or why it could not be reached.
        private static func describe(_ error: any Error) -> String {
            switch error {
            case let refused as ReelGenClientError: refused.description
            case is DecodingError: "the answer is not a ReelGen or AI/ML API generation (\(error))"
            default: "cannot reach the server (\(error))"
            }
        }
    }
}
