import Foundation
import Hummingbird
import HummingbirdTesting
import ReelGenEngine
import ReelGenJobs
import Testing

@Suite struct OperationsTests {
    @Test func healthReadinessAndMetrics() async throws {
        let server = try TestServer()
        try await server.run { client, key in
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/readyz", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/v2/video/generations", method: .post, headers: .bearer(key), body: ByteBuffer(string: #"{"model":"reelgen/testcard","prompt":"a cat"}"#)) { _ in }
            try await client.execute(uri: "/metrics", method: .get) { response in
                let text = String(buffer: response.body)
                #expect(response.status == .ok)
                #expect(text.contains(#"reelgen_jobs{status="queued"} 1"#))
                #expect(text.contains("reelgen_queue_depth 1"))
                #expect(text.contains("reelgen_http_request_duration_seconds_bucket"))
            }
        }
    }

    /// `/readyz` checks that every in-process worker keeps looping, and names the ones that do not.
    @Test func readinessReportsWorkersThatStopLooping() async throws {
        let live = try TestServer { $0.workers = WorkerPool.Configuration(workers: 2, workerIDPrefix: "live", pollInterval: .milliseconds(20)) }
        try await live.run { client, _ in
            try await client.execute(uri: "/readyz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.json["checks"] as? [String: String] == ["store": "ok", "workers": "2 of 2 alive"])
            }
        }

        // Idle for a minute between polls against a 0.2 s limit: after its first claim the
        // worker does not loop again in time, as if stuck.
        let stalled = try TestServer {
            $0.workers = WorkerPool.Configuration(workers: 1, workerIDPrefix: "stalled", pollInterval: .seconds(60), livenessTimeout: .milliseconds(200))
        }
        try await stalled.run { client, _ in
            let deadline = ContinuousClock.now + .seconds(10)
            var response = try await client.execute(uri: "/readyz", method: .get)
            while response.status == .ok, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(50))
                response = try await client.execute(uri: "/readyz", method: .get)
            }
            #expect(response.status == .serviceUnavailable)
            #expect(response.json["statusCode"] as? Int == 503)
            let message = try #require(response.json["message"] as? String)
            #expect(message.contains("1 of 1 workers not alive"), "\(message)")
            #expect(message.contains("stalled-0 silent for"), "\(message)")
            #expect(!message.contains("store"), "the store is fine: \(message)")
        }
    }

    /// The served document lists exactly the operations the server routes, with the
    /// field rules the validator enforces.
    @Test func openAPIMatchesRoutesAndRules() async throws {
        let server = try TestServer()
        try await server.run { client, key in
            let document = try await client.execute(uri: "/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                return response.json
            }
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            var documented: [(String, String)] = []
            for (path, operations) in paths { for method in operations.keys { documented.append((method, path)) } }
            #expect(documented.count == 10)

            for (method, path) in documented {
                let uri = path.replacingOccurrences(of: "{id}", with: UUID().uuidString).replacingOccurrences(of: "{name}", with: "output.mp4")
                let httpMethod = HTTPRequest.Method(method.uppercased())!
                try await client.execute(uri: uri, method: httpMethod, headers: .bearer(key), body: httpMethod == .post ? ByteBuffer(string: "{}") : nil) { response in
                    let routeMissing = response.status == .methodNotAllowed || (response.status == .notFound && response.json["message"] as? String == "Not found.")
                    #expect(!routeMissing, "\(method) \(path) is documented but not routed")
                }
            }

            let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any]
            let properties = try #require(((schemas?["CreateGeneration"] as? [String: Any])?["properties"]) as? [String: [String: Any]])
            // Each optional field's values, and null, which is read as absent.
            func values(_ field: String) -> [String]? {
                guard let values = properties[field]?["enum"] as? [Any], values.contains(where: { $0 is NSNull }) else { return nil }
                return values.compactMap { $0 as? String }
            }
            #expect(values("aspect_ratio") == AspectRatio.allCases.map(\.rawValue))
            #expect(values("resolution") == Resolution.allCases.map(\.rawValue))
            #expect(values("style") == Style.allCases.map(\.rawValue))
            #expect((properties["model"]?["enum"] as? [String])?.contains("pixverse/v5/text-to-video") == true)
            #expect(properties["prompt"]?["maxLength"] as? Int == 2048)
            #expect(properties["seed"]?["maximum"] as? Int == 2_147_483_647)
        }
    }
}

/// A method a documented path does not offer is 405 with `Allow`, in the error envelope.
@Suite struct MethodNotAllowedTests {
    @Test func anUnofferedMethodIs405WithAllow() async throws {
        let server = try TestServer()
        try await server.run { client, key in
            for (method, path, allowed) in [(HTTPRequest.Method.delete, "/v2/video/generations", "GET, POST"), (.put, "/healthz", "GET"),
                                            (.post, "/files/\(UUID().uuidString)/output.mp4", "GET, HEAD")] {
                try await client.execute(uri: path, method: method, headers: .bearer(key)) { response in
                    #expect(response.status == .methodNotAllowed, "\(method) \(path)")
                    #expect(response.headers[.allow] == allowed, "\(method) \(path)")
                    #expect(response.json["statusCode"] as? Int == 405)
                }
            }
            try await client.execute(uri: "/no/such/path", method: .delete, headers: .bearer(key)) { response in
                #expect(response.status == .notFound, "an unknown path stays 404")
            }
        }
    }
}
