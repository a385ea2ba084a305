import ServiceLifecycle

/// Listed just after the HTTP server, so it is stopped right before it: it holds the
/// server up until `period` has passed since the drain began, giving a load balancer
/// time to see `/readyz` answer 503 and move traffic away (`REELGEN_DRAIN_SECONDS`).
/// The workers release their jobs during that time, not after it.
struct DrainPeriod: Service {
    let state: DrainState
    let period: Duration

    func run() async throws {
        do {
            try await gracefulShutdown()
        } catch is CancellationError {
            return
        }
        let began = state.beganAt ?? .now
        try? await Task.sleep(until: began + period, clock: .continuous)
    }
}
