import ArgumentParser
import Foundation

/// `reelgen`: the server, its workers, and the tools around them.
@main
struct ReelGenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reelgen",
        abstract: "Self-hostable text-to-video: an AI/ML API-compatible server, workers and an offline renderer.",
        subcommands: [Serve.self, Worker.self, Generate.self, Render.self, Plan.self, Keys.self, Migrate.self]
    )

    /// Runs the command; a usage error exits 2, as with most command-line tools, rather
    /// than ArgumentParser's 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            exit(withError: ExitCode(2))
        }
    }
}
