/// A non-success answer from the server, with its error envelope's message and fields.
public struct ReelGenClientError: Error, Sendable, CustomStringConvertible {
    public struct FieldError: Decodable, Sendable {
        public var field: String
        public var message: String
    }

    public var statusCode: Int
    public var message: String
    public var fieldErrors: [FieldError]

    public var description: String {
        let fields = fieldErrors.map { "\($0.field): \($0.message)" }.joined(separator: "; ")
        return "HTTP \(statusCode): \(message)" + (fields.isEmpty ? "" : " (\(fields))")
    }
}
