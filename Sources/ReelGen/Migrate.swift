import ArgumentParser
import Logging

extension ReelGenCommand {
    /// Brings the store's schema up to date (every other command does so too on start).
    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create or upgrade the database schema.")
        @OptionGroup var store: StoreOptions

        func run() async throws {
            let logger = Logger.cli("reelgen.migrate")
            _ = try await store.open(logger: logger)
            logger.info("Store is up to date")
        }
    }
}
