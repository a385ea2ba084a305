import ArgumentParser
import Foundation
import Hummingbird
import Logging
import Metrics
import Prometheus
import ReelGenAPI
import ReelGenJobs

extension ReelGenCommand {
    /// The API server with in-process workers.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run the HTTP API and render workers.")

        @Option(help: "Address to listen on (REELGEN_HOST).")
        var host: String = Environment.string("REELGEN_HOST") ?? "0.0.0.0"

        @Option(help: "Port to listen on (REELGEN_PORT).")
        var port: Int = Environment.int("REELGEN_PORT") ?? 8080

        @Option(name: .customLong("public-url"), help: "Base URL clients reach this server at, for file links (REELGEN_PUBLIC_URL).")
        private var publicURLFlag: String?

        /// The flag, else the environment: an optional can't default to the environment itself.
        var publicURL: String? { publicURLFlag ?? Environment.string("REELGEN_PUBLIC_URL") }

        @Option(help: "Seconds the API keeps answering after SIGTERM, with 503 for creates and /readyz, so a load balancer can drain this node (REELGEN_DRAIN_SECONDS).")
        var drainSeconds: Int = Environment.int("REELGEN_DRAIN_SECONDS") ?? 0

        @Option(help: "Generations one key may have queued at once; more are answered 429 (REELGEN_MAX_QUEUED_PER_KEY).")
        var maxQueuedPerKey: Int = Environment.int("REELGEN_MAX_QUEUED_PER_KEY") ?? AppConfiguration().queueLimits.perKey

        @Option(help: "Generations queued at once over all keys; more are answered 429 (REELGEN_MAX_QUEUED).")
        var maxQueued: Int = Environment.int("REELGEN_MAX_QUEUED") ?? AppConfiguration().queueLimits.global

        @OptionGroup var store: StoreOptions
        @OptionGroup var workerOptions: WorkerOptions

        func validate() throws {
            guard drainSeconds >= 0 else { throw ValidationError("--drain-seconds must be 0 or more.") }
            guard maxQueuedPerKey >= 1 else { throw ValidationError("--max-queued-per-key must be at least 1.") }
            guard maxQueued >= 1 else { throw ValidationError("--max-queued must be at least 1.") }
        }

        func run() async throws {
            let logger = Logger.cli("reelgen.serve")
            let registry = PrometheusCollectorRegistry()
            MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))

            var config = AppConfiguration()
            config.host = host
            config.port = port
            config.publicURL = publicURL
            config.dataDirectory = store.data
            config.databaseURL = store.databaseURL
            config.defaultEngine = workerOptions.defaultEngine
            config.workers = workerOptions.poolConfiguration
            config.retention = workerOptions.retentionDuration ?? config.retention
            config.queueLimits = QueueLimits(perKey: maxQueuedPerKey, global: maxQueued)
            config.apiKey = Environment.string("REELGEN_API_KEY")
            config.drainPeriod = .seconds(drainSeconds)
            let baseURL = config.resolvedPublicURL
            let app = try await buildApplication(config, logger: logger, registry: registry) { secret in
                Self.announce(firstKey: secret, baseURL: baseURL)
            }
            logger.info("ReelGen listening", metadata: ["url": "\(baseURL)", "workers": "\(workerOptions.workers)"])
            try await app.runService()
        }

        /// Shows a new key once, with a request ready to paste.
        private static func announce(firstKey secret: String, baseURL: String) {
            print("""

            ReelGen created your first API key (shown only now, keep it):

                \(secret)

            Try it:

                curl -s -X POST \(baseURL)/v2/video/generations \\
                  -H "Authorization: Bearer \(secret)" -H "Content-Type: application/json" \\
                  -d '{"model": "pixverse/v5/text-to-video", "prompt": "A red fox running through snowy woods at dawn", "resolution": "720p", "duration": 5}'

                curl -s "\(baseURL)/v2/video/generations?generation_id=<id from above>" -H "Authorization: Bearer \(secret)"

            """)
            fflush(nil)
        }
    }
}
