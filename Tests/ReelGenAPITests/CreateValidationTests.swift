import Foundation
import Hummingbird
import HummingbirdTesting
import ReelGenJobs
import Testing

/// Every way a create can be wrong gets the documented status, names the bad field,
/// and creates nothing.
@Suite struct CreateValidationTests {
    struct BadInput: CustomTestStringConvertible, Sendable {
        var name: String
        var body: String
        var status: HTTPResponse.Status = .badRequest
        var fields: [String]
        var path = "/v2/video/generations"
        var contentType = "application/json"
        /// What the message ends with: the value as it was sent.
        var echo: String?
        var testDescription: String { name }
    }

    static let longText = String(repeating: "a", count: 2049)

    static let cases: [BadInput] = [
        BadInput(name: "missing prompt", body: #"{"model":"pixverse/v5/text-to-video"}"#, fields: ["prompt"]),
        BadInput(name: "empty prompt", body: #"{"model":"pixverse/v5/text-to-video","prompt":"   "}"#, fields: ["prompt"]),
        BadInput(name: "oversize prompt", body: #"{"model":"pixverse/v5/text-to-video","prompt":"\#(longText)"}"#, fields: ["prompt"]),
        BadInput(name: "prompt not a string", body: #"{"model":"pixverse/v5/text-to-video","prompt":42}"#, fields: ["prompt"]),
        BadInput(name: "missing model", body: #"{"prompt":"a cat"}"#, fields: ["model"]),
        BadInput(name: "unknown model", body: #"{"model":"sora-9","prompt":"a cat"}"#, fields: ["model"]),
        BadInput(name: "model not a string", body: #"{"model":["x"],"prompt":"a cat"}"#, fields: ["model"]),
        BadInput(name: "bad aspect ratio", body: #"{"model":"pixverse/v5/text-to-video","prompt":"a cat","aspect_ratio":"2:1"}"#, fields: ["aspect_ratio"]),
        BadInput(name: "aspect ratio not a string", body: #"{"model":"pixverse/v5/text-to-video","prompt":"a cat","aspect_ratio":169}"#, fields: ["aspect_ratio"]),
        BadInput(name: "bad resolution", body: #"{"model":"pixverse/v5/text-to-video","prompt":"a cat","resolution":"4k"}"#, fields: ["resolution"]),
        BadInput(name: "bad duration", body: #"{"model":"pixverse/v5/text-to-video","prompt":"a cat","duration":10}"#, fields: ["duration"], echo: "got 10."),
        BadInput(name: "duration bad string", body: #"{"model":"pixverse/v5/text-to-video","prompt":"a cat","duration":"five"}"#, fields: ["duration"]),
        BadInput(name: "duration fractional", body: #"{"model":"pixverse/v5/text-to-video","prompt":"a cat","duration":5.5}"#, fields: ["duration"]),
        BadInput(name: "1080p for 8 s", body: #"{"model":"pixverse/v5/text-to-video","prompt":"a cat","resolution":"1080p","duration":8}"#, fields: ["duration"]),
        BadInput(name: "bad style", body: #"{"model":"pixverse/v5/text-to-video","prompt":"a cat","style":"baroque"}"#, fields: ["style"]),
        BadInput(name: "negative prompt not a string", body: #"{"model":"pixverse/v5/text-to-video","prompt":"a cat","negative_prompt":true}"#, fields: ["negative_prompt"]),
        BadInput(name: "oversize negative prompt", body: #"{"model":"pixverse/v5/text-to-video","prompt":"a cat","negative_prompt":"\#(longText)"}"#, fields: ["negative_prompt"]),
        BadInput(name: "seed negative", body: #"{"model":"pixverse/v5/text-to-video","prompt":"a cat","seed":-1}"#, fields: ["seed"]),
        BadInput(name: "seed too large", body: #"{"model":"pixverse/v5/text-to-video","prompt":"a cat","seed":2147483648}"#, fields: ["seed"], echo: "got 2147483648."),
        BadInput(name: "seed fractional", body: #"{"model":"pixverse/v5/text-to-video","prompt":"a cat","seed":1.5}"#, fields: ["seed"], echo: "got 1.5."),
        BadInput(name: "enhance_prompt not a boolean", body: #"{"model":"pixverse/v5/text-to-video","prompt":"a cat","enhance_prompt":"yes"}"#, fields: ["enhance_prompt"], echo: "got 'yes'."),
        BadInput(name: "seed as string", body: #"{"model":"pixverse/v5/text-to-video","prompt":"a cat","seed":"7"}"#, fields: ["seed"]),
        BadInput(name: "several bad fields at once", body: #"{"model":"pixverse/v5/text-to-video","prompt":"","resolution":"8k","duration":3,"style":1}"#, fields: ["prompt", "resolution", "duration", "style"]),
        BadInput(name: "invalid JSON", body: #"{"model": "pixverse/v5/text-to-video", "prompt": "#, fields: ["body"]),
        BadInput(name: "trailing comma", body: #"{"model":"reelgen/testcard","prompt":"A cat",}"#, fields: ["body"]),
        BadInput(name: "trailing comma in an array", body: #"{"model":"reelgen/testcard","prompt":"A cat","x":[1,]}"#, fields: ["body"]),
        BadInput(name: "JSON array body", body: #"["a cat"]"#, fields: ["body"]),
        BadInput(name: "deeply nested JSON", body: #"{"prompt":"a cat","x":"# + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000) + "}", fields: ["body"]),
        BadInput(name: "empty body", body: "", fields: ["body"]),
        BadInput(name: "wrong content type", body: "prompt=a+cat", status: .unsupportedMediaType, fields: ["Content-Type"], contentType: "application/x-www-form-urlencoded"),
        BadInput(name: "legacy path, bad duration", body: #"{"prompt":"a cat","duration":"10"}"#, fields: ["duration"], path: "/v2/generate/video/pixverse/generation"),
    ]

    @Test(arguments: cases)
    func rejectsBadInput(_ input: BadInput) async throws {
        let server = try TestServer()
        let store = try await server.openStore()
        try await server.run { client, key in
            var headers = HTTPFields.bearer(key)
            headers[.contentType] = input.contentType
            try await client.execute(uri: input.path, method: .post, headers: headers, body: ByteBuffer(string: input.body)) { response in
                #expect(response.status == input.status)
                #expect(Set(response.errorFields) == Set(input.fields))
                if let echo = input.echo {
                    let messages = (response.json["errors"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
                    #expect(messages.contains { $0.hasSuffix(echo) }, "\(messages)")
                }
                #expect(response.json["statusCode"] as? Int == Int(input.status.code))
                #expect(response.json["path"] as? String == input.path)
                #expect((response.json["requestId"] as? String)?.isEmpty == false)
                #expect(response.headers[.init("x-request-id")!] == response.json["requestId"] as? String)
            }
            let counts = try await store.countByStatus()
            #expect(counts.values.reduce(0, +) == 0, "a rejected request must not create a job")
        }
    }

    /// Bytes that are not UTF-8 are not JSON: 400 naming the body, and nothing queued.
    @Test func invalidUTF8Is400() async throws {
        let server = try TestServer()
        let store = try await server.openStore()
        try await server.run { client, key in
            var body = ByteBuffer(string: #"{"model":"reelgen/testcard","prompt":"a "#)
            body.writeBytes([0xFF, 0xFE, 0xC3])
            body.writeString(#" cat"}"#)
            try await client.execute(uri: "/v2/video/generations", method: .post, headers: .bearer(key), body: body) { response in
                #expect(response.status == .badRequest)
                #expect(response.errorFields == ["body"])
            }
            #expect(try await store.countByStatus().values.reduce(0, +) == 0)
        }
    }

    @Test func oversizeBodyIs413() async throws {
        let server = try TestServer()
        try await server.run(.live) { client, key in
            let huge = #"{"model":"pixverse/v5/text-to-video","prompt":"a cat","pad":"\#(String(repeating: "x", count: 70_000))"}"#
            try await client.execute(uri: "/v2/video/generations", method: .post, headers: .bearer(key), body: ByteBuffer(string: huge)) { response in
                #expect(response.status == .contentTooLarge)
                #expect(response.json["statusCode"] as? Int == 413)
            }
        }
    }

    @Test func missingAndUnknownKeysAre401() async throws {
        let server = try TestServer()
        try await server.run { client, _ in
            let body = ByteBuffer(string: #"{"model":"pixverse/v5/text-to-video","prompt":"a cat"}"#)
            for headers: HTTPFields in [[.contentType: "application/json"], .bearer("rg_not-a-key"), [.authorization: "Basic Zm9vOmJhcg=="]] {
                try await client.execute(uri: "/v2/video/generations", method: .post, headers: headers, body: body) { response in
                    #expect(response.status == .unauthorized)
                    #expect(response.json["message"] is String)
                }
                try await client.execute(uri: "/v2/video/generations?generation_id=x", method: .get, headers: headers) { response in
                    #expect(response.status == .unauthorized)
                }
            }
        }
    }
}
