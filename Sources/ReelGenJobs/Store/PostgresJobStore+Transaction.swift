import PostgresNIO

extension PostgresJobStore {
    /// Runs `body` in one transaction. postgres-nio wraps a failing body's error in
    /// `PostgresTransactionError`; this rethrows the body's own error (e.g. `QueueFullError`)
    /// once the rollback went through, so callers see the domain error.
    func inTransaction<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        do {
            return try await client.withTransaction(logger: logger) { connection in try await body(connection) }
        } catch let error as PostgresTransactionError {
            if let closureError = error.closureError, error.rollbackError == nil { throw closureError }
            throw error
        }
    }
}
