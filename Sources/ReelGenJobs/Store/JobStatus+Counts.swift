extension JobStatus {
    /// Every status with its count (zero when absent), from `(status, count)` rows.
    static func countsByStatus(_ rows: [(status: String, count: Int)]) -> [JobStatus: Int] {
        var counts = Dictionary(uniqueKeysWithValues: allCases.map { ($0, 0) })
        for row in rows {
            if let status = JobStatus(rawValue: row.status) { counts[status] = row.count }
        }
        return counts
    }
}
