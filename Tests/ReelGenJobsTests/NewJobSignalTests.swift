@testable import ReelGenJobs
import Testing

@Suite struct NewJobSignalTests {
    /// Runs `body` against a deadline; false if it did not return in time.
    func returns(within limit: Duration, _ body: @escaping @Sendable () async -> Void) async -> Bool {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask { await body(); return true }
            group.addTask { try? await Task.sleep(for: limit); return false }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
    }

    @Test func waitReturnsOnNotifyAndAtOnceForANotifyItMissed() async {
        let signal = NewJobSignal()
        let seen = signal.generation
        #expect(await !returns(within: .milliseconds(200)) { await signal.wait(since: seen) }, "nothing queued: it waits")

        let waiting = Task { await signal.wait(since: seen) }
        try? await Task.sleep(for: .milliseconds(50))
        signal.notify()
        #expect(await returns(within: .seconds(5)) { await waiting.value })

        // Queued between the look at the queue and the wait: no wait at all.
        #expect(await returns(within: .seconds(5)) { await signal.wait(since: seen) })
        #expect(signal.generation == seen + 1)
    }

    @Test func everyWaiterWakesAndCancellationEndsAWait() async {
        let signal = NewJobSignal()
        let seen = signal.generation
        let waiters = (0..<3).map { _ in Task { await signal.wait(since: seen) } }
        try? await Task.sleep(for: .milliseconds(50))
        signal.notify()
        for waiter in waiters {
            #expect(await returns(within: .seconds(5)) { await waiter.value })
        }

        let cancelled = Task { await signal.wait(since: signal.generation) }
        try? await Task.sleep(for: .milliseconds(50))
        cancelled.cancel()
        #expect(await returns(within: .seconds(5)) { await cancelled.value })
    }
}
