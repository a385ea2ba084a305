import Synchronization

/// When each worker of a pool was last seen looping: claiming, waking from an idle wait,
/// or heartbeating a render. `/readyz` reports a worker silent for longer than `timeout`
/// as dead (stuck in a store call, a hung render that stopped heartbeating, a loop that
/// ended).
public final class WorkerLiveness: Sendable {
    /// A worker not seen for this long is reported.
    public let timeout: Duration
    private let lastSeen: Mutex<[ContinuousClock.Instant]>

    /// Every worker counts as seen at `start`, so a pool that has not run yet gets `timeout` to start.
    init(workers: Int, timeout: Duration, start: ContinuousClock.Instant = .now) {
        self.timeout = timeout
        self.lastSeen = Mutex(Array(repeating: start, count: workers))
    }

    /// How many workers are watched (`--workers`).
    public var workers: Int { lastSeen.withLock { $0.count } }

    func stamp(worker index: Int, at instant: ContinuousClock.Instant = .now) {
        lastSeen.withLock { lastSeen in
            if lastSeen.indices.contains(index) { lastSeen[index] = max(lastSeen[index], instant) }
        }
    }

    /// The workers not seen within `timeout` before `now`, and for how long they have been silent.
    public func silentWorkers(now: ContinuousClock.Instant = .now) -> [(index: Int, silentFor: Duration)] {
        lastSeen.withLock { lastSeen in
            lastSeen.enumerated().compactMap { index, seen in
                let silence = seen.duration(to: now)
                return silence > timeout ? (index, silence) : nil
            }
        }
    }
}
