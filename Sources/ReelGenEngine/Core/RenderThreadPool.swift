import Foundation

/// Dedicated threads for CPU-bound rendering and encoding, sized to the cores.
///
/// Rendering never runs on the Swift concurrency pool or a NIO event loop: those must stay
/// free to answer HTTP while a clip renders. `run` hands a whole clip to a fresh thread and
/// awaits it; inside it, `parallelFor` spreads tiles or rows over the pool's helper threads.
public final class RenderThreadPool: Sendable {
    /// Number of threads that take part in `parallelFor` (helpers plus the caller).
    public let width: Int

    private let shared = Shared()

    /// Enough runs per thread that one slow run (a band full of dragon) evens out.
    private static let runsPerThread = 8

    /// What the helper threads share with the pool; they hold it, not the pool, so the
    /// pool's `deinit` can run and tell them to stop. Every field is guarded by `condition`.
    private final class Shared: @unchecked Sendable {
        let condition = NSCondition()
        var batch: Batch?
        var generation = 0
        var stopping = false
    }

    /// One `parallelFor` call in flight: workers take indices until none are left.
    ///
    /// `body` is the caller's non-escaping closure; the caller clears it before returning,
    /// so a helper that wakes late holds only the emptied batch, never the closure.
    /// Fields are guarded by `Shared.condition`.
    private final class Batch: @unchecked Sendable {
        let count: Int
        var body: ((Int) -> Void)?
        var next = 0
        var finished = 0
        init(count: Int, body: @escaping (Int) -> Void) {
            self.count = count
            self.body = body
        }
    }

    /// - Parameter threads: how many threads share the work; defaults to the active core count.
    public init(threads: Int? = nil) {
        width = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
        for index in 1..<width {
            let shared = shared
            let thread = Thread { Self.helperLoop(shared) }
            thread.name = "reelgen-render-\(index)"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    deinit {
        shared.condition.lock()
        shared.stopping = true
        shared.condition.broadcast()
        shared.condition.unlock()
    }

    /// Runs `work` on a new dedicated thread and returns its result.
    public func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try work() })
            }
            thread.name = "reelgen-clip"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Calls `body` for every index in `0..<count`, spread over the pool, and returns when
    /// all calls are done. The calling thread works too. Calls from different threads take
    /// turns; `body` must not call `parallelFor` on the same pool.
    ///
    /// Threads take runs of consecutive indices, a few runs per thread, rather than one index
    /// at a time: a frame's rows would otherwise cost two lock round trips each.
    public func parallelFor(_ count: Int, _ body: (Int) -> Void) {
        guard count > 0 else { return }
        if width == 1 || count == 1 {
            for index in 0..<count { body(index) }
            return
        }
        let runs = min(count, width * Self.runsPerThread)
        withoutActuallyEscaping(body) { body in
            let batch = Batch(count: runs) { run in
                for index in (run * count / runs)..<((run + 1) * count / runs) { body(index) }
            }
            let condition = shared.condition
            condition.lock()
            while shared.batch != nil { condition.wait() }
            shared.batch = batch
            shared.generation &+= 1
            condition.broadcast()
            condition.unlock()

            Self.drain(batch, condition)

            condition.lock()
            while batch.finished < batch.count { condition.wait() }
            batch.body = nil
            shared.batch = nil
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Takes and runs indices of `batch` until none are left.
    private static func drain(_ batch: Batch, _ condition: NSCondition) {
        while true {
            condition.lock()
            guard batch.next < batch.count else {
                condition.unlock()
                return
            }
            let index = batch.next
            batch.next += 1
            condition.unlock()

            run(batch, index)

            condition.lock()
            batch.finished += 1
            if batch.finished == batch.count { condition.broadcast() }
            condition.unlock()
        }
    }

    /// Calls the batch's body for `index` in a frame of its own, so this thread's reference
    /// to the caller's closure is gone before the call is counted as finished.
    @inline(never)
    private static func run(_ batch: Batch, _ index: Int) {
        batch.body?(index)
    }

    private static func helperLoop(_ shared: Shared) {
        let condition = shared.condition
        var seen = 0
        while true {
            condition.lock()
            while !shared.stopping && (shared.batch == nil || shared.generation == seen) { condition.wait() }
            if shared.stopping {
                condition.unlock()
                return
            }
            seen = shared.generation
            let current = shared.batch!
            condition.unlock()
            drain(current, condition)
        }
    }
}
