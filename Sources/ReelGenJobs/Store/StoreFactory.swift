import Foundation
public import Logging
import PostgresNIO

/// Opens the store every command uses: PostgreSQL when `REELGEN_DATABASE_URL` is set,
/// otherwise SQLite at `<data>/reelgen.sqlite`. Migrates before returning.
public enum StoreFactory {
    public static let sqliteFileName = "reelgen.sqlite"

    public static func open(dataDirectory: String, databaseURL: String?, logger: Logger) async throws -> OpenedStore {
        let outputs = OutputStorage(dataDirectory: dataDirectory)
        try FileManager.default.createDirectory(atPath: outputs.root, withIntermediateDirectories: true)
        if let databaseURL, !databaseURL.isEmpty {
            let configuration = try PostgresURL(databaseURL).clientConfiguration
            try await migrate(configuration, logger: logger)
            let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
            return OpenedStore(store: PostgresJobStore(client: client, logger: logger), outputs: outputs, service: client)
        }
        let path = (dataDirectory as NSString).appendingPathComponent(sqliteFileName)
        return OpenedStore(store: try SQLiteJobStore(path: path), outputs: outputs, service: nil)
    }

    /// Migrates through a short-lived client: a `PostgresClient` runs only once, and the
    /// long-lived one belongs to the caller's `ServiceGroup`.
    private static func migrate(_ configuration: PostgresClient.Configuration, logger: Logger) async throws {
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            try await PostgresJobStore(client: client, logger: logger).migrate()
        }
    }
}
