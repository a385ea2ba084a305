public import Foundation
import GRDB

extension SQLiteJobStore {
    public func insertKey(_ key: APIKey) async throws {
        let record = KeyRecord(key)
        try await writer.write { db in try record.insert(db) }
    }

    public func key(secretHash: String) async throws -> APIKey? {
        try await writer.read { db in
            try KeyRecord
                .filter(KeyRecord.Columns.secretHash == secretHash && KeyRecord.Columns.revokedAt == nil)
                .fetchOne(db)
        }?.apiKey
    }

    public func keys() async throws -> [APIKey] {
        try await writer.read { db in
            try KeyRecord.order(KeyRecord.Columns.createdAt, KeyRecord.Columns.name).fetchAll(db)
        }.map(\.apiKey)
    }

    public func revokeKey(idOrName: String, now: Date) async throws -> Bool {
        let matchesKey = UUID(uuidString: idOrName).map { KeyRecord.Columns.id == $0 } ?? (KeyRecord.Columns.name == idOrName)
        return try await writer.write { db in
            try KeyRecord
                .filter(matchesKey && KeyRecord.Columns.revokedAt == nil)
                .updateAll(db, KeyRecord.Columns.revokedAt.set(to: now)) > 0
        }
    }
}
