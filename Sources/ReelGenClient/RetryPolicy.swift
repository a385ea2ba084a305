/// How `ReelGenClient` retries: a refusal the server asks to have retried (429, 503), any
/// other server error or lost connection on a read, and a connection that never opened
/// on a create, each a bounded number of times. It waits as long as `Retry-After` says,
/// else exponentially longer each time, with jitter so a crowd of clients spreads out.
public struct RetryPolicy: Sendable {
    /// Tries in all, the first included.
    public var attempts: Int
    /// The wait before the second try, doubling after each.
    public var initialDelay: Duration
    /// No wait is longer, whatever `Retry-After` says.
    public var maxDelay: Duration

    public init(attempts: Int = 4, initialDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(30)) {
        self.attempts = max(1, attempts)
        self.initialDelay = initialDelay
        self.maxDelay = maxDelay
    }

    /// One try, never a retry.
    public static let never = RetryPolicy(attempts: 1)

    /// The wait after failed try number `attempt` (1 for the first): what the server asked
    /// for, or the backoff with up to a quarter more or less of jitter; `jitter` in 0...1.
    public func delay(after attempt: Int, retryAfter: Duration?, jitter: Double) -> Duration {
        if let retryAfter { return min(retryAfter, maxDelay) }
        let backoff = initialDelay * Int(1 << min(max(attempt - 1, 0), 20))
        return min(backoff * (0.75 + 0.5 * min(max(jitter, 0), 1)), maxDelay)
    }
}
