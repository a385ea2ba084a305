import Hummingbird
import Prometheus

/// Records each request's latency in the `reelgen_http_request_duration_seconds`
/// histogram, labelled by method and status class.
struct HTTPMetricsMiddleware: RouterMiddleware {
    typealias Context = APIRequestContext

    let registry: PrometheusCollectorRegistry

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        registry.makeDurationHistogram(
            descriptor: MetricNameDescriptor(
                namespace: "reelgen", subsystem: "http", metricName: "request_duration", unitName: "seconds",
                helpText: "Time from a request's arrival to its response, by method and status class."),
            labels: [("method", request.method.rawValue), ("status", "\(response.status.code / 100)xx")],
            buckets: [.microseconds(500), .milliseconds(1), .milliseconds(5), .milliseconds(25), .milliseconds(100), .milliseconds(500), .seconds(2)]
        ).record(ContinuousClock.now - start)
        return response
    }
}
