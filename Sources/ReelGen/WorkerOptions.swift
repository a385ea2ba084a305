import ArgumentParser
import ReelGenJobs

/// Options shared by `serve` and `worker`.
struct WorkerOptions: ParsableArguments {
    @Option(help: "Render workers in this process; each render already uses every core (REELGEN_WORKERS).")
    var workers: Int = Environment.int("REELGEN_WORKERS") ?? 1

    @Option(help: "Engine behind the pixverse/v5/text-to-video alias (REELGEN_DEFAULT_ENGINE).")
    var defaultEngine: String = Environment.string("REELGEN_DEFAULT_ENGINE") ?? "reelgen/cinematic-v1"

    @Option(help: "Delete outputs older than this, e.g. 7d, 12h, 30m (REELGEN_RETENTION).")
    var retention: String = Environment.string("REELGEN_RETENTION") ?? "7d"

    @Option(help: "Seconds a worker may go silent before its job is taken back (REELGEN_LEASE_SECONDS).")
    var leaseSeconds: Int = Environment.int("REELGEN_LEASE_SECONDS") ?? 30

    @Option(help: "Seconds a render may run before its job ends in error (REELGEN_RENDER_TIMEOUT).")
    var renderTimeout: Int = Environment.int("REELGEN_RENDER_TIMEOUT") ?? 900

    func validate() throws {
        guard workers >= 0 else { throw ValidationError("--workers must be 0 or more.") }
        guard retentionDuration != nil else { throw ValidationError("--retention must look like 7d, 12h, 30m or 45s; got '\(retention)'.") }
        guard leaseSeconds >= 2 else { throw ValidationError("--lease-seconds must be at least 2.") }
        guard renderTimeout >= 1 else { throw ValidationError("--render-timeout must be at least 1 second.") }
    }

    var retentionDuration: Duration? { Duration(spec: retention) }

    var poolConfiguration: WorkerPool.Configuration {
        WorkerPool.Configuration(
            workers: workers,
            leaseDuration: .seconds(leaseSeconds),
            heartbeatInterval: .seconds(max(1, leaseSeconds / 10)),
            renderTimeout: .seconds(renderTimeout)
        )
    }
}
