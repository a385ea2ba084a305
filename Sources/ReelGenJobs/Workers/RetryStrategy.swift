/// How often a failed render is tried again and how long to wait between tries:
/// exponential backoff with jitter, so a struggling machine is not hammered in lockstep.
public struct RetryStrategy: Hashable, Sendable {
    /// Claims a job may use in all, crashes of its worker included.
    public var maxAttempts: Int
    /// Wait before the second attempt; doubles each attempt after that.
    public var initialDelay: Duration
    /// Ceiling for the doubling.
    public var maxDelay: Duration

    public init(maxAttempts: Int = 3, initialDelay: Duration = .seconds(2), maxDelay: Duration = .seconds(60)) {
        self.maxAttempts = max(1, maxAttempts)
        self.initialDelay = initialDelay
        self.maxDelay = maxDelay
    }

    /// Whether a job that has used `attempts` claims may be tried again.
    public func allowsRetry(afterAttempts attempts: Int) -> Bool {
        attempts < maxAttempts
    }

    /// The wait after failed attempt number `attempt` (1-based): the exponential delay,
    /// scaled by a random factor in 0.5...1 ("equal jitter").
    public func delay(afterAttempt attempt: Int, using generator: inout some RandomNumberGenerator) -> Duration {
        let doublings = min(max(attempt - 1, 0), 30)
        let exponential = min(initialDelay * (1 << doublings), maxDelay)
        return exponential * Double.random(in: 0.5...1, using: &generator)
    }
}
