public import Foundation
public import Logging
public import ServiceLifecycle

/// Deletes the files of jobs completed longer than `retention` ago (`REELGEN_RETENTION`),
/// every `interval`; those jobs then answer `completed` with `failure == .expired`.
/// Also clears temporary directories that crashed renders left behind.
public struct RetentionSweeper: Service {
    /// `REELGEN_RETENTION`'s default.
    public static let defaultRetention: Duration = .seconds(7 * 86400)

    /// Renders time out long before this, so an older temporary directory belongs to a dead worker.
    static let orphanedRenderAge: Duration = .seconds(86400)

    let store: any JobStore
    let outputs: OutputStorage
    let retention: Duration
    let interval: Duration
    let logger: Logger

    public init(
        store: any JobStore, outputs: OutputStorage,
        retention: Duration = RetentionSweeper.defaultRetention, interval: Duration = .seconds(60), logger: Logger
    ) {
        self.store = store
        self.outputs = outputs
        self.retention = retention
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            await sweepOnce(now: Date())
            try? await cancelWhenGracefulShutdown { [interval] in try await Task.sleep(for: interval) }
        }
    }

    /// One pass; returns the ids of the jobs whose files it deleted.
    @discardableResult
    public func sweepOnce(now: Date) async -> [UUID] {
        let cutoff = now.addingTimeInterval(-retention.timeInterval)
        var deleted: [UUID] = []
        do {
            for job in try await store.expireOutputs(completedBefore: cutoff) {
                do {
                    try outputs.deleteOutputs(of: job.id)
                    deleted.append(job.id)
                } catch {
                    logger.error("Could not delete expired files", metadata: ["job_id": "\(job.id)", "error": "\(error)"])
                }
            }
            try outputs.purgeTemporaryDirectories(olderThan: now.addingTimeInterval(-Self.orphanedRenderAge.timeInterval))
        } catch {
            logger.error("Retention sweep failed", metadata: ["error": "\(error)"])
        }
        if !deleted.isEmpty { logger.info("Deleted expired outputs", metadata: ["jobs": "\(deleted.count)"]) }
        return deleted
    }
}
