import Foundation
import Testing

/// How many generations may wait is the operator's to set, by flag or environment: past it,
/// a create is answered 429 with `Retry-After`, and nothing is queued.
@Suite(.serialized) struct QueueLimitTests {
    static let body = #"{"model":"reelgen/testcard","prompt":"a test pattern","resolution":"360p"}"#

    /// Creates until one is refused; returns how many were queued and the refusal.
    private func fill(_ server: ServerProcess, upTo attempts: Int) async throws -> (queued: Int, refusal: RawResponse?) {
        for index in 0..<attempts {
            let response = try await server.request("POST", "/v2/video/generations", json: Self.body)
            if response.status != 201 { return (index, response) }
        }
        return (attempts, nil)
    }

    @Test func perKeyLimitFromTheFlag() async throws {
        // No workers, so whatever is queued stays queued.
        let server = try ServerProcess(arguments: ["--workers", "0", "--max-queued-per-key", "3"])
        defer { server.removeData() }
        try await server.start()
        let (queued, refusal) = try await fill(server, upTo: 5)
        #expect(queued == 3)
        let refused = try #require(refusal)
        #expect(refused.status == 429)
        #expect(refused.header("Retry-After") != nil)
        #expect((refused.json["message"] as? String)?.contains("3 generations queued") == true, "\(refused.json)")
    }

    @Test func globalLimitFromTheEnvironment() async throws {
        let server = try ServerProcess(arguments: ["--workers", "0"], environment: ["REELGEN_MAX_QUEUED": "2"])
        defer { server.removeData() }
        try await server.start()
        let (queued, refusal) = try await fill(server, upTo: 4)
        #expect(queued == 2)
        #expect(refusal?.status == 429)
        #expect((refusal?.json["message"] as? String)?.contains("queue is full (2 generations)") == true, "\(refusal?.json ?? [:])")
    }
}
