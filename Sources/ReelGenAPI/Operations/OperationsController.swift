import Hummingbird
import NIOCore
import Prometheus
import ReelGenJobs

/// Liveness, readiness and Prometheus metrics. Public: probes and scrapers carry no key.
struct OperationsController: Sendable {
    let store: any JobStore
    let drain: DrainState
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

    func readiness(context: APIRequestContext) async throws -> Response {
        guard !drain.isDraining else {
            throw APIError(.serviceUnavailable, "Shutting down: not taking new work.")
        }
        do {
            try await store.ping()
        } catch {
            context.logger.warning("Store unreachable", metadata: ["error": "\(error)"])
            throw APIError(.serviceUnavailable, "The job store is unreachable.")
        }
        return try GenerationsController.json(["status": "ready"], status: .ok)
    }

    /// Job counts are read from the store at scrape time, so every node reports the
    /// shared queue's truth.
    func metrics() async throws -> Response {
        let counts = try await store.countByStatus()
        for status in JobStatus.allCases {
            registry.makeGauge(name: "reelgen_jobs", labels: [("status", status.rawValue)]).set(Double(counts[status] ?? 0))
        }
        registry.makeGauge(name: "reelgen_queue_depth").set(Double(counts[.queued] ?? 0))
        return Response(
            status: .ok,
            headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer()))
        )
    }
}
