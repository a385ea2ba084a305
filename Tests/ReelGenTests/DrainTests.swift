import Foundation
import ReelGenClient
import Testing

/// SIGTERM drains a node: new work is refused with 503 while the worker releases its
/// job and status requests are still answered; then the process exits cleanly.
@Suite struct DrainTests {
    @Test func sigtermRefusesNewWorkButKeepsAnsweringUntilTheWorkersStop() async throws {
        let server = try ServerProcess(arguments: RecoveryTests.testcard + ["--drain-seconds", "4"])
        defer { server.removeData() }
        try await server.start()
        #expect(try await server.get("/readyz") == 200)
        let id = try await server.client.create(RecoveryTests.slowJob).id
        try await RecoveryTests.waitUntilRendering(server.client, id: id)

        server.send(SIGTERM)
        try await waitUntil(timeout: .seconds(3), "readyz to answer 503 after SIGTERM", every: .milliseconds(10)) {
            try await server.get("/readyz") == 503
        }

        let body = #"{"model":"reelgen/testcard","prompt":"too late"}"#
        for path in ["/v2/video/generations", "/v2/generate/video/pixverse/generation"] {
            let refused = try await server.request("POST", path, json: body)
            #expect(refused.status == 503)
            #expect(refused.header("Retry-After").flatMap(Int.init).map { $0 > 0 } == true)
            #expect(refused.json["statusCode"] as? Int == 503)
            #expect(refused.json["path"] as? String == path)
            #expect((refused.json["requestId"] as? String)?.isEmpty == false)
            #expect((refused.json["message"] as? String)?.contains("shutting down") == true)
        }
        let status = try await server.request("GET", "/v2/video/generations?generation_id=\(id)")
        #expect(status.status == 200)
        #expect(status.json["id"] as? String == id)
        #expect(try await server.get("/healthz") == 200)
        // The worker released its job to the queue for another node; the drain is still on.
        try await waitUntil(timeout: .seconds(3), "the running job to be released") {
            try await server.request("GET", "/v2/video/generations?generation_id=\(id)").json["status"] as? String == "queued"
        }
        #expect(try await server.get("/readyz") == 503)

        #expect(try await server.waitForExit(timeout: .seconds(20)) == 0)
        #expect(server.outputDirectories.isEmpty, "the interrupted job left no output")
    }
}
