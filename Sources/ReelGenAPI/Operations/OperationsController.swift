import Hummingbird
import NIOCore
import Prometheus
import ReelGenJobs

/// Liveness, readiness and Prometheus metrics. Public: probes and scrapers carry no key.
struct OperationsController: Sendable {
    let store: any JobStore
    let drain: DrainState
    /// The in-process workers `/readyz` checks, and their ids.
    let workers: WorkerLiveness
    let workerIDs: [String]
    let registry: PrometheusCollectorRegistry

    func addRoutes(to router: Router<APIRequestContext>) {
        router.get("/healthz") { _, _ in
            try GenerationsController.json(["status": "ok"], status: .ok)
        }
        router.get("/readyz") { _, context in
            try await readiness(context: context)
        }
        router.get("/metrics") { _, _ in
            try await metrics()
        }
    }

    /// Ready when the store answers and every worker has looped recently (with
    /// `--workers 0` there are none to check), and not shutting down. A 503 names every
    /// check that failed.
    func readiness(context: APIRequestContext) async throws -> Response {
        guard !drain.isDraining else {
            throw APIError(.serviceUnavailable, "Not ready: shutting down, not taking new work.")
        }
        var failures: [String] = []
        do {
            try await store.ping()
        } catch {
            context.logger.warning("Store unreachable", metadata: ["error": "\(error)"])
            failures.append("the job store is unreachable")
        }
        let silent = workers.silentWorkers()
        if !silent.isEmpty {
            let names = silent.map { "\(workerIDs[$0.index]) silent for \(Self.seconds($0.silentFor)) s" }
            context.logger.warning("Workers not looping", metadata: ["workers": "\(names)"])
            failures.append("\(silent.count) of \(workers.workers) workers not alive (\(names.joined(separator: ", ")); limit \(Self.seconds(workers.timeout)) s)")
        }
        guard failures.isEmpty else {
            throw APIError(.serviceUnavailable, "Not ready: \(failures.joined(separator: "; ")).")
        }
        let alive = workers.workers == 0 ? "none in this process" : "\(workers.workers) of \(workers.workers) alive"
        let checks = ["store": "ok", "workers": alive]
        return try GenerationsController.json(Readiness(status: "ready", checks: checks), status: .ok)
    }

    /// `/readyz`'s 200 body.
    struct Readiness: Encodable {
        var status: String
        var checks: [String: String]
    }

    /// Seconds with one decimal, for messages.
    private static func seconds(_ duration: Duration) -> String {
        let tenths = (Double(duration.components.seconds) * 10 + Double(duration.components.attoseconds) * 1e-17).rounded()
        return "\(tenths / 10)"
    }

    // Computed: the descriptor type is not Sendable, so it can't be a stored static.
    static var jobs: MetricNameDescriptor {
        MetricNameDescriptor(namespace: "reelgen", metricName: "jobs", unitName: "", helpText: "Jobs in the shared queue, by status.")
    }
    static var queueDepth: MetricNameDescriptor {
        MetricNameDescriptor(namespace: "reelgen", metricName: "queue_depth", unitName: "", helpText: "Jobs waiting for a worker.")
    }

    /// Job counts are read from the store at scrape time, so every node reports the
    /// shared queue's truth.
    func metrics() async throws -> Response {
        let counts = try await store.countByStatus()
        for status in JobStatus.allCases {
            registry.makeGauge(descriptor: Self.jobs, labels: [("status", status.rawValue)]).set(Double(counts[status] ?? 0))
        }
        registry.makeGauge(descriptor: Self.queueDepth).set(Double(counts[.queued] ?? 0))
        return Response(
            status: .ok,
            headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer()))
        )
    }
}
