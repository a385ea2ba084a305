import GRDB

extension KeyRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "api_keys"

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let name = Column(CodingKeys.name)
        static let secretHash = Column(CodingKeys.secretHash)
        static let createdAt = Column(CodingKeys.createdAt)
        static let revokedAt = Column(CodingKeys.revokedAt)
    }
}
