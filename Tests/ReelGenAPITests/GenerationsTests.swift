import Foundation
import Hummingbird
import HummingbirdTesting
import ReelGenJobs
import Testing

@Suite struct GenerationsTests {
    static let createPath = "/v2/video/generations"

    func create(_ client: some TestClientProtocol, key: String, body: String, path: String = createPath) async throws -> [String: Any] {
        try await client.execute(uri: path, method: .post, headers: .bearer(key), body: ByteBuffer(string: body)) { response in
            #expect(response.status == .created, "\(String(buffer: response.body))")
            return response.json
        }
    }

    @Test func createThenRetrieveQueuedJob() async throws {
        let server = try TestServer()
        try await server.run { client, key in
            let created = try await create(client, key: key, body: #"{"model":"pixverse/v5/text-to-video","prompt":"A red fox in snow","aspect_ratio":"9:16","resolution":"540p","duration":"8","seed":42,"unknown_field":1}"#)
            let id = try #require(created["id"] as? String)
            #expect(id.hasSuffix(":pixverse/v5/text-to-video"))
            #expect(created["status"] as? String == "queued")
            let usage = try #require((created["meta"] as? [String: Any])?["usage"] as? [String: Any])
            let tokens = try #require(usage["tokens_used"] as? Int)
            #expect(tokens > 0 && usage["credits_used"] as? Int == tokens, "one usage object, both names: \(usage)")

            for lookup in [id, String(id.split(separator: ":")[0])] {
                let query = lookup.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                for path in ["/v2/video/generations", "/v2/generate/video/pixverse/generation"] {
                    try await client.execute(uri: "\(path)?generation_id=\(query)", method: .get, headers: .bearer(key)) { response in
                        #expect(response.status == .ok)
                        let json = response.json
                        #expect(json["id"] as? String == id)
                        #expect(json["status"] as? String == "queued")
                        // The model as asked for, and the engine that renders it, each in its own field.
                        #expect(json["model"] as? String == "pixverse/v5/text-to-video")
                        #expect(json["engine"] as? String == "reelgen/cinematic-v1")
                        let usage = (json["meta"] as? [String: Any])?["usage"] as? [String: Any]
                        #expect(usage?["tokens_used"] as? Int == tokens && usage?["credits_used"] as? Int == tokens)
                        #expect(json["video"] is NSNull)
                        #expect(json["error"] is NSNull)
                        #expect(json["preview"] is NSNull)
                        #expect(json["completed_at"] is NSNull)
                        #expect(json["progress"] as? Double == 0)
                        #expect(json["seed"] as? Int == 42)
                        #expect(json["width"] as? Int == 540)
                        #expect(json["height"] as? Int == 960)
                        #expect(json["fps"] as? Int == 24)
                    }
                }
            }
        }
    }

    @Test func legacyPathDefaultsModelAndSeedIsAssigned() async throws {
        let server = try TestServer()
        try await server.run { client, key in
            let created = try await create(client, key: key, body: #"{"prompt":"a lighthouse at night"}"#, path: "/v2/generate/video/pixverse/generation")
            let id = try #require(created["id"] as? String)
            #expect(id.hasSuffix(":pixverse/v5/text-to-video"))
            try await client.execute(uri: "/v2/video/generations?generation_id=\(id.split(separator: ":")[0])", method: .get, headers: .bearer(key)) { response in
                #expect(response.json["width"] as? Int == 1280)
                #expect(response.json["height"] as? Int == 720)
                #expect(response.json["seed"] is Int)
            }
        }
    }

    /// The AI/ML SDK's `enhance_prompt` reaches the engine's request on both create paths.
    @Test func enhancePromptIsKept() async throws {
        let server = try TestServer()
        let store = try await server.openStore()
        try await server.run { client, key in
            for (path, enhance) in [(Self.createPath, true), ("/v2/generate/video/pixverse/generation", true), (Self.createPath, false)] {
                let created = try await create(client, key: key, body: #"{"model":"reelgen/testcard","prompt":"a fox","enhance_prompt":\#(enhance)}"#, path: path)
                let id = try #require((created["id"] as? String)?.split(separator: ":").first.flatMap { UUID(uuidString: String($0)) })
                // No workers run here: the oldest queued job is the one just created.
                let job = try #require(try await store.claimNext(workerID: "test", leaseExpiresAt: Date(timeIntervalSinceNow: 60), now: Date()))
                #expect(job.id == id)
                #expect(job.request.enhancePrompt == enhance, "\(path)")
            }
        }
    }

    @Test func anotherKeysGenerationIsNotFound() async throws {
        let server = try TestServer()
        let store = try await server.openStore()
        try await server.run { client, key in
            let created = try await create(client, key: key, body: #"{"model":"reelgen/testcard","prompt":"a cat"}"#)
            let id = try #require(created["id"] as? String)
            let otherKey = try await store.issueKey(name: "other")
            let unknown = UUID().uuidString
            for (lookup, secret) in [(id, otherKey), (unknown, key), ("not-a-uuid", key)] {
                try await client.execute(uri: "/v2/video/generations?generation_id=\(lookup)", method: .get, headers: .bearer(secret)) { response in
                    #expect(response.status == .notFound)
                    #expect(response.json["statusCode"] as? Int == 404)
                }
            }
            try await client.execute(uri: "/v2/video/generations", method: .get, headers: .bearer(key)) { response in
                #expect(response.status == .badRequest)
                #expect(response.errorFields == ["generation_id"])
            }
        }
    }

    @Test func queueLimitPerKeyAnswers429WithRetryAfter() async throws {
        let server = try TestServer { $0.queueLimits = QueueLimits(perKey: 2, global: 100) }
        let store = try await server.openStore()
        try await server.run { client, key in
            let body = #"{"model":"reelgen/testcard","prompt":"a cat"}"#
            _ = try await create(client, key: key, body: body)
            _ = try await create(client, key: key, body: body)
            try await client.execute(uri: Self.createPath, method: .post, headers: .bearer(key), body: ByteBuffer(string: body)) { response in
                #expect(response.status == .tooManyRequests)
                #expect(Int(response.headers[.retryAfter] ?? "") ?? 0 > 0)
            }
            let otherKey = try await store.issueKey(name: "other")
            _ = try await create(client, key: otherKey, body: body)
            #expect(try await store.countByStatus()[.queued] == 3)
        }
    }

    @Test func everyResponseCarriesARequestID() async throws {
        let server = try TestServer()
        try await server.run { client, key in
            for (uri, headers) in [("/healthz", HTTPFields()), ("/no-such-route", HTTPFields()), ("/v2/video/generations?generation_id=1", HTTPFields.bearer(key))] {
                try await client.execute(uri: uri, method: .get, headers: headers) { response in
                    #expect(response.headers[.init("x-request-id")!]?.isEmpty == false, "\(uri)")
                }
            }
            try await client.execute(uri: "/healthz", method: .get, headers: [.init("x-request-id")!: "client-chosen-1"]) { response in
                #expect(response.headers[.init("x-request-id")!] == "client-chosen-1")
            }
            try await client.execute(uri: "/no-such-route", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.json["statusCode"] as? Int == 404)
            }
        }
    }
}
