import GRDB

extension JobRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "jobs"

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let keyID = Column(CodingKeys.keyID)
        static let status = Column(CodingKeys.status)
    }
}
