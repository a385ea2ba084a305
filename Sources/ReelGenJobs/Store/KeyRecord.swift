import Foundation

/// An API key as a table row, shared by both stores.
struct KeyRecord: Codable, Hashable, Sendable {
    var id: UUID
    var name: String
    var secretHash: String
    var createdAt: Date
    var revokedAt: Date?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case name
        case secretHash = "secret_hash"
        case createdAt = "created_at"
        case revokedAt = "revoked_at"
    }
}

extension KeyRecord {
    init(_ key: APIKey) {
        self.init(id: key.id, name: key.name, secretHash: key.secretHash, createdAt: key.createdAt, revokedAt: key.revokedAt)
    }

    var apiKey: APIKey {
        APIKey(id: id, name: name, secretHash: secretHash, createdAt: createdAt, revokedAt: revokedAt)
    }
}
