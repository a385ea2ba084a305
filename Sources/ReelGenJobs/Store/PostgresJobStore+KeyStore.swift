public import Foundation
import PostgresNIO

extension PostgresJobStore {
    public func insertKey(_ key: APIKey) async throws {
        let record = KeyRecord(key)
        _ = try await client.query("""
            INSERT INTO api_keys (id, name, secret_hash, created_at, revoked_at)
            VALUES (\(record.id), \(record.name), \(record.secretHash), \(record.createdAt), \(record.revokedAt))
            """, logger: logger).collect()
    }

    public func key(secretHash: String) async throws -> APIKey? {
        try await keys("SELECT * FROM api_keys WHERE secret_hash = \(secretHash) AND revoked_at IS NULL").first
    }

    public func keys() async throws -> [APIKey] {
        try await keys("SELECT * FROM api_keys ORDER BY created_at, name")
    }

    public func revokeKey(idOrName: String, now: Date) async throws -> Bool {
        let revoked: [PostgresRow]
        if let id = UUID(uuidString: idOrName) {
            revoked = try await client.query("""
                UPDATE api_keys SET revoked_at = \(now) WHERE id = \(id) AND revoked_at IS NULL RETURNING id
                """, logger: logger).collect()
        } else {
            revoked = try await client.query("""
                UPDATE api_keys SET revoked_at = \(now) WHERE name = \(idOrName) AND revoked_at IS NULL RETURNING id
                """, logger: logger).collect()
        }
        return !revoked.isEmpty
    }

    private func keys(_ query: PostgresQuery) async throws -> [APIKey] {
        try await client.query(query, logger: logger).collect().map { try KeyRecord($0).apiKey }
    }
}
