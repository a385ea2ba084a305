import ArgumentParser
import Logging
import ReelGenJobs

/// Where every command finds its store.
struct StoreOptions: ParsableArguments {
    @Option(help: "Data directory for SQLite, outputs and the signing key (REELGEN_DATA).")
    var data: String = Environment.string("REELGEN_DATA") ?? "./data"

    @Option(name: .customLong("database-url"), help: "postgres://user:pass@host:port/db to share one queue between processes (REELGEN_DATABASE_URL).")
    private var databaseURLFlag: String?

    /// The flag, else the environment: an optional can't default to the environment itself.
    var databaseURL: String? { databaseURLFlag ?? Environment.string("REELGEN_DATABASE_URL") }

    func open(logger: Logger) async throws -> OpenedStore {
        try await StoreFactory.open(dataDirectory: data, databaseURL: databaseURL, logger: logger)
    }
}
