import Foundation
import Logging
import ReelGenJobs
import Testing

struct StoreFactoryTests {
    @Test func sqliteStoreLivesInTheDataDirectoryAndSurvivesReopening() async throws {
        try await TemporaryDirectory.with { directory in
            let logger = Logger(label: "test")
            let first = try await StoreFactory.open(dataDirectory: directory.path, databaseURL: nil, logger: logger)
            #expect(first.service == nil)
            #expect(FileManager.default.fileExists(atPath: "\(directory.path)/reelgen.sqlite"))
            #expect(first.outputs.root == "\(directory.path)/outputs")
            let job = try await first.store.enqueue(.fixture(), limits: .roomy)

            let reopened = try await StoreFactory.open(dataDirectory: directory.path, databaseURL: nil, logger: logger)
            #expect(try await reopened.store.job(id: job.id, ownedBy: job.keyID) == job)
        }
    }

    @Test func invalidDatabaseURLIsRejectedBeforeConnecting() async throws {
        _ = try await TemporaryDirectory.with { directory in
            await #expect(throws: InvalidPostgresURL.self) {
                try await StoreFactory.open(dataDirectory: directory.path, databaseURL: "postgres://:1/x", logger: Logger(label: "test"))
            }
        }
    }
}
