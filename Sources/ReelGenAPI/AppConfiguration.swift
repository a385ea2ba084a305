public import ReelGenJobs

/// Everything `buildApplication` needs, filled from CLI options and `REELGEN_*`
/// environment variables by `reelgen serve`, or directly by tests.
public struct AppConfiguration: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    /// Base of the absolute URLs handed out, e.g. `https://video.example.com`;
    /// defaults to the listen address.
    public var publicURL: String?
    /// Where SQLite, outputs and the URL-signing key live (`REELGEN_DATA`).
    public var dataDirectory = "./data"
    /// `postgres://...` to share one queue between processes (`REELGEN_DATABASE_URL`).
    public var databaseURL: String?
    /// The engine behind the `pixverse/v5/text-to-video` alias.
    public var defaultEngine = "reelgen/cinematic-v1"
    /// In-process render workers and their tuning; `workers.workers == 0` is an API-only node.
    public var workers = WorkerPool.Configuration()
    /// Outputs older than this are deleted (`REELGEN_RETENTION`).
    public var retention = RetentionSweeper.defaultRetention
    /// A key the server must accept (`REELGEN_API_KEY`); created if absent.
    public var apiKey: String?
    /// Secret for signing file URLs; nil reads or creates `<data>/signing.key`, which
    /// nodes sharing the data directory then share.
    public var signingKey: [UInt8]?
    /// How long signed file URLs stay valid.
    public var urlLifetime: Duration = .seconds(24 * 3600)
    public var queueLimits = QueueLimits(perKey: 20, global: 1000)
    /// Seconds a 429 or a 503 while shutting down asks the client to wait.
    public var retryAfterSeconds = 10
    /// After SIGTERM, how long the HTTP server keeps answering (creates and `/readyz` with
    /// 503) so a load balancer can move traffic away (`REELGEN_DRAIN_SECONDS`). The workers
    /// release their jobs at once; the server stops when both are done.
    public var drainPeriod: Duration = .zero

    public init() {}

    /// `publicURL`, or the listen address as a URL (`0.0.0.0` shown as `localhost`).
    public var resolvedPublicURL: String {
        if let publicURL { return publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL }
        let shownHost = host == "0.0.0.0" || host == "::" ? "localhost" : host
        return "http://\(shownHost):\(port)"
    }
}
