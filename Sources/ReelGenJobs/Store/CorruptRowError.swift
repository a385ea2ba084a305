/// A stored row that cannot be read back as a domain value (hand-edited or from a newer schema).
struct CorruptRowError: Error, CustomStringConvertible {
    var table: String
    var id: String
    var column: String

    var description: String { "Row \(id) of \(table) has an unreadable \(column)" }
}
