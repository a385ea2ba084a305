import Logging
import Testing
import ReelGenJobs

/// The two store implementations every store test runs against.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    /// Opens a fresh, migrated store of this kind through `StoreFactory` (a temp data dir,
    /// and for PostgreSQL a new database in the suite's cluster), runs `body`, cleans up.
    func withStore<T: Sendable>(
        _ body: @Sendable (any JobStore & KeyStore, OutputStorage) async throws -> T
    ) async throws -> T {
        try await TemporaryDirectory.with { directory in
            var databaseURL: String?
            if self == .postgres {
                guard let cluster = PostgresTestCluster.current else {
                    throw PostgresTestClusterError(message: "PostgreSQL tests need the .postgresCluster suite trait")
                }
                databaseURL = try cluster.makeDatabase()
            }
            let opened = try await StoreFactory.open(
                dataDirectory: directory.path, databaseURL: databaseURL, logger: Logger(label: "test")
            )
            return try await opened.withRunningService { store in try await body(store, opened.outputs) }
        }
    }
}
