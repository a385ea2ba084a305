public import Foundation
public import Logging
public import PostgresNIO

/// The shared queue for scale-out: every `serve` and `worker` process points at one
/// PostgreSQL database. The caller runs `client` in its `ServiceGroup`; `migrate()` must
/// have run once before the store is used.
public struct PostgresJobStore: JobStore, KeyStore {
    let client: PostgresClient
    let logger: Logger

    public init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    public func enqueue(_ job: Job, limits: QueueLimits) async throws -> Job {
        let record = try JobRecord(job)
        let queued = JobStatus.queued.rawValue
        let stored = try await inTransaction { connection in
            _ = try await connection.query("SELECT pg_advisory_xact_lock(\(Self.enqueueLock))", logger: logger).collect()
            let counts = try await connection.query("""
                SELECT count(*) FILTER (WHERE key_id = \(record.keyID)), count(*)
                FROM jobs WHERE status = \(queued)
                """, logger: logger).collect()
            let (queuedForKey, queuedOverall) = try counts.first?.decode((Int, Int).self) ?? (0, 0)
            try limits.check(queuedForKey: queuedForKey, queuedOverall: queuedOverall)
            let rows = try await connection.query("""
                INSERT INTO jobs (id, key_id, model, public_model, request, seed, status, progress, attempts,
                    lease_owner, lease_expires_at, not_before, created_at, started_at, completed_at,
                    video_file, preview_file, poster_file, video_size, error_name, error_message)
                VALUES (\(record.id), \(record.keyID), \(record.model), \(record.publicModel), \(record.request),
                    \(record.seed), \(record.status), \(record.progress), \(record.attempts),
                    \(record.leaseOwner), \(record.leaseExpiresAt), \(record.notBefore), \(record.createdAt),
                    \(record.startedAt), \(record.completedAt), \(record.videoFile), \(record.previewFile),
                    \(record.posterFile), \(record.videoSize), \(record.errorName), \(record.errorMessage))
                RETURNING *
                """, logger: logger).collect()
            return try rows.first.map { try JobRecord($0) } ?? record
        }
        return try stored.job()
    }

    public func job(id: UUID, ownedBy keyID: UUID) async throws -> Job? {
        try await jobs("SELECT * FROM jobs WHERE id = \(id) AND key_id = \(keyID)").first
    }

    public func claimNext(workerID: String, leaseExpiresAt: Date, now: Date) async throws -> Job? {
        try await jobs("""
            UPDATE jobs
            SET status = \(JobStatus.generating.rawValue), attempts = attempts + 1, progress = 0,
                lease_owner = \(workerID), lease_expires_at = \(leaseExpiresAt),
                started_at = \(now), not_before = NULL
            WHERE id = (
                SELECT id FROM jobs
                WHERE status = \(JobStatus.queued.rawValue) AND (not_before IS NULL OR not_before <= \(now))
                ORDER BY created_at, id
                LIMIT 1
                FOR UPDATE SKIP LOCKED)
            RETURNING *
            """).first
    }

    public func heartbeat(jobID: UUID, workerID: String, progress: Double, leaseExpiresAt: Date) async throws -> Bool {
        try await changedRows("""
            UPDATE jobs SET progress = \(progress), lease_expires_at = \(leaseExpiresAt)
            WHERE id = \(jobID) AND status = \(JobStatus.generating.rawValue) AND lease_owner = \(workerID)
            RETURNING id
            """) > 0
    }

    public func complete(jobID: UUID, workerID: String, output: JobOutput, now: Date) async throws -> Bool {
        try await changedRows("""
            UPDATE jobs
            SET status = \(JobStatus.completed.rawValue), progress = 1, completed_at = \(now),
                lease_owner = NULL, lease_expires_at = NULL,
                video_file = \(output.videoFile), preview_file = \(output.previewFile),
                poster_file = \(output.posterFile), video_size = \(output.videoSize)
            WHERE id = \(jobID) AND status = \(JobStatus.generating.rawValue) AND lease_owner = \(workerID)
            RETURNING id
            """) > 0
    }

