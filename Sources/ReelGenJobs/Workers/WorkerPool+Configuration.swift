import Foundation

extension WorkerPool {
    /// Tuning for the pool. The defaults suit production; tests shorten the intervals.
    public struct Configuration: Sendable {
        /// Concurrent renders in this process (`--workers`). Zero still recovers leases.
        public var workers: Int
        /// Prefix of each worker's id (`<prefix>-<index>`), unique per process so leases
        /// name who holds them.
        public var workerIDPrefix: String
        /// Wait between claims when the queue is empty, cut short when this process queues
        /// a job (`newJobs`); polling finds jobs queued by other processes.
        public var pollInterval: Duration
        /// How long a claim or heartbeat holds a job; a worker silent for longer is presumed dead.
        public var leaseDuration: Duration
        /// Longest gap between heartbeats while rendering.
        public var heartbeatInterval: Duration
        /// How often progress is written at most.
        public var progressInterval: Duration
        /// A render running longer ends the job in `error` (`timeout`).
        public var renderTimeout: Duration
        /// How often jobs of dead workers are looked for.
        public var leaseRecoveryInterval: Duration
        public var retry: RetryStrategy
        /// A worker that has not looped (claimed, woken from an idle wait or heartbeated)
        /// for this long is reported dead by `/readyz`. By default the longer of the lease
        /// and three poll intervals: a live worker is never silent that long.
        public var livenessTimeout: Duration

        public init(
            workers: Int = 1,
            workerIDPrefix: String = Configuration.defaultWorkerIDPrefix(),
            pollInterval: Duration = .milliseconds(200),
            leaseDuration: Duration = .seconds(30),
            heartbeatInterval: Duration = .seconds(2),
            progressInterval: Duration = .milliseconds(500),
            renderTimeout: Duration = .seconds(900),
            leaseRecoveryInterval: Duration = .seconds(5),
            retry: RetryStrategy = RetryStrategy(),
            livenessTimeout: Duration? = nil
        ) {
            self.workers = max(0, workers)
            self.workerIDPrefix = workerIDPrefix
            self.pollInterval = pollInterval
            self.leaseDuration = leaseDuration
            self.heartbeatInterval = heartbeatInterval
            self.progressInterval = progressInterval
            self.renderTimeout = renderTimeout
            self.leaseRecoveryInterval = leaseRecoveryInterval
            self.retry = retry
            self.livenessTimeout = livenessTimeout ?? max(leaseDuration, pollInterval * 3, heartbeatInterval * 3)
        }

        /// `<host>-<pid>-<random>`: distinct across processes and restarts of one process.
        public static func defaultWorkerIDPrefix() -> String {
            let info = ProcessInfo.processInfo
            return "\(info.hostName)-\(info.processIdentifier)-\(UInt16.random(in: .min ... .max))"
        }
    }
}
