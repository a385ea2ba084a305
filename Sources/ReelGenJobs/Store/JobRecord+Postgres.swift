import Foundation
import PostgresNIO

extension JobRecord {
    /// Reads a `jobs` row (`SELECT *` or `RETURNING *`) by column name.
    init(_ row: PostgresRow) throws {
        let columns = row.makeRandomAccess()
        self.init(
            id: try columns.value(CodingKeys.id),
            keyID: try columns.value(CodingKeys.keyID),
            model: try columns.value(CodingKeys.model),
            publicModel: try columns.value(CodingKeys.publicModel),
            request: try columns.value(CodingKeys.request),
            seed: try columns.value(CodingKeys.seed),
            status: try columns.value(CodingKeys.status),
            progress: try columns.value(CodingKeys.progress),
            attempts: try columns.value(CodingKeys.attempts),
            leaseOwner: try columns.value(CodingKeys.leaseOwner),
            leaseExpiresAt: try columns.value(CodingKeys.leaseExpiresAt),
            notBefore: try columns.value(CodingKeys.notBefore),
            createdAt: try columns.value(CodingKeys.createdAt),
            startedAt: try columns.value(CodingKeys.startedAt),
            completedAt: try columns.value(CodingKeys.completedAt),
            videoFile: try columns.value(CodingKeys.videoFile),
            previewFile: try columns.value(CodingKeys.previewFile),
            posterFile: try columns.value(CodingKeys.posterFile),
            videoSize: try columns.value(CodingKeys.videoSize),
            errorName: try columns.value(CodingKeys.errorName),
            errorMessage: try columns.value(CodingKeys.errorMessage)
        )
    }
}
