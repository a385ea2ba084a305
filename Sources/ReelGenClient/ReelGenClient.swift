public import AsyncHTTPClient
import NIOCore
import NIOHTTP1
public import Foundation

/// An async client for a ReelGen server (or any AI/ML API-compatible one): create,
/// poll, download. Used by `reelgen generate` and the end-to-end tests. It retries what
/// is safe to retry (`RetryPolicy`), waits longer between polls as a render goes on, and
/// resumes an interrupted download where it stopped.
public struct ReelGenClient: Sendable {
    public let baseURL: String
    private let apiKey: String
    private let http: HTTPClient
    public var retry: RetryPolicy

    /// One connection pool for every client in the process. A refused connection is
    /// reported at once rather than retried inside the pool until the deadline: how often
    /// and how long to retry is `RetryPolicy`'s to say.
    public static let sharedHTTP: HTTPClient = {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }()

    public init(baseURL: String, apiKey: String, http: HTTPClient = sharedHTTP, retry: RetryPolicy = RetryPolicy()) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.apiKey = apiKey
        self.http = http
        self.retry = retry
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
    /// The wait between polls starts at `every` and grows by half each time up to
    /// `longest`, so a long render is not asked about every second.
    public func waitUntilFinished(
        id: String, every interval: Duration = .seconds(1), longest: Duration = .seconds(5), timeout: Duration = .seconds(600),
        update: (Generation) -> Void = { _ in }
    ) async throws -> Generation {
        let deadline = ContinuousClock.now + timeout
        var wait = interval
        while true {
            let generation = try await generation(id: id)
            update(generation)
            if generation.isFinished { return generation }
            guard ContinuousClock.now < deadline else {
                throw ReelGenClientError(statusCode: 0, message: "Timed out waiting for \(id) (last status \(generation.status))", fieldErrors: [])
            }
            try await Task.sleep(for: wait)
            wait = min(wait * 1.5, max(longest, interval))
        }
    }

    /// Downloads a (signed) file URL to `path`; no key is sent, signed URLs need none. The
    /// bytes go to `path.part` first: a download cut short, in this call or an earlier one,
    /// resumes from where it stopped with a `Range` request, and `path` appears only whole.
    public func download(_ url: String, to path: String) async throws {
        let partial = path + ".part", files = FileManager.default
        if !files.fileExists(atPath: partial) { _ = files.createFile(atPath: partial, contents: nil) }
        guard let file = FileHandle(forWritingAtPath: partial) else {
            throw ReelGenClientError(statusCode: 0, message: "Cannot write \(partial)", fieldErrors: [])
        }
        defer { try? file.close() }
        try await retrying(idempotent: true) {
            while try await !fetchRest(of: url, into: file) {}
        }
        try? files.removeItem(atPath: path)
        try files.moveItem(atPath: partial, toPath: path)
    }

    /// Appends to `file` what it lacks of `url`'s bytes. False when what it held was not a
    /// start of this file (longer than it): then it is emptied, to be fetched whole.
    private func fetchRest(of url: String, into file: FileHandle) async throws -> Bool {
        let have = try file.seekToEnd()
        var request = HTTPClientRequest(url: url)
        if have > 0 { request.headers.add(name: "Range", value: "bytes=\(have)-") }
        let response = try await http.execute(request, timeout: .seconds(120))
        if have > 0 && response.status == .rangeNotSatisfiable {
            // Nothing past what we have: done, if what we have is the whole file.
            if response.headers.first(name: "Content-Range") == "bytes */\(have)" { return true }
            try file.truncate(atOffset: 0)
            return false
        }
        guard response.status == .ok || response.status == .partialContent else {
            throw Self.error(response, body: try await response.body.collect(upTo: 1 << 20))
        }
        // A server that ignores the range sends it all again, from the start.
        if response.status == .ok && have > 0 { try file.truncate(atOffset: 0) }
        for try await chunk in response.body { try file.write(contentsOf: Data(chunk.readableBytesView)) }
        return true
    }

    private func send<Answer: Decodable>(_ request: HTTPClientRequest, expecting status: UInt) async throws -> Answer {
        try JSONDecoder().decode(Answer.self, from: try await sendForBody(request, expecting: status))
    }

    /// Sends `request` with the key, retrying as `retry` allows: a read on any server error
    /// or lost connection; a create only when the server refused it or the connection never
    /// opened, since otherwise it may have been queued already.
    private func sendForBody(_ request: HTTPClientRequest, expecting status: UInt) async throws -> Data {
        var request = request
        request.headers.add(name: "Authorization", value: "Bearer \(apiKey)")
        return try await retrying(idempotent: request.method == .GET) { [request] in
            let response = try await http.execute(request, timeout: .seconds(30))
            let body = try await response.body.collect(upTo: 1 << 20)
            guard response.status.code == status else { throw Self.error(response, body: body) }
            return Data(body.readableBytesView)
        }
    }

    /// Runs `body`, and again after a wait each time it fails in a way `retries` allows,
    /// up to `retry.attempts` tries in all.
    private func retrying<Result>(idempotent: Bool, _ body: () async throws -> Result) async throws -> Result {
        var attempt = 1
        while true {
            do {
                return try await body()
            } catch {
                guard attempt < retry.attempts, Self.retries(error, idempotent: idempotent) else { throw error }
                try await Task.sleep(for: retry.delay(after: attempt, retryAfter: (error as? ReelGenClientError)?.retryAfter, jitter: .random(in: 0...1)))
                attempt += 1
            }
        }
    }

    /// Whether a failed request may be sent again.
    private static func retries(_ error: any Error, idempotent: Bool) -> Bool {
        if let answer = error as? ReelGenClientError {
            return answer.isRefusal || (idempotent && answer.statusCode >= 500)
        }
        if error is CancellationError { return false }
        // A connection that was never made carried nothing; any other loss may have.
        if let io = error as? IOError, io.errnoCode == ECONNREFUSED { return true }
        if let http = error as? HTTPClientError, http == .connectTimeout { return true }
        return idempotent
    }

    private static func error(_ response: HTTPClientResponse, body: ByteBuffer) -> ReelGenClientError {
        struct Envelope: Decodable {
            var message: String
            var errors: [ReelGenClientError.FieldError]?
        }
        let envelope = try? JSONDecoder().decode(Envelope.self, from: Data(body.readableBytesView))
        return ReelGenClientError(
            statusCode: Int(response.status.code), message: envelope?.message ?? response.status.reasonPhrase, fieldErrors: envelope?.errors ?? [],
            retryAfter: response.headers.first(name: "Retry-After").flatMap(Int.init).map { .seconds($0) },
            requestID: response.headers.first(name: "x-request-id")
        )
    }
}
