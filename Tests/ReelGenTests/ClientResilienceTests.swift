import Foundation
import ReelGenClient
import Testing

/// `ReelGenClient` against a real server: it retries what is safe to retry, gives up after
/// a bounded number of tries with the server's own envelope, and resumes a download.
@Suite(.serialized) struct ClientResilienceTests {
    @Test func backoffHonoursRetryAfterWithinItsBoundsAndGrows() {
        let policy = RetryPolicy(attempts: 5, initialDelay: .milliseconds(100), maxDelay: .seconds(2))
        #expect(policy.delay(after: 1, retryAfter: .seconds(1), jitter: 0.5) == .seconds(1))
        #expect(policy.delay(after: 1, retryAfter: .seconds(10), jitter: 0.5) == .seconds(2), "never longer than maxDelay")
        #expect(policy.delay(after: 1, retryAfter: nil, jitter: 0.5) == .milliseconds(100))
        #expect(policy.delay(after: 3, retryAfter: nil, jitter: 0.5) == .milliseconds(400), "doubling")
        #expect(policy.delay(after: 3, retryAfter: nil, jitter: 0) == .milliseconds(300), "a quarter less at least")
        #expect(policy.delay(after: 3, retryAfter: nil, jitter: 1) == .milliseconds(500), "a quarter more at most")
        #expect(policy.delay(after: 9, retryAfter: nil, jitter: 1) == .seconds(2))
    }

    @Test func aRefusedCreateIsRetriedThenReportedWithTheServersEnvelope() async throws {
        // No workers and room for one: the second create is refused, 429 with Retry-After, every time.
        let server = try ServerProcess(arguments: ["--workers", "0", "--max-queued-per-key", "1"])
        defer { server.removeData() }
        try await server.start()
        let body = GenerationBody(model: "reelgen/testcard", prompt: "a test pattern", resolution: "360p")
        _ = try await server.client.create(body)

        var patient = server.client
        patient.retry = RetryPolicy(attempts: 3, initialDelay: .milliseconds(50), maxDelay: .seconds(1))
        let start = ContinuousClock.now
        let refusal = try await #require(throws: ReelGenClientError.self) { try await patient.create(body) }
        #expect(ContinuousClock.now - start >= .seconds(2), "two waits of Retry-After, capped at a second")
        #expect(refusal.statusCode == 429 && refusal.message.contains("queued"), "\(refusal)")
        #expect(refusal.retryAfter == .seconds(10))
        #expect(refusal.requestID?.isEmpty == false)

        var hasty = server.client
        hasty.retry = .never
        let quick = ContinuousClock.now
        _ = await #expect(throws: ReelGenClientError.self) { try await hasty.create(body) }
        #expect(ContinuousClock.now - quick < .milliseconds(1500), "one try, no wait")
    }

    @Test func aCreateWaitsForAServerStillStarting() async throws {
        let server = try ServerProcess(arguments: RecoveryTests.testcard)
        defer { server.removeData() }
        var client = server.client
        client.retry = RetryPolicy(attempts: 30, initialDelay: .milliseconds(200), maxDelay: .milliseconds(500))
        // Nothing listens yet: the connection is refused, which is safe to retry.
        let created = Task { [client] in try await client.create(GenerationBody(prompt: "a test pattern", resolution: "360p")) }
        try await Task.sleep(for: .milliseconds(800))
        try await server.start()
        let id = try await created.value.id
        #expect(try await client.waitUntilFinished(id: id, every: .milliseconds(100), timeout: .seconds(60)).status == "completed")
    }

    @Test func aDownloadCutShortResumes() async throws {
        let server = try ServerProcess(arguments: RecoveryTests.testcard)
        defer { server.removeData() }
        try await server.start()
        let client = server.client
        let id = try await client.create(GenerationBody(prompt: "a test pattern", resolution: "360p")).id
        let url = try #require(try await client.waitUntilFinished(id: id, every: .milliseconds(100), timeout: .seconds(60)).video?.url)
        let whole = "\(server.directory)/whole.mp4"
        try await client.download(url, to: whole)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: whole))
        #expect(bytes.count > 10_000 && !FileManager.default.fileExists(atPath: whole + ".part"))

        // What an interrupted download leaves behind: half of it, all of it, or something else.
        let leftovers: [(String, Data)] = [("half", bytes.prefix(bytes.count / 2)), ("all", bytes), ("stale", Data(repeating: 7, count: bytes.count + 100))]
        for (name, partial) in leftovers {
            let path = "\(server.directory)/\(name).mp4"
            try partial.write(to: URL(fileURLWithPath: path + ".part"))
            try await client.download(url, to: path)
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes, "\(name)")
            #expect(!FileManager.default.fileExists(atPath: path + ".part"), "\(name)")
        }
        // It resumes, rather than starting over: bytes it already had are kept as they were.
        let half = bytes.count / 2, marked = "\(server.directory)/marked.mp4"
        try Data(repeating: 0, count: half).write(to: URL(fileURLWithPath: marked + ".part"))
        try await client.download(url, to: marked)
        let resumed = try Data(contentsOf: URL(fileURLWithPath: marked))
        #expect(resumed.count == bytes.count && resumed.prefix(half).allSatisfy { $0 == 0 } && resumed.dropFirst(half) == bytes.dropFirst(half))
    }
}
