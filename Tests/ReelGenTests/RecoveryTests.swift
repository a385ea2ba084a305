import Foundation
import ReelGenClient
import Testing

/// Nothing is lost when the server dies: `kill -9` mid-render and a graceful SIGTERM
/// both end with the job completed exactly once after a restart.
@Suite(.serialized) struct RecoveryTests {
    /// The fast engine, so these tests' timing does not hang on the cinematic one.
    static let testcard = ["--default-engine", "reelgen/testcard"]

    /// The longest clip the testcard makes, so there is time to interrupt it.
    static let slowJob = GenerationBody(prompt: "Interrupted render", aspectRatio: "16:9", resolution: "720p", duration: 8, seed: 7)

    /// Waits until the job is rendering and has made progress.
    static func waitUntilRendering(_ client: ReelGenClient, id: String) async throws {
        try await waitUntil(timeout: .seconds(60), "the render to start", every: .milliseconds(10)) {
            let generation = try await client.generation(id: id)
            #expect(generation.status != "completed", "render finished before it could be interrupted")
            return generation.status == "generating" && (generation.progress ?? 0) > 0
        }
    }

    @Test func killedServerRequeuesAndCompletesTheJob() async throws {
        let first = try ServerProcess(arguments: ["--lease-seconds", "2"] + Self.testcard)
        defer { first.removeData() }
        try await first.start()
        let id = try await first.client.create(Self.slowJob).id
        try await Self.waitUntilRendering(first.client, id: id)
        try await first.stop(signal: SIGKILL)

        let second = try ServerProcess(arguments: ["--lease-seconds", "2"] + Self.testcard, directory: first.directory)
        try await second.start()
        let finished = try await second.client.waitUntilFinished(id: id, every: .milliseconds(200), timeout: .seconds(120))
        #expect(finished.status == "completed", "\(finished.error?.message ?? "") \(second.log)")
        let video = try #require(finished.video)
        let path = "\(second.directory)/recovered.mp4"
        try await second.client.download(video.url, to: path)
        #expect(try VideoProbe(path: path).frames == 192)
        #expect(second.outputDirectories.count == 1)
        try await second.stop()
    }

    @Test func sigtermReleasesTheRunningJobAndExitsCleanly() async throws {
        let first = try ServerProcess(arguments: Self.testcard)
        defer { first.removeData() }
        try await first.start()
        let id = try await first.client.create(Self.slowJob).id
        try await Self.waitUntilRendering(first.client, id: id)
        #expect(try await first.stop(signal: SIGTERM, timeout: .seconds(20)) == 0)

        let apiOnly = try ServerProcess(arguments: ["--workers", "0"] + Self.testcard, directory: first.directory)
        try await apiOnly.start()
        #expect(try await apiOnly.client.generation(id: id).status == "queued")
        try await apiOnly.stop()
        #expect(apiOnly.outputDirectories.isEmpty)

        let second = try ServerProcess(arguments: Self.testcard, directory: first.directory)
        try await second.start()
        let finished = try await second.client.waitUntilFinished(id: id, every: .milliseconds(200), timeout: .seconds(120))
        #expect(finished.status == "completed")
        #expect(second.outputDirectories.count == 1)
        try await second.stop()
    }
}
