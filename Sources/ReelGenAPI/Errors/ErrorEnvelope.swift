/// The body of every 4xx/5xx response.
struct ErrorEnvelope: Codable, Sendable {
    var message: String
    var path: String
    var requestId: String
    var statusCode: Int
    /// Unix seconds.
    var timestamp: Int
    /// Present for validation failures: every bad field.
    var errors: [FieldError]?
}
