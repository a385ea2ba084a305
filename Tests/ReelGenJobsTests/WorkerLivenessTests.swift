@testable import ReelGenJobs
import Testing

@Suite struct WorkerLivenessTests {
    @Test func aWorkerSilentPastTheTimeoutIsReportedUntilItLoopsAgain() {
        let start = ContinuousClock.now
        let liveness = WorkerLiveness(workers: 2, timeout: .seconds(10), start: start)
        #expect(liveness.silentWorkers(now: start + .seconds(10)).isEmpty, "both count as seen at the start")

        liveness.stamp(worker: 0, at: start + .seconds(8))
        let silent = liveness.silentWorkers(now: start + .seconds(15))
        #expect(silent.map(\.index) == [1])
        #expect(silent.first?.silentFor == .seconds(15))

        liveness.stamp(worker: 1, at: start + .seconds(14))
        #expect(liveness.silentWorkers(now: start + .seconds(15)).isEmpty)
        #expect(liveness.silentWorkers(now: start + .seconds(19)).map(\.index) == [0])
        liveness.stamp(worker: 0, at: start + .seconds(1))
        #expect(liveness.silentWorkers(now: start + .seconds(19)).map(\.index) == [0], "an older stamp does not move last-seen back")
    }

    @Test func defaultTimeoutOutlastsTheLeaseAndThePollInterval() {
        #expect(WorkerPool.Configuration(leaseDuration: .seconds(30)).livenessTimeout == .seconds(30))
        #expect(WorkerPool.Configuration(pollInterval: .seconds(20), leaseDuration: .seconds(30)).livenessTimeout == .seconds(60))
        #expect(WorkerPool.Configuration(workers: 0).livenessTimeout == .seconds(30))
    }
}
