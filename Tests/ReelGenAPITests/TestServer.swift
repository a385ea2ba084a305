import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import ReelGenAPI
import ReelGenJobs
import Synchronization

/// A real server wired by `buildApplication`, on SQLite in a fresh temp directory,
/// with its first API key captured. Workers are off unless a test turns them on.
struct TestServer {
    let directory: String
    var config: AppConfiguration

    init(configure: (inout AppConfiguration) -> Void = { _ in }) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("reelgen-api-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        config = AppConfiguration()
        config.dataDirectory = directory
        config.port = 0
        config.signingKey = Array("test-signing-key-of-enough-length".utf8)
        config.workers = WorkerPool.Configuration(workers: 0)
        configure(&config)
    }

    /// Runs `body` against the app with a client and the first key's secret, then deletes the data.
    func run<Value: Sendable>(
        _ setup: TestingSetup = .router,
        _ body: @escaping @Sendable (any TestClientProtocol, String) async throws -> Value
    ) async throws -> Value {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let firstKey = Mutex<String?>(nil)
        var logger = Logger(label: "reelgen.test")
        logger.logLevel = .warning
        let app = try await buildApplication(config, logger: logger) { secret in firstKey.withLock { $0 = secret } }
        return try await app.test(setup) { client in
            let key = try #require(firstKey.withLock { $0 })
            return try await body(client, key)
        }
    }

    /// A second handle on the same store, to look behind the API.
    func openStore() async throws -> any JobStore & KeyStore {
        try await StoreFactory.open(dataDirectory: directory, databaseURL: nil, logger: Logger(label: "reelgen.test.store")).store
    }
}

extension TestResponse {
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body.readableBytesView))) as? [String: Any] ?? [:]
    }

    /// The `field` names of a validation envelope's `errors`.
    var errorFields: [String] {
        (json["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
    }
}

extension HTTPFields {
    static func bearer(_ key: String) -> HTTPFields {
        [.authorization: "Bearer \(key)", .contentType: "application/json"]
    }
}

extension ByteBuffer {
    init(json: String) { self.init(string: json) }
}

import Testing
