import Foundation
import Logging
import ReelGenEngine
import ReelGenJobs
import ServiceLifecycle
import Testing

@Suite(.postgresCluster)
struct WorkerPoolTests {
    static let fastPool = WorkerPool.Configuration(
        workers: 2,
        workerIDPrefix: "test",
        pollInterval: .milliseconds(20),
        leaseDuration: .seconds(5),
        heartbeatInterval: .milliseconds(200),
        progressInterval: .milliseconds(20),
        renderTimeout: .seconds(30),
        leaseRecoveryInterval: .milliseconds(100),
        retry: RetryStrategy(maxAttempts: 3, initialDelay: .milliseconds(20), maxDelay: .milliseconds(100))
    )

    /// Runs a pool with `engine` as its only engine in a `ServiceGroup` while `body` runs,
    /// then shuts it down gracefully and waits for it to stop.
    func withPool(
        store: any JobStore, outputs: OutputStorage, engine: FileWritingEngine,
        configuration: WorkerPool.Configuration = fastPool,
        _ body: @Sendable (ServiceGroup) async throws -> Void
    ) async throws {
        let logger = Logger(label: "worker-pool-test")
        let pool = WorkerPool(
            store: store, engines: EngineRegistry(engines: [engine], defaultEngineID: engine.id),
            outputs: outputs, configuration: configuration, logger: logger
        )
        let group = ServiceGroup(configuration: .init(services: [pool], gracefulShutdownSignals: [], logger: logger))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            do {
                try await body(group)
            } catch {
                await group.triggerGracefulShutdown()
                throw error
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
    }

    @Test(arguments: StoreKind.allCases)
    func jobIsRenderedAndItsFilesMovedIntoPlace(kind: StoreKind) async throws {
        try await kind.withStore { store, outputs in
            let engine = FileWritingEngine(id: "test/files", behaviour: .render(frames: 25, frameTime: .milliseconds(40)))
            let job = try await store.enqueue(.fixture(model: engine.id), limits: .roomy)
            try await withPool(store: store, outputs: outputs, engine: engine) { _ in
                let progress = ProgressLog()
                try await eventually("the job completes") {
                    let current = try await store.job(id: job.id, ownedBy: job.keyID)
                    if current?.status == .generating { progress.record(current?.progress ?? 0) }
                    return current?.status == .completed
                }
                #expect(progress.values.contains { $0 > 0 && $0 < 1 }, "progress was reported while generating")
                #expect(progress.values == progress.values.sorted())
            }

            let done = try #require(try await store.job(id: job.id, ownedBy: job.keyID))
            #expect(done.progress == 1)
            #expect(done.attempts == 1)
            #expect(done.failure == nil)
            let output = try #require(done.output)
            let folder = job.id.uuidString.lowercased()
            #expect(output.videoFile == "\(folder)/output.mp4")
            #expect(output.previewFile == "\(folder)/preview.gif")
            #expect(output.posterFile == "\(folder)/poster.jpg")
            let video = try String(contentsOfFile: outputs.path(ofStoredFile: output.videoFile), encoding: .utf8)
            #expect(video.hasPrefix("frame 0 of a red fox runs"))
            #expect(output.videoSize == video.utf8.count)
            #expect(FileManager.default.fileExists(atPath: outputs.path(ofStoredFile: output.posterFile)))
            let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: "\(outputs.root)/.tmp")) ?? []
            #expect(leftovers.isEmpty, "temporary render directories are cleaned up")
        }
    }

    @Test(arguments: StoreKind.allCases)
    func failingEngineIsRetriedThenEndsInAClientSafeError(kind: StoreKind) async throws {
        try await kind.withStore { store, outputs in
            let engine = FileWritingEngine(id: "test/broken", behaviour: .fail)
            let job = try await store.enqueue(.fixture(model: engine.id), limits: .roomy)
            try await withPool(store: store, outputs: outputs, engine: engine) { _ in
                try await eventually("the job ends in error") {
                    try await store.job(id: job.id, ownedBy: job.keyID)?.status == .error
                }
            }
            let failed = try #require(try await store.job(id: job.id, ownedBy: job.keyID))
            #expect(failed.attempts == 3)
            #expect(failed.failure == .renderFailed)
            #expect(failed.failure?.message.contains("secret") == false)
            #expect(failed.output == nil)
            #expect(!FileManager.default.fileExists(atPath: outputs.directory(for: job.id)))
        }
    }

    @Test func unknownModelEndsInError() async throws {
        try await StoreKind.sqlite.withStore { store, outputs in
            let engine = FileWritingEngine(id: "test/files", behaviour: .render(frames: 1, frameTime: .zero))
            let job = try await store.enqueue(.fixture(model: "test/gone"), limits: .roomy)
            try await withPool(store: store, outputs: outputs, engine: engine) { _ in
                try await eventually("the job ends in error") {
                    try await store.job(id: job.id, ownedBy: job.keyID)?.status == .error
                }
            }
            #expect(try await store.job(id: job.id, ownedBy: job.keyID)?.failure == .unknownModel)
        }
    }

    @Test func renderPastTheTimeoutEndsInError() async throws {
        try await StoreKind.sqlite.withStore { store, outputs in
            let engine = FileWritingEngine(id: "test/slow", behaviour: .hang)
            var configuration = Self.fastPool
            configuration.renderTimeout = .milliseconds(300)
            let job = try await store.enqueue(.fixture(model: engine.id), limits: .roomy)
            try await withPool(store: store, outputs: outputs, engine: engine, configuration: configuration) { _ in
                try await eventually("the job times out") {
                    try await store.job(id: job.id, ownedBy: job.keyID)?.status == .error
                }
            }
            #expect(try await store.job(id: job.id, ownedBy: job.keyID)?.failure == .timedOut)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func gracefulShutdownReleasesTheRunningJob(kind: StoreKind) async throws {
        try await kind.withStore { store, outputs in
            let engine = FileWritingEngine(id: "test/slow", behaviour: .hang)
            let job = try await store.enqueue(.fixture(model: engine.id), limits: .roomy)
            try await withPool(store: store, outputs: outputs, engine: engine) { _ in
                try await eventually("the job is rendering") {
                    (try await store.job(id: job.id, ownedBy: job.keyID)?.progress ?? 0) > 0
                }
            }
            // withPool returned: the pool shut down gracefully and its run() ended.
            let released = try #require(try await store.job(id: job.id, ownedBy: job.keyID))
            #expect(released.status == .queued)
            #expect(released.attempts == 0)
            #expect(released.leaseOwner == nil)
            #expect(released.progress == 0)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func jobOfADeadWorkerIsRecoveredAndCompleted(kind: StoreKind) async throws {
        try await kind.withStore { store, outputs in
            let engine = FileWritingEngine(id: "test/files", behaviour: .render(frames: 3, frameTime: .milliseconds(10)))
            let job = try await store.enqueue(.fixture(model: engine.id), limits: .roomy)
            // A worker claimed it and was killed: its lease runs out and nobody heartbeats.
            let now = Date()
            _ = try #require(try await store.claimNext(workerID: "killed-9", leaseExpiresAt: now + 0.3, now: now))

            try await withPool(store: store, outputs: outputs, engine: engine) { _ in
                try await eventually("another pool completes the job") {
                    try await store.job(id: job.id, ownedBy: job.keyID)?.status == .completed
                }
            }
            let done = try #require(try await store.job(id: job.id, ownedBy: job.keyID))
            #expect(done.attempts == 2)
            #expect(done.output != nil)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func retentionSweeperDeletesOldFilesAndMarksThemExpired(kind: StoreKind) async throws {
        try await kind.withStore { store, outputs in
            let engine = FileWritingEngine(id: "test/files", behaviour: .render(frames: 2, frameTime: .milliseconds(5)))
            let job = try await store.enqueue(.fixture(model: engine.id), limits: .roomy)
            try await withPool(store: store, outputs: outputs, engine: engine) { _ in
                try await eventually("the job completes") {
                    try await store.job(id: job.id, ownedBy: job.keyID)?.status == .completed
                }
            }
            let directory = outputs.directory(for: job.id)
            #expect(FileManager.default.fileExists(atPath: directory))

            let sweeper = RetentionSweeper(store: store, outputs: outputs, retention: .seconds(3600), logger: Logger(label: "test"))
            #expect(await sweeper.sweepOnce(now: Date()).isEmpty)
            #expect(FileManager.default.fileExists(atPath: directory))

            #expect(await sweeper.sweepOnce(now: Date() + 3601) == [job.id])
            #expect(!FileManager.default.fileExists(atPath: directory))
            let expired = try #require(try await store.job(id: job.id, ownedBy: job.keyID))
            #expect(expired.status == .completed)
            #expect(expired.output == nil)
            #expect(expired.failure == .expired)
        }
    }
}
