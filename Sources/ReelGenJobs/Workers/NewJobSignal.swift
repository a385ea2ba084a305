import Synchronization

/// Wakes this process's idle workers when its API queues a job, so the job is claimed at
/// once instead of at the next poll. Polling stays the fallback for what no signal
/// announces: jobs queued by other processes on a shared PostgreSQL queue, retries whose
/// backoff ran out, jobs recovered from dead workers.
///
/// A worker reads `generation` before it looks at the queue and then waits `since` it, so
/// a job queued between its look and its wait is not missed.
public final class NewJobSignal: Sendable {
    private struct State {
        var generation: UInt64 = 0
        var nextWaiterID: UInt64 = 0
        var waiters: [UInt64: CheckedContinuation<Void, Never>] = [:]
    }

    private let state = Mutex(State())

    public init() {}

    /// A job was queued: wakes every waiting worker. One claims it; the others find the
    /// queue empty and wait again.
    public func notify() {
        let waiters = state.withLock { state in
            state.generation &+= 1
            defer { state.waiters.removeAll() }
            return state.waiters
        }
        for waiter in waiters.values { waiter.resume() }
    }

    /// Counts `notify()` calls; read it before looking at the queue.
    var generation: UInt64 { state.withLock { $0.generation } }

    /// Returns once `notify()` has been called after `generation` read `seen` (at once if
    /// it already was), or when the task is cancelled.
    func wait(since seen: UInt64) async {
        let id = state.withLock { state in
            defer { state.nextWaiterID &+= 1 }
            return state.nextWaiterID
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let wakeNow = state.withLock { state in
                    // Cancellation is flagged before `onCancel` runs, so either this sees
                    // it or `onCancel` finds the waiter.
                    guard state.generation == seen, !Task.isCancelled else { return true }
                    state.waiters[id] = continuation
                    return false
                }
                if wakeNow { continuation.resume() }
            }
        } onCancel: {
            state.withLock { $0.waiters.removeValue(forKey: id) }?.resume()
        }
    }
}
