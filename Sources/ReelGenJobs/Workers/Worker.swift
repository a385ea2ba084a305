import Foundation
import Logging
import ReelGenEngine
import ServiceLifecycle

/// One render slot of the pool: claims a job, renders it under a heartbeated lease,
/// and records how it ended. Runs until graceful shutdown or cancellation.
struct Worker: Sendable {
    let id: String
    /// This worker's place in the pool, for `liveness`.
    let index: Int
    let store: any JobStore
    let engines: EngineRegistry
    let outputs: OutputStorage
    let configuration: WorkerPool.Configuration
    let metrics: WorkerMetrics
    let liveness: WorkerLiveness
    /// Rung by this process's API when it queues a job.
    let newJobs: NewJobSignal
    let logger: Logger

    func run() async {
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            liveness.stamp(worker: index)
            let seen = newJobs.generation
            do {
                let now = Date()
                if let job = try await store.claimNext(workerID: id, leaseExpiresAt: leaseExpiry(from: now), now: now) {
                    await process(job)
                    continue
                }
            } catch {
                logger.error("Could not claim a job", metadata: ["error": "\(error)"])
            }
            await idle(since: seen)
        }
    }

    /// Waits until this process queues a job (any since `seen`) or one poll interval has
    /// passed, cut short by graceful shutdown.
    private func idle(since seen: UInt64) async {
        let interval = configuration.pollInterval
        let newJobs = newJobs
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await newJobs.wait(since: seen) }
                group.addTask { try? await Task.sleep(for: interval) }
                await group.next()
                group.cancelAll()
            }
        }
    }

    private func leaseExpiry(from now: Date = Date()) -> Date {
        now.addingTimeInterval(configuration.leaseDuration.timeInterval)
    }

    private func process(_ job: Job) async {
        var logger = logger
        logger[metadataKey: "job_id"] = "\(job.id)"
        logger.info("Rendering", metadata: ["model": "\(job.model)", "attempt": "\(job.attempts)"])

        guard let engine = engines.engine(id: job.model) else {
            logger.error("No engine for model")
            await finish(job, failure: .unknownModel, logger: logger)
            return
        }
        let directory: String
        do {
            directory = try outputs.makeTemporaryDirectory()
        } catch {
            await retryOrFail(job, after: error, logger: logger)
            return
        }
        defer { try? outputs.deleteTemporaryDirectory(directory) }

        do {
            switch try await attempt(job, with: engine, in: directory, logger: logger) {
            case .rendered(let video, let duration):
                metrics.recordRender(duration: duration, frames: video.frameCount)
                try await publish(video, of: job, from: directory, logger: logger)
            case .leaseLost:
                logger.warning("Lease lost while rendering; another worker owns the job now")
            case .timedOut:
                logger.error("Render timed out", metadata: ["timeout": "\(configuration.renderTimeout)"])
                await finish(job, failure: .timedOut, logger: logger)
            case .shuttingDown:
                await releaseForShutdown(job, logger: logger)
            }
        } catch is CancellationError where Task.isCancelled || Task.isShuttingDownGracefully {
            await releaseForShutdown(job, logger: logger)
        } catch {
            await retryOrFail(job, after: error, logger: logger)
        }
    }

    /// Races the render against the heartbeat (lease lost), the timeout and graceful shutdown.
    private func attempt(
        _ job: Job, with engine: any VideoEngine, in directory: String, logger: Logger
    ) async throws -> RenderAttemptOutcome {
        let progress = ProgressTracker()
        return try await withThrowingTaskGroup(of: RenderAttemptOutcome.self) { group in
            group.addTask {
                let start = ContinuousClock.now
                let video = try await engine.render(job.request, into: directory, progress: { progress.report($0) })
                return .rendered(video, ContinuousClock.now - start)
            }
            group.addTask {
                try await heartbeatUntilLeaseLost(job, progress: progress, logger: logger)
                return .leaseLost
            }
            group.addTask { [timeout = configuration.renderTimeout] in
                try await Task.sleep(for: timeout)
                return .timedOut
            }
            group.addTask {
                try await gracefulShutdown()
                return .shuttingDown
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw CancellationError() }
            return first
        }
    }

    /// Extends the lease every `heartbeatInterval`, and sooner when progress moved (at most
    /// every `progressInterval`). Returns when the store says the lease is gone.
    private func heartbeatUntilLeaseLost(_ job: Job, progress: ProgressTracker, logger: Logger) async throws {
        let clock = ContinuousClock()
        var lastProgress = -1.0
        var lastBeat = clock.now
        while true {
            try await Task.sleep(for: configuration.progressInterval)
            liveness.stamp(worker: index)
            let current = progress.value
            guard current != lastProgress || clock.now - lastBeat >= configuration.heartbeatInterval else { continue }
            do {
                let held = try await store.heartbeat(
                    jobID: job.id, workerID: id, progress: current, leaseExpiresAt: leaseExpiry()
                )
                if !held { return }
                lastProgress = current
                lastBeat = clock.now
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                // The lease outlives a few missed beats; keep rendering and try again.
                logger.warning("Heartbeat failed", metadata: ["error": "\(error)"])
            }
        }
    }

    /// Moves the files into place and marks the job completed. The heartbeat first
    /// confirms the lease, so the files of a job someone else took back are not touched.
    private func publish(_ video: RenderedVideo, of job: Job, from directory: String, logger: Logger) async throws {
        guard try await store.heartbeat(jobID: job.id, workerID: id, progress: 1, leaseExpiresAt: leaseExpiry()) else {
            logger.warning("Lease lost before the files were published")
            return
        }
        let finalDirectory = try outputs.moveIntoPlace(temporaryDirectory: directory, jobID: job.id)
        let folder = (finalDirectory as NSString).lastPathComponent
        func stored(_ path: String) -> String { "\(folder)/\((path as NSString).lastPathComponent)" }
        let output = JobOutput(
            videoFile: stored(video.videoPath),
            previewFile: stored(video.previewPath),
            posterFile: stored(video.posterPath),
            videoSize: video.videoSize
        )
        if try await store.complete(jobID: job.id, workerID: id, output: output, now: Date()) {
            metrics.completed.increment()
            logger.info("Completed", metadata: ["video_size": "\(video.videoSize)"])
        } else {
            logger.warning("Lease lost before completion; deleting the files")
            try? outputs.deleteOutputs(of: job.id)
        }
    }

    /// A failed attempt: back to the queue after a backoff while attempts remain, else `error`.
    /// The real error is logged; the client only ever sees `JobFailure.renderFailed`.
    private func retryOrFail(_ job: Job, after error: any Error, logger: Logger) async {
        logger.error("Render failed", metadata: ["error": "\(error)", "attempt": "\(job.attempts)"])
        guard configuration.retry.allowsRetry(afterAttempts: job.attempts) else {
            await finish(job, failure: .renderFailed, logger: logger)
            return
        }
        var generator = SystemRandomNumberGenerator()
        let delay = configuration.retry.delay(afterAttempt: job.attempts, using: &generator)
        do {
            let notBefore = Date().addingTimeInterval(delay.timeInterval)
            if try await store.requeue(jobID: job.id, workerID: id, notBefore: notBefore) {
                logger.info("Retrying later", metadata: ["delay": "\(delay)"])
            }
        } catch {
            logger.error("Could not requeue; the lease will expire and recover it", metadata: ["error": "\(error)"])
        }
    }

    private func finish(_ job: Job, failure: JobFailure, logger: Logger) async {
        do {
            if try await store.fail(jobID: job.id, workerID: id, failure: failure, now: Date()) {
                metrics.failed.increment()
            }
        } catch {
            logger.error("Could not record the failure; the lease will expire and recover it", metadata: ["error": "\(error)"])
        }
    }

    private func releaseForShutdown(_ job: Job, logger: Logger) async {
        do {
            try await store.release(jobID: job.id, workerID: id)
            logger.info("Released for shutdown")
        } catch {
            logger.warning("Could not release; the lease will expire and recover it", metadata: ["error": "\(error)"])
        }
    }
}
