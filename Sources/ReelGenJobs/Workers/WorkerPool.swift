public import Logging
public import ServiceLifecycle

/// The render workers of one process, as a `Service`: `configuration.workers` workers
/// claim and render jobs concurrently, and one loop returns the jobs of dead workers
/// (expired leases) to the queue, at start and every `leaseRecoveryInterval`. An idle
/// worker looks at the queue every `pollInterval`, and at once when `newJobs` rings.
///
/// On graceful shutdown the workers stop claiming, cancel their renders and release the
/// jobs back to `queued`; `run()` then returns.
public struct WorkerPool: Service {
    let store: any JobStore
    let engines: EngineRegistry
    let outputs: OutputStorage
    let configuration: Configuration
    let logger: Logger
    /// When each worker last looped, for `/readyz`.
    public let liveness: WorkerLiveness
    /// Ring it after queuing a job in this process to wake an idle worker at once.
    public let newJobs: NewJobSignal

    public init(
        store: any JobStore, engines: EngineRegistry, outputs: OutputStorage,
        configuration: Configuration = Configuration(), newJobs: NewJobSignal = NewJobSignal(), logger: Logger
    ) {
        self.store = store
        self.engines = engines
        self.outputs = outputs
        self.configuration = configuration
        self.logger = logger
        self.newJobs = newJobs
        self.liveness = WorkerLiveness(workers: configuration.workers, timeout: configuration.livenessTimeout)
    }

    /// The ids the workers claim under, `<prefix>-<index>`.
    public var workerIDs: [String] {
        (0..<configuration.workers).map { "\(configuration.workerIDPrefix)-\($0)" }
    }

    public func run() async throws {
        logger.info("Worker pool starting", metadata: ["workers": "\(configuration.workers)"])
        let metrics = WorkerMetrics()
        await withDiscardingTaskGroup { group in
            group.addTask { await recoverLeasesUntilShutdown() }
            for (index, workerID) in workerIDs.enumerated() {
                var logger = logger
                logger[metadataKey: "worker_id"] = "\(workerID)"
                let worker = Worker(
                    id: workerID, index: index, store: store, engines: engines, outputs: outputs,
                    configuration: configuration, metrics: metrics, liveness: liveness, newJobs: newJobs, logger: logger
                )
                group.addTask { await worker.run() }
            }
        }
        logger.info("Worker pool stopped")
    }

    private func recoverLeasesUntilShutdown() async {
        let recovery = LeaseRecovery(store: store, maxAttempts: configuration.retry.maxAttempts, logger: logger)
        let interval = configuration.leaseRecoveryInterval
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            await recovery.recoverOnce()
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }
}
