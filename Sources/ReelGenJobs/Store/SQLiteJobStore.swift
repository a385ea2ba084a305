public import Foundation
import GRDB

/// The zero-setup store: one SQLite file in WAL mode. Every method is one write or read
/// transaction; GRDB serialises writes, so checks and updates inside one cannot interleave.
public struct SQLiteJobStore: JobStore, KeyStore {
    let writer: any DatabaseWriter
    /// Status polls decode each job's request once.
    private let requests = RenderRequestCache()

    /// Opens (creating if needed) the database at `path` and migrates it.
    public init(path: String) throws {
        var configuration = Configuration()
        // `reelgen serve` and `reelgen worker` may share the file; wait for each other's writes.
        configuration.busyMode = .timeout(10)
        try self.init(writer: DatabasePool(path: path, configuration: configuration))
    }

    init(writer: any DatabaseWriter) throws {
        self.writer = writer
        try Self.migrator.migrate(writer)
    }

    public func enqueue(_ job: Job, limits: QueueLimits) async throws -> Job {
        let record = try JobRecord(job)
        let queued = JobStatus.queued.rawValue
        let stored = try await writer.write { db in
            let queuedOverall = try SQLRequest<Int>("SELECT count(*) FROM jobs WHERE status = \(queued)").fetchOne(db) ?? 0
            let queuedForKey = try SQLRequest<Int>(
                "SELECT count(*) FROM jobs WHERE status = \(queued) AND key_id = \(record.keyID)"
            ).fetchOne(db) ?? 0
            try limits.check(queuedForKey: queuedForKey, queuedOverall: queuedOverall)
            try record.insert(db)
            return try JobRecord.fetchOne(db, key: record.id)
        }
        return try (stored ?? record).job()
    }

    /// The status poll, the hottest query: one statement, consistent without a transaction
    /// (`unsafeRead` skips BEGIN and COMMIT), prepared once per connection. (Not a
    /// synchronous read: blocking cooperative threads on GRDB's reader pool deadlocks
    /// against async reads waiting to give their reader back.)
    public func job(id: UUID, ownedBy keyID: UUID) async throws -> Job? {
        try await writer.unsafeRead { db in
            let statement = try db.cachedStatement(sql: "SELECT * FROM jobs WHERE id = ? AND key_id = ?")
            return try JobRecord.fetchOne(statement, arguments: [id, keyID])
        }?.job(requests: requests)
    }

    public func claimNext(workerID: String, leaseExpiresAt: Date, now: Date) async throws -> Job? {
        let queued = JobStatus.queued.rawValue
        let generating = JobStatus.generating.rawValue
        let claim = SQLRequest<JobRecord>("""
            UPDATE jobs
            SET status = \(generating), attempts = attempts + 1, progress = 0,
                lease_owner = \(workerID), lease_expires_at = \(leaseExpiresAt),
                started_at = \(now), not_before = NULL
            WHERE id = (
                SELECT id FROM jobs
                WHERE status = \(queued) AND (not_before IS NULL OR not_before <= \(now))
                ORDER BY created_at, id
                LIMIT 1)
            RETURNING *
            """)
        return try await writer.write { db in try claim.fetchOne(db) }?.job()
    }

    public func heartbeat(jobID: UUID, workerID: String, progress: Double, leaseExpiresAt: Date) async throws -> Bool {
        try await updateHeldJob(jobID: jobID, workerID: workerID, "progress = \(progress), lease_expires_at = \(leaseExpiresAt)")
    }

    public func complete(jobID: UUID, workerID: String, output: JobOutput, now: Date) async throws -> Bool {
        try await updateHeldJob(jobID: jobID, workerID: workerID, """
            status = \(JobStatus.completed.rawValue), progress = 1, completed_at = \(now),
            lease_owner = NULL, lease_expires_at = NULL,
            video_file = \(output.videoFile), preview_file = \(output.previewFile),
            poster_file = \(output.posterFile), video_size = \(output.videoSize)
            """)
    }

    public func fail(jobID: UUID, workerID: String, failure: JobFailure, now: Date) async throws -> Bool {
        try await updateHeldJob(jobID: jobID, workerID: workerID, """
            status = \(JobStatus.error.rawValue), completed_at = \(now),
            lease_owner = NULL, lease_expires_at = NULL,
            error_name = \(failure.name), error_message = \(failure.message)
            """)
    }

    public func release(jobID: UUID, workerID: String) async throws {
        _ = try await updateHeldJob(jobID: jobID, workerID: workerID, """
            status = \(JobStatus.queued.rawValue), attempts = max(attempts - 1, 0), progress = 0,
            lease_owner = NULL, lease_expires_at = NULL, started_at = NULL
            """)
    }

    public func requeue(jobID: UUID, workerID: String, notBefore: Date) async throws -> Bool {
        try await updateHeldJob(jobID: jobID, workerID: workerID, """
            status = \(JobStatus.queued.rawValue), progress = 0, not_before = \(notBefore),
            lease_owner = NULL, lease_expires_at = NULL, started_at = NULL
            """)
    }

    /// Applies `assignments` to the job only while `workerID` holds its lease.
    private func updateHeldJob(jobID: UUID, workerID: String, _ assignments: SQL) async throws -> Bool {
        let generating = JobStatus.generating.rawValue
        return try await writer.write { db in
            try db.execute(literal: """
                UPDATE jobs SET \(assignments)
                WHERE id = \(jobID) AND status = \(generating) AND lease_owner = \(workerID)
                """)
            return db.changesCount > 0
        }
    }

    public func recoverExpiredLeases(now: Date, maxAttempts: Int) async throws -> Int {
        let generating = JobStatus.generating.rawValue
        let failure = JobFailure.workerLost
        return try await writer.write { db in
            try db.execute(literal: """
                UPDATE jobs
                SET status = \(JobStatus.error.rawValue), completed_at = \(now),
                    lease_owner = NULL, lease_expires_at = NULL,
                    error_name = \(failure.name), error_message = \(failure.message)
                WHERE status = \(generating) AND lease_expires_at < \(now) AND attempts >= \(maxAttempts)
                """)
            let failed = db.changesCount
            try db.execute(literal: """
                UPDATE jobs
                SET status = \(JobStatus.queued.rawValue), progress = 0,
                    lease_owner = NULL, lease_expires_at = NULL, started_at = NULL
                WHERE status = \(generating) AND lease_expires_at < \(now)
                """)
            return failed + db.changesCount
        }
    }

    public func expireOutputs(completedBefore cutoff: Date) async throws -> [Job] {
        let expiring: SQL = """
            status = \(JobStatus.completed.rawValue) AND video_file IS NOT NULL AND completed_at < \(cutoff)
            """
        let failure = JobFailure.expired
        return try await writer.write { db in
            let records = try SQLRequest<JobRecord>("SELECT * FROM jobs WHERE \(expiring)").fetchAll(db)
            try db.execute(literal: """
                UPDATE jobs
                SET video_file = NULL, preview_file = NULL, poster_file = NULL, video_size = NULL,
                    error_name = \(failure.name), error_message = \(failure.message)
                WHERE \(expiring)
                """)
            return records
        }.map { try $0.job() }
    }

    public func countByStatus() async throws -> [JobStatus: Int] {
        let rows = try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT status, count(*) AS count FROM jobs GROUP BY status")
                .map { (status: $0["status"] as String, count: $0["count"] as Int) }
        }
        return JobStatus.countsByStatus(rows)
    }

    public func ping() async throws {
        _ = try await writer.read { db in try Int.fetchOne(db, sql: "SELECT 1") }
    }
}
