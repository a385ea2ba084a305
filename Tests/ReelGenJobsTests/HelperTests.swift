import Foundation
import ReelGenEngine
import ReelGenJobs
import Testing

struct DurationSpecTests {
    @Test(arguments: [
        ("45s", Duration.seconds(45)), ("30m", .seconds(1800)), ("12h", .seconds(43200)),
        ("7d", .seconds(604_800)), ("90", .seconds(90)), (" 2D ", .seconds(172_800)),
    ])
    func parsesUnits(spec: String, expected: Duration) {
        #expect(Duration(spec: spec) == expected)
    }

    @Test(arguments: ["", "d", "-1d", "1.5h", "7w", "1 d", "９s", "99999999999999999999d"])
    func rejectsNonsense(spec: String) {
        #expect(Duration(spec: spec) == nil)
    }
}

struct PostgresURLTests {
    @Test func parsesEveryPart() throws {
        let url = try PostgresURL("postgres://reel%40gen:p%3Ass@db.internal:6543/reelgen?sslmode=disable")
        #expect(url.username == "reel@gen")
        #expect(url.password == "p:ss")
        #expect(url.host == "db.internal")
        #expect(url.port == 6543)
        #expect(url.database == "reelgen")
        #expect(url.tlsMode == .disable)
    }

    @Test func fillsDefaults() throws {
        let url = try PostgresURL("postgresql://[::1]/jobs")
        #expect(url.username == "postgres")
        #expect(url.password == nil)
        #expect(url.host == "::1")
        #expect(url.port == 5432)
        #expect(url.tlsMode == .prefer)
    }

    @Test(arguments: ["mysql://x@y/z", "postgres://user@:5432/db", "postgres://h:99999/db", "postgres://h/db?sslmode=maybe"])
    func rejectsInvalidURLs(text: String) {
        #expect(throws: InvalidPostgresURL.self) { try PostgresURL(text) }
    }

    @Test func errorNeverRepeatsThePassword() {
        let error = #expect(throws: InvalidPostgresURL.self) { try PostgresURL("postgres://u:hunter2@h:0/db") }
        #expect(error?.description.contains("hunter2") == false)
    }
}

struct KeySecretTests {
    @Test func secretsAreLongRandomAndPrefixed() {
        let secrets = (0..<50).map { _ in KeySecret.generate() }
        #expect(Set(secrets).count == 50)
        for secret in secrets {
            #expect(secret.hasPrefix("rg_"))
            #expect(secret.count == 3 + 64)
        }
    }

    @Test func hashesAreSHA256Hex() {
        #expect(KeySecret.sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}

struct RetryStrategyTests {
    @Test func backoffDoublesWithJitterUpToTheCeiling() {
        let strategy = RetryStrategy(maxAttempts: 5, initialDelay: .seconds(2), maxDelay: .seconds(10))
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            #expect((Duration.seconds(1) ... .seconds(2)).contains(strategy.delay(afterAttempt: 1, using: &generator)))
            #expect((Duration.seconds(2) ... .seconds(4)).contains(strategy.delay(afterAttempt: 2, using: &generator)))
            #expect((Duration.seconds(5) ... .seconds(10)).contains(strategy.delay(afterAttempt: 9, using: &generator)))
        }
        #expect(strategy.allowsRetry(afterAttempts: 4))
        #expect(!strategy.allowsRetry(afterAttempts: 5))
    }
}

struct EngineRegistryTests {
    @Test func publicAliasMeansTheDefaultEngine() {
        let registry = EngineRegistry(
            engines: [FileWritingEngine(id: "reelgen/testcard", behaviour: .fail), FileWritingEngine(id: "reelgen/cinematic-v1", behaviour: .fail)],
            defaultEngineID: "reelgen/cinematic-v1"
        )
        #expect(registry.engineID(forRequestedModel: "pixverse/v5/text-to-video") == "reelgen/cinematic-v1")
        #expect(registry.engineID(forRequestedModel: "reelgen/testcard") == "reelgen/testcard")
        #expect(registry.engineID(forRequestedModel: "openai/sora") == nil)
        #expect(registry.acceptedModels == ["pixverse/v5/text-to-video", "reelgen/cinematic-v1", "reelgen/testcard"])
    }
}

struct OutputStorageTests {
    @Test func finishedRenderMovesIntoPlaceInOneStep() async throws {
        try await TemporaryDirectory.with { directory in
            let storage = OutputStorage(dataDirectory: directory.path)
            let jobID = UUID()
            let temporary = try storage.makeTemporaryDirectory()
            #expect(temporary.hasPrefix("\(directory.path)/outputs/.tmp/"))
            try Data("mp4".utf8).write(to: URL(fileURLWithPath: "\(temporary)/output.mp4"))

            let final = try storage.moveIntoPlace(temporaryDirectory: temporary, jobID: jobID)
            #expect(final == storage.directory(for: jobID))
            #expect(!FileManager.default.fileExists(atPath: temporary))
            #expect(try String(contentsOfFile: "\(final)/output.mp4", encoding: .utf8) == "mp4")

            try storage.deleteOutputs(of: jobID)
            #expect(!FileManager.default.fileExists(atPath: final))
        }
    }

    @Test func purgesOnlyOldTemporaryDirectories() async throws {
        try await TemporaryDirectory.with { directory in
            let storage = OutputStorage(dataDirectory: directory.path)
            let stale = try storage.makeTemporaryDirectory()
            try FileManager.default.setAttributes([.modificationDate: Date() - 7200], ofItemAtPath: stale)
            let fresh = try storage.makeTemporaryDirectory()
            try storage.purgeTemporaryDirectories(olderThan: Date() - 3600)
            #expect(!FileManager.default.fileExists(atPath: stale))
            #expect(FileManager.default.fileExists(atPath: fresh))
        }
    }
}
