public import Hummingbird

/// An error the API answers with on purpose: a status, a message fit for the client,
/// and for validation the list of bad fields. `ErrorEnvelopeMiddleware` renders it.
public struct APIError: Error, Sendable {
    public var status: HTTPResponse.Status
    public var message: String
    public var fieldErrors: [FieldError]
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, _ message: String, fieldErrors: [FieldError] = [], headers: HTTPFields = [:]) {
        self.status = status
        self.message = message
        self.fieldErrors = fieldErrors
        self.headers = headers
    }

    static func validation(_ errors: [FieldError]) -> APIError {
        let fields = errors.map(\.field).joined(separator: ", ")
        return APIError(.badRequest, "Invalid request: \(fields).", fieldErrors: errors)
    }

    static let unauthorized = APIError(
        .unauthorized, "Missing or unknown API key. Send it as 'Authorization: Bearer <key>'.",
        headers: [.wwwAuthenticate: "Bearer"]
    )

    static func shuttingDown(retryAfterSeconds: Int) -> APIError {
        APIError(
            .serviceUnavailable, "This server is shutting down. Retry shortly; another node may take the request.",
            headers: [.retryAfter: "\(retryAfterSeconds)"]
        )
    }

    static let generationNotFound = APIError(.notFound, "No generation with this id.")
}
