import Foundation
import ReelGenJobs
import Testing

/// One suite, run against SQLite and PostgreSQL alike: the stores must behave the same.
@Suite(.postgresCluster)
struct JobStoreTests {
    @Test(arguments: StoreKind.allCases)
    func enqueuedJobIsVisibleOnlyToItsOwner(kind: StoreKind) async throws {
        try await kind.withStore { store, _ in
            let owner = UUID()
            let job = Job.fixture(keyID: owner)
            let stored = try await store.enqueue(job, limits: .roomy)
            #expect(stored == job)

            let fetched = try #require(try await store.job(id: job.id, ownedBy: owner))
            #expect(fetched == job)
            #expect(fetched.status == .queued)
            #expect(fetched.request.prompt == "a red fox runs")
            #expect(try await store.job(id: job.id, ownedBy: UUID()) == nil)
            #expect(try await store.job(id: UUID(), ownedBy: owner) == nil)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func perKeyLimitRejectsOnlyThatKey(kind: StoreKind) async throws {
        try await kind.withStore { store, _ in
            let limits = QueueLimits(perKey: 2, global: 10)
            let busy = UUID()
            _ = try await store.enqueue(.fixture(keyID: busy), limits: limits)
            _ = try await store.enqueue(.fixture(keyID: busy), limits: limits)
            await #expect(throws: QueueFullError.perKey(limit: 2)) {
                try await store.enqueue(.fixture(keyID: busy), limits: limits)
            }
            _ = try await store.enqueue(.fixture(keyID: UUID()), limits: limits)
            #expect(try await store.countByStatus()[.queued] == 3)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func globalLimitRejectsEveryKey(kind: StoreKind) async throws {
        try await kind.withStore { store, _ in
            let limits = QueueLimits(perKey: 10, global: 3)
            for _ in 0..<3 { _ = try await store.enqueue(.fixture(), limits: limits) }
            await #expect(throws: QueueFullError.global(limit: 3)) {
                try await store.enqueue(.fixture(), limits: limits)
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func claimedJobsNoLongerCountAgainstTheLimit(kind: StoreKind) async throws {
        try await kind.withStore { store, _ in
            let limits = QueueLimits(perKey: 1, global: 10)
            let key = UUID()
            _ = try await store.enqueue(.fixture(keyID: key), limits: limits)
            _ = try #require(try await store.claimNext(workerID: "w", leaseExpiresAt: referenceDate + 60, now: referenceDate))
            _ = try await store.enqueue(.fixture(keyID: key), limits: limits)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func concurrentEnqueuesCannotOvershootTheLimit(kind: StoreKind) async throws {
        try await kind.withStore { store, _ in
            let limits = QueueLimits(perKey: 5, global: 100)
            let key = UUID()
            let accepted = try await withThrowingTaskGroup(of: Bool.self) { group in
                for index in 0..<24 {
                    group.addTask {
                        do {
                            _ = try await store.enqueue(.fixture(keyID: key, offset: Double(index)), limits: limits)
                            return true
                        } catch is QueueFullError {
                            return false
                        }
                    }
                }
                return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(accepted == 5)
            #expect(try await store.countByStatus()[.queued] == 5)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func claimsOldestFirstAndLeasesToTheWorker(kind: StoreKind) async throws {
        try await kind.withStore { store, _ in
            let second = Job.fixture(offset: 2)
            let first = Job.fixture(offset: 1)
            let third = Job.fixture(offset: 3)
            for job in [second, third, first] { _ = try await store.enqueue(job, limits: .roomy) }

            let lease = referenceDate + 30
            var claimed: [Job] = []
            while let job = try await store.claimNext(workerID: "worker-a", leaseExpiresAt: lease, now: referenceDate) {
                claimed.append(job)
            }
            #expect(claimed.map(\.id) == [first.id, second.id, third.id])
            for job in claimed {
                #expect(job.status == .generating)
                #expect(job.attempts == 1)
                #expect(job.leaseOwner == "worker-a")
                #expect(job.leaseExpiresAt == lease)
                #expect(job.startedAt == referenceDate)
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func concurrentClaimersTakeEachJobExactlyOnce(kind: StoreKind) async throws {
        try await kind.withStore { store, _ in
            let jobs = (0..<40).map { Job.fixture(offset: Double($0)) }
            for job in jobs { _ = try await store.enqueue(job, limits: .roomy) }

            let claimedIDs = try await withThrowingTaskGroup(of: [UUID].self) { group in
                for worker in 0..<8 {
                    group.addTask {
                        var mine: [UUID] = []
                        while let job = try await store.claimNext(
                            workerID: "worker-\(worker)", leaseExpiresAt: referenceDate + 60, now: referenceDate
                        ) {
                            #expect(job.leaseOwner == "worker-\(worker)")
                            mine.append(job.id)
                        }
                        return mine
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            #expect(claimedIDs.count == jobs.count)
            #expect(Set(claimedIDs) == Set(jobs.map(\.id)))
            #expect(try await store.countByStatus() == [.queued: 0, .generating: 40, .completed: 0, .error: 0])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func heartbeatRecordsProgressOnlyForTheLeaseHolder(kind: StoreKind) async throws {
        try await kind.withStore { store, _ in
            let job = try await store.enqueue(.fixture(), limits: .roomy)
            _ = try await store.claimNext(workerID: "holder", leaseExpiresAt: referenceDate + 10, now: referenceDate)

            #expect(try await store.heartbeat(jobID: job.id, workerID: "holder", progress: 0.5, leaseExpiresAt: referenceDate + 40))
            #expect(try await !store.heartbeat(jobID: job.id, workerID: "intruder", progress: 0.9, leaseExpiresAt: referenceDate + 99))
            let current = try #require(try await store.job(id: job.id, ownedBy: job.keyID))
            #expect(current.progress == 0.5)
            #expect(current.leaseExpiresAt == referenceDate + 40)

            // The lease expires and the job is taken back: the old holder must learn it lost it.
            #expect(try await store.recoverExpiredLeases(now: referenceDate + 41, maxAttempts: 3) == 1)
            #expect(try await !store.heartbeat(jobID: job.id, workerID: "holder", progress: 0.6, leaseExpiresAt: referenceDate + 80))
        }
    }

    @Test(arguments: StoreKind.allCases)
    func onlyTheLeaseHolderCompletesOrFails(kind: StoreKind) async throws {
        try await kind.withStore { store, _ in
            let done = try await store.enqueue(.fixture(offset: 1), limits: .roomy)
            let broken = try await store.enqueue(.fixture(offset: 2), limits: .roomy)
            _ = try await store.claimNext(workerID: "a", leaseExpiresAt: referenceDate + 60, now: referenceDate)
            _ = try await store.claimNext(workerID: "b", leaseExpiresAt: referenceDate + 60, now: referenceDate)
            let output = JobOutput(videoFile: "\(done.id)/output.mp4", previewFile: "\(done.id)/preview.gif", posterFile: "\(done.id)/poster.jpg", videoSize: 1234)
            let failure = JobFailure(name: "render_failed", message: "The video could not be rendered.")

            #expect(try await !store.complete(jobID: done.id, workerID: "b", output: output, now: referenceDate + 5))
            #expect(try await !store.fail(jobID: broken.id, workerID: "a", failure: failure, now: referenceDate + 5))
            #expect(try await store.complete(jobID: done.id, workerID: "a", output: output, now: referenceDate + 5))
            #expect(try await store.fail(jobID: broken.id, workerID: "b", failure: failure, now: referenceDate + 6))
            #expect(try await !store.complete(jobID: done.id, workerID: "a", output: output, now: referenceDate + 7))

            let completed = try #require(try await store.job(id: done.id, ownedBy: done.keyID))
            #expect(completed.status == .completed)
            #expect(completed.progress == 1)
            #expect(completed.output == output)
            #expect(completed.completedAt == referenceDate + 5)
            #expect(completed.leaseOwner == nil)
            let failed = try #require(try await store.job(id: broken.id, ownedBy: broken.keyID))
            #expect(failed.status == .error)
            #expect(failed.failure == failure)
            #expect(failed.output == nil)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func releaseReturnsTheJobWithoutCountingTheAttempt(kind: StoreKind) async throws {
        try await kind.withStore { store, _ in
            let job = try await store.enqueue(.fixture(), limits: .roomy)
            _ = try await store.claimNext(workerID: "a", leaseExpiresAt: referenceDate + 60, now: referenceDate)
            _ = try await store.heartbeat(jobID: job.id, workerID: "a", progress: 0.3, leaseExpiresAt: referenceDate + 60)
            try await store.release(jobID: job.id, workerID: "b")
            #expect(try await store.job(id: job.id, ownedBy: job.keyID)?.status == .generating)

            try await store.release(jobID: job.id, workerID: "a")
            let released = try #require(try await store.job(id: job.id, ownedBy: job.keyID))
            #expect(released.status == .queued)
            #expect(released.attempts == 0)
            #expect(released.progress == 0)
            #expect(released.leaseOwner == nil)
            #expect(try await store.claimNext(workerID: "b", leaseExpiresAt: referenceDate + 60, now: referenceDate)?.attempts == 1)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func requeuedJobWaitsForItsBackoff(kind: StoreKind) async throws {
        try await kind.withStore { store, _ in
            let job = try await store.enqueue(.fixture(), limits: .roomy)
            _ = try await store.claimNext(workerID: "a", leaseExpiresAt: referenceDate + 60, now: referenceDate)
            #expect(try await !store.requeue(jobID: job.id, workerID: "b", notBefore: referenceDate + 10))
            #expect(try await store.requeue(jobID: job.id, workerID: "a", notBefore: referenceDate + 10))
            #expect(try await store.job(id: job.id, ownedBy: job.keyID)?.status == .queued)

            #expect(try await store.claimNext(workerID: "a", leaseExpiresAt: referenceDate + 60, now: referenceDate + 9) == nil)
            let retried = try #require(try await store.claimNext(workerID: "a", leaseExpiresAt: referenceDate + 70, now: referenceDate + 10))
            #expect(retried.id == job.id)
            #expect(retried.attempts == 2)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func expiredLeaseIsRequeuedThenFailsAfterMaxAttempts(kind: StoreKind) async throws {
        try await kind.withStore { store, _ in
            let job = try await store.enqueue(.fixture(), limits: .roomy)
            _ = try await store.claimNext(workerID: "dies", leaseExpiresAt: referenceDate + 30, now: referenceDate)
            #expect(try await store.recoverExpiredLeases(now: referenceDate + 29, maxAttempts: 2) == 0)
            #expect(try await store.recoverExpiredLeases(now: referenceDate + 31, maxAttempts: 2) == 1)
            let requeued = try #require(try await store.job(id: job.id, ownedBy: job.keyID))
            #expect(requeued.status == .queued)
            #expect(requeued.attempts == 1)
            #expect(requeued.leaseOwner == nil)

            let again = try #require(try await store.claimNext(workerID: "dies-too", leaseExpiresAt: referenceDate + 60, now: referenceDate + 32))
            #expect(again.attempts == 2)
            #expect(try await store.recoverExpiredLeases(now: referenceDate + 61, maxAttempts: 2) == 1)
            let failed = try #require(try await store.job(id: job.id, ownedBy: job.keyID))
            #expect(failed.status == .error)
            #expect(failed.failure == .workerLost)
            #expect(failed.completedAt == referenceDate + 61)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func expireOutputsClearsOldCompletedJobsOnce(kind: StoreKind) async throws {
        try await kind.withStore { store, _ in
            let old = try await store.enqueue(.fixture(offset: 1), limits: .roomy)
            let recent = try await store.enqueue(.fixture(offset: 2), limits: .roomy)
            for (job, finished) in [(old, referenceDate + 100), (recent, referenceDate + 200)] {
                _ = try await store.claimNext(workerID: "w", leaseExpiresAt: referenceDate + 900, now: referenceDate)
                let output = JobOutput(videoFile: "\(job.id)/output.mp4", previewFile: "\(job.id)/preview.gif", posterFile: "\(job.id)/poster.jpg", videoSize: 10)
                #expect(try await store.complete(jobID: job.id, workerID: "w", output: output, now: finished))
            }

            let expired = try await store.expireOutputs(completedBefore: referenceDate + 150)
            #expect(expired.map(\.id) == [old.id])
            #expect(expired.first?.output?.videoFile == "\(old.id)/output.mp4")
            #expect(try await store.expireOutputs(completedBefore: referenceDate + 150).isEmpty)

            let swept = try #require(try await store.job(id: old.id, ownedBy: old.keyID))
            #expect(swept.status == .completed)
            #expect(swept.output == nil)
            #expect(swept.failure == .expired)
            #expect(try await store.job(id: recent.id, ownedBy: recent.keyID)?.output != nil)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func countsJobsByStatus(kind: StoreKind) async throws {
        try await kind.withStore { store, _ in
            #expect(try await store.countByStatus() == [.queued: 0, .generating: 0, .completed: 0, .error: 0])
            for offset in 0..<3 { _ = try await store.enqueue(.fixture(offset: Double(offset)), limits: .roomy) }
            let claimed = try #require(try await store.claimNext(workerID: "w", leaseExpiresAt: referenceDate + 60, now: referenceDate))
            _ = try await store.claimNext(workerID: "w", leaseExpiresAt: referenceDate + 60, now: referenceDate)
            _ = try await store.fail(jobID: claimed.id, workerID: "w", failure: .renderFailed, now: referenceDate)
            #expect(try await store.countByStatus() == [.queued: 1, .generating: 1, .completed: 0, .error: 1])
            try await store.ping()
        }
    }

    @Test(arguments: StoreKind.allCases)
    func keysAreFoundByHashListedAndRevoked(kind: StoreKind) async throws {
        try await kind.withStore { store, _ in
            let secret = KeySecret.generate()
            let first = APIKey(name: "ci", secretHash: KeySecret.sha256Hex(secret), createdAt: referenceDate)
            let second = APIKey(name: "laptop", secretHash: KeySecret.sha256Hex(KeySecret.generate()), createdAt: referenceDate + 1)
            try await store.insertKey(first)
            try await store.insertKey(second)

            #expect(try await store.key(secretHash: KeySecret.sha256Hex(secret)) == first)
            #expect(try await store.key(secretHash: KeySecret.sha256Hex("rg_wrong")) == nil)
            #expect(try await store.keys() == [first, second])

            #expect(try await store.revokeKey(idOrName: "ci", now: referenceDate + 5))
            #expect(try await !store.revokeKey(idOrName: "ci", now: referenceDate + 6))
            #expect(try await store.key(secretHash: first.secretHash) == nil)
            #expect(try await store.keys().first?.revokedAt == referenceDate + 5)

            #expect(try await store.revokeKey(idOrName: second.id.uuidString, now: referenceDate + 7))
            #expect(try await store.key(secretHash: second.secretHash) == nil)
            #expect(try await !store.revokeKey(idOrName: "nobody", now: referenceDate + 8))
        }
    }

    @Test(arguments: StoreKind.allCases)
    func secretHashesAreUnique(kind: StoreKind) async throws {
        try await kind.withStore { store, _ in
            let hash = KeySecret.sha256Hex(KeySecret.generate())
            try await store.insertKey(APIKey(name: "a", secretHash: hash))
            await #expect(throws: (any Error).self) {
                try await store.insertKey(APIKey(name: "b", secretHash: hash))
            }
        }
    }
}
