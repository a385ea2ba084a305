import ArgumentParser

/// `reelgen`: the server, its workers, and the tools around them.
@main
struct ReelGenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reelgen",
        abstract: "Self-hostable text-to-video: an AI/ML API-compatible server, workers and an offline renderer.",
        subcommands: [Serve.self, Worker.self, Generate.self, Render.self, Plan.self, Keys.self, Migrate.self]
    )
}
