public import Foundation

/// An API key as stored: a name and the SHA-256 of the secret, never the secret itself.
public struct APIKey: Codable, Hashable, Sendable, Identifiable {
    public var id: UUID
    public var name: String
    /// Lowercase hex SHA-256 of the secret.
    public var secretHash: String
    public var createdAt: Date
    public var revokedAt: Date?

    public init(id: UUID = UUID(), name: String, secretHash: String, createdAt: Date = Date(), revokedAt: Date? = nil) {
        self.id = id
        self.name = name
        self.secretHash = secretHash
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }
}
