import PostgresNIO

extension PostgresRandomAccessRow {
    /// The value of the column a record's coding key names.
    func value<T: PostgresDecodable>(_ column: some CodingKey, as type: T.Type = T.self) throws -> T {
        try self[column.stringValue].decode(T.self)
    }
}
