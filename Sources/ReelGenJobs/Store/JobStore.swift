public import Foundation

/// Limits checked atomically with an insert, so concurrent requests cannot overshoot them.
public struct QueueLimits: Hashable, Sendable {
    /// Most jobs one key may have queued at once.
    public var perKey: Int
    /// Most jobs queued across all keys.
    public var global: Int

    public init(perKey: Int, global: Int) {
        self.perKey = perKey
        self.global = global
    }
}

/// Thrown by `enqueue` when a limit would be exceeded; the API answers 429.
public enum QueueFullError: Error, Hashable, Sendable {
    case perKey(limit: Int)
    case global(limit: Int)
}

/// The durable queue. SQLite and PostgreSQL implement it; they share the logic and
/// differ only in SQL. Every method is one transaction.
public protocol JobStore: Sendable {
    /// Inserts a queued job unless a limit would be exceeded.
    func enqueue(_ job: Job, limits: QueueLimits) async throws -> Job

    /// The job with this id if `keyID` owns it; nil otherwise (another key's job does not exist).
    func job(id: UUID, ownedBy keyID: UUID) async throws -> Job?

    /// Atomically takes the oldest queued job: sets it `generating`, counts an attempt and
    /// leases it to `workerID` until `leaseExpiresAt`.
    func claimNext(workerID: String, leaseExpiresAt: Date, now: Date) async throws -> Job?

    /// Extends the lease and records progress. False when the worker no longer holds the
    /// lease (it expired and the job was taken back): the worker must stop.
    func heartbeat(jobID: UUID, workerID: String, progress: Double, leaseExpiresAt: Date) async throws -> Bool

    /// Marks the job completed with its files. False when the lease was lost.
    func complete(jobID: UUID, workerID: String, output: JobOutput, now: Date) async throws -> Bool

    /// Ends the job in `error`. False when the lease was lost.
    func fail(jobID: UUID, workerID: String, failure: JobFailure, now: Date) async throws -> Bool

    /// Puts a job the worker holds back in the queue without counting the attempt
    /// (graceful shutdown).
    func release(jobID: UUID, workerID: String) async throws

    /// Puts a job whose attempt failed back in the queue, keeping the attempt counted, to be
    /// claimed again no earlier than `notBefore` (retry backoff). False when the lease was lost.
    func requeue(jobID: UUID, workerID: String, notBefore: Date) async throws -> Bool

    /// Jobs whose lease expired (their worker died) go back to `queued`, or to `error`
    /// once they used `maxAttempts`. Returns how many were touched.
    func recoverExpiredLeases(now: Date, maxAttempts: Int) async throws -> Int

    /// Completed jobs finished before `cutoff` that still have outputs: their output is
    /// cleared and `failure` set to `.expired`. Returns them as they were, so the caller
    /// can delete their files.
    func expireOutputs(completedBefore cutoff: Date) async throws -> [Job]

    /// Jobs by status, for metrics.
    func countByStatus() async throws -> [JobStatus: Int]

    /// Throws when the store cannot be reached (readiness).
    func ping() async throws
}

/// API keys. Stores keep only the SHA-256 of each secret.
public protocol KeyStore: Sendable {
    func insertKey(_ key: APIKey) async throws
    /// The live (not revoked) key whose secret hashes to `secretHash`.
    func key(secretHash: String) async throws -> APIKey?
    func keys() async throws -> [APIKey]
    /// Revokes by id or name; false when no live key matched.
    func revokeKey(idOrName: String, now: Date) async throws -> Bool
}
