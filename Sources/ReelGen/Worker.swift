import ArgumentParser
import Logging
import Metrics
import ReelGenAPI
import ReelGenEngine
import ReelGenJobs
import ServiceLifecycle

extension ReelGenCommand {
    /// Render workers without the HTTP API, for scaling out on a shared PostgreSQL queue.
    struct Worker: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run render workers only (scale out with REELGEN_DATABASE_URL).")

        @OptionGroup var store: StoreOptions
        @OptionGroup var workerOptions: WorkerOptions

        func run() async throws {
            let logger = Logger.cli("reelgen.worker")
            let opened = try await store.open(logger: logger)
            let engines = try EngineRegistry.standard(defaultEngineID: workerOptions.defaultEngine, pool: RenderThreadPool())
            var services: [any Service] = []
            if let database = opened.service { services.append(database) }
            services.append(WorkerPool(store: opened.store, engines: engines, outputs: opened.outputs, configuration: workerOptions.poolConfiguration, logger: logger))
            services.append(RetentionSweeper(store: opened.store, outputs: opened.outputs, retention: workerOptions.retentionDuration ?? RetentionSweeper.defaultRetention, logger: logger))
            let group = ServiceGroup(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
            logger.info("ReelGen workers started", metadata: ["workers": "\(workerOptions.workers)"])
            try await group.run()
        }
    }
}