    public func fail(jobID: UUID, workerID: String, failure: JobFailure, now: Date) async throws -> Bool {
        try await changedRows("""
            UPDATE jobs
            SET status = \(JobStatus.error.rawValue), completed_at = \(now),
                lease_owner = NULL, lease_expires_at = NULL,
                error_name = \(failure.name), error_message = \(failure.message)
            WHERE id = \(jobID) AND status = \(JobStatus.generating.rawValue) AND lease_owner = \(workerID)
            RETURNING id
            """) > 0
    }

    public func release(jobID: UUID, workerID: String) async throws {
        _ = try await changedRows("""
            UPDATE jobs
            SET status = \(JobStatus.queued.rawValue), attempts = greatest(attempts - 1, 0), progress = 0,
                lease_owner = NULL, lease_expires_at = NULL, started_at = NULL
            WHERE id = \(jobID) AND status = \(JobStatus.generating.rawValue) AND lease_owner = \(workerID)
            RETURNING id
            """)
    }

    public func requeue(jobID: UUID, workerID: String, notBefore: Date) async throws -> Bool {
        try await changedRows("""
            UPDATE jobs
            SET status = \(JobStatus.queued.rawValue), progress = 0, not_before = \(notBefore),
                lease_owner = NULL, lease_expires_at = NULL, started_at = NULL
            WHERE id = \(jobID) AND status = \(JobStatus.generating.rawValue) AND lease_owner = \(workerID)
            RETURNING id
            """) > 0
    }

    public func recoverExpiredLeases(now: Date, maxAttempts: Int) async throws -> Int {
        let generating = JobStatus.generating.rawValue
        let failure = JobFailure.workerLost
        return try await inTransaction { connection in
            let failed = try await connection.query("""
                UPDATE jobs
                SET status = \(JobStatus.error.rawValue), completed_at = \(now),
                    lease_owner = NULL, lease_expires_at = NULL,
                    error_name = \(failure.name), error_message = \(failure.message)
                WHERE status = \(generating) AND lease_expires_at < \(now) AND attempts >= \(maxAttempts)
                RETURNING id
                """, logger: logger).collect()
            let requeued = try await connection.query("""
                UPDATE jobs
                SET status = \(JobStatus.queued.rawValue), progress = 0,
                    lease_owner = NULL, lease_expires_at = NULL, started_at = NULL
                WHERE status = \(generating) AND lease_expires_at < \(now)
                RETURNING id
                """, logger: logger).collect()
            return failed.count + requeued.count
        }
    }

    public func expireOutputs(completedBefore cutoff: Date) async throws -> [Job] {
        let failure = JobFailure.expired
        return try await jobs("""
            UPDATE jobs
            SET video_file = NULL, preview_file = NULL, poster_file = NULL, video_size = NULL,
                error_name = \(failure.name), error_message = \(failure.message)
            FROM (SELECT * FROM jobs
                  WHERE status = \(JobStatus.completed.rawValue) AND video_file IS NOT NULL
                    AND completed_at < \(cutoff)
                  FOR UPDATE) AS expiring
            WHERE jobs.id = expiring.id
            RETURNING expiring.*
            """)
    }

    public func countByStatus() async throws -> [JobStatus: Int] {
        let rows = try await client.query("SELECT status, count(*) FROM jobs GROUP BY status", logger: logger)
            .decode((String, Int).self)
        var counts: [(status: String, count: Int)] = []
        for try await (status, count) in rows { counts.append((status, count)) }
        return JobStatus.countsByStatus(counts)
    }

    public func ping() async throws {
        _ = try await client.query("SELECT 1", logger: logger).collect()
    }

    /// Runs a statement that returns `jobs` rows.
    private func jobs(_ query: PostgresQuery) async throws -> [Job] {
        try await client.query(query, logger: logger).collect().map { try JobRecord($0).job() }
    }

    /// Runs a statement ending in `RETURNING id` and counts the rows it touched.
    private func changedRows(_ query: PostgresQuery) async throws -> Int {
        try await client.query(query, logger: logger).collect().count
    }
}
