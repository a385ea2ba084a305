public import AsyncHTTPClient
import NIOCore
import NIOHTTP1
public import Foundation

/// An async client for a ReelGen server (or any AI/ML API-compatible one): create,
/// poll, download. Used by `reelgen generate` and the end-to-end tests.
public struct ReelGenClient: Sendable {
    public let baseURL: String
    private let apiKey: String
    private let http: HTTPClient

    public init(baseURL: String, apiKey: String, http: HTTPClient = .shared) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.apiKey = apiKey
        self.http = http
    }

    /// Queues a generation. `legacyPath` posts to `/v2/generate/video/pixverse/generation`,
    /// where `model` may be omitted.
    public func create(_ body: GenerationBody, legacyPath: Bool = false) async throws -> CreatedGeneration {
        let path = legacyPath ? "/v2/generate/video/pixverse/generation" : "/v2/video/generations"
        var request = HTTPClientRequest(url: "\(baseURL)\(path)")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(bytes: try JSONEncoder().encode(body)))
        return try await send(request, expecting: 201)
    }

    public func generation(id: String) async throws -> Generation {
        try JSONDecoder().decode(Generation.self, from: try await generationJSON(id: id))
    }

    /// The retrieve call's body as the server sent it, every field included.
    public func generationJSON(id: String) async throws -> Data {
        var components = URLComponents()
        components.queryItems = [URLQueryItem(name: "generation_id", value: id)]
        return try await sendForBody(HTTPClientRequest(url: "\(baseURL)/v2/video/generations?\(components.percentEncodedQuery ?? "")"), expecting: 200)
    }

    /// Polls until the generation is completed or failed, calling `update` after each poll.
    public func waitUntilFinished(
        id: String, every interval: Duration = .seconds(1), timeout: Duration = .seconds(600),
        update: (Generation) -> Void = { _ in }
    ) async throws -> Generation {
        let deadline = ContinuousClock.now + timeout
        while true {
            let generation = try await generation(id: id)
            update(generation)
            if generation.isFinished { return generation }
            guard ContinuousClock.now < deadline else {
                throw ReelGenClientError(statusCode: 0, message: "Timed out waiting for \(id) (last status \(generation.status))", fieldErrors: [])
            }
            try await Task.sleep(for: interval)
        }
    }

    /// Downloads a (signed) file URL to `path`. No key is sent: signed URLs need none.
    public func download(_ url: String, to path: String) async throws {
        let response = try await http.execute(HTTPClientRequest(url: url), timeout: .seconds(120))
        let body = try await response.body.collect(upTo: 1 << 30)
        guard response.status == .ok else { throw Self.error(status: response.status, body: body) }
        guard FileManager.default.createFile(atPath: path, contents: Data(body.readableBytesView)) else {
            throw ReelGenClientError(statusCode: 0, message: "Cannot write \(path)", fieldErrors: [])
        }
    }

    private func send<Answer: Decodable>(_ request: HTTPClientRequest, expecting status: UInt) async throws -> Answer {
        try JSONDecoder().decode(Answer.self, from: try await sendForBody(request, expecting: status))
    }

    private func sendForBody(_ request: HTTPClientRequest, expecting status: UInt) async throws -> Data {
        var request = request
        request.headers.add(name: "Authorization", value: "Bearer \(apiKey)")
        let response = try await http.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 1 << 20)
        guard response.status.code == status else { throw Self.error(status: response.status, body: body) }
        return Data(body.readableBytesView)
    }

    private static func error(status: HTTPResponseStatus, body: ByteBuffer) -> ReelGenClientError {
        struct Envelope: Decodable {
            var message: String
            var errors: [ReelGenClientError.FieldError]?
        }
        let envelope = try? JSONDecoder().decode(Envelope.self, from: Data(body.readableBytesView))
        return ReelGenClientError(
            statusCode: Int(status.code), message: envelope?.message ?? status.reasonPhrase, fieldErrors: envelope?.errors ?? []
        )
    }
}
