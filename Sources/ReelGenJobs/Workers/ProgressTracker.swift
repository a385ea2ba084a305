import Synchronization

/// The latest progress an engine reported. The engine calls `report` on its render thread;
/// the heartbeat reads it on its own schedule, so progress writes are throttled.
final class ProgressTracker: Sendable {
    private let fraction = Mutex(0.0)

    func report(_ value: Double) {
        let clamped = min(max(value, 0), 1)
        fraction.withLock { $0 = max($0, clamped) }
    }

    var value: Double {
        fraction.withLock { $0 }
    }
}
