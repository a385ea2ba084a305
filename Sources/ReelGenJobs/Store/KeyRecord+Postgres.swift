import Foundation
import PostgresNIO

extension KeyRecord {
    /// Reads an `api_keys` row by column name.
    init(_ row: PostgresRow) throws {
        let columns = row.makeRandomAccess()
        self.init(
            id: try columns.value(CodingKeys.id),
            name: try columns.value(CodingKeys.name),
            secretHash: try columns.value(CodingKeys.secretHash),
            createdAt: try columns.value(CodingKeys.createdAt),
            revokedAt: try columns.value(CodingKeys.revokedAt)
        )
    }
}
