/// A non-success answer from the server, with its error envelope's message and fields.
public struct ReelGenClientError: Error, Sendable, CustomStringConvertible {
    public struct FieldError: Decodable, Sendable {
        public var field: String
        public var message: String
    }

    public var statusCode: Int
    public var message: String
    public var fieldErrors: [FieldError]
    /// How long the server asked the client to wait before trying again (`Retry-After`).
    public var retryAfter: Duration?
    /// The server's id for the failed request (`x-request-id`), for its logs.
    public var requestID: String?

    public init(statusCode: Int, message: String, fieldErrors: [FieldError], retryAfter: Duration? = nil, requestID: String? = nil) {
        self.statusCode = statusCode
        self.message = message
        self.fieldErrors = fieldErrors
        self.retryAfter = retryAfter
        self.requestID = requestID
    }

    /// Whether the server asked for the request again later: it changed nothing.
    public var isRefusal: Bool { statusCode == 429 || statusCode == 503 }

    public var description: String {
        let fields = fieldErrors.map { "\($0.field): \($0.message)" }.joined(separator: "; ")
        return "HTTP \(statusCode): \(message)" + (fields.isEmpty ? "" : " (\(fields))")
    }
}
