import Synchronization

/// Whether this node is shutting down. From the moment graceful shutdown begins the
/// create routes and `/readyz` answer 503, while status, file and health requests are
/// still served until the HTTP server stops.
final class DrainState: Sendable {
    private let began = Mutex<ContinuousClock.Instant?>(nil)

    /// True once graceful shutdown has begun.
    var isDraining: Bool { began.withLock { $0 != nil } }

    /// When graceful shutdown began; nil while serving normally.
    var beganAt: ContinuousClock.Instant? { began.withLock { $0 } }

    /// Marks the start of the drain; later calls keep the first instant.
    func begin(at instant: ContinuousClock.Instant = .now) {
        began.withLock { if $0 == nil { $0 = instant } }
    }
}
