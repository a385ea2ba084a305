/// One invalid field of a request, named as on the wire.
public struct FieldError: Codable, Hashable, Sendable {
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}
