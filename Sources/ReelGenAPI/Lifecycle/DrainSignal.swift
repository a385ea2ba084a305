import ServiceLifecycle

/// Listed last in the `ServiceGroup`, so graceful shutdown reaches it first: it marks the
/// node as draining and returns, and the group goes on to stop the workers.
struct DrainSignal: Service {
    let state: DrainState

    func run() async throws {
        do {
            try await gracefulShutdown()
        } catch is CancellationError {
            return
        }
        state.begin()
    }
}
