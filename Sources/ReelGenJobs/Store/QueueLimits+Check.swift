extension QueueLimits {
    /// Throws `QueueFullError` when one more queued job would exceed a limit. Both stores
    /// call this with counts read in the same transaction as the insert.
    func check(queuedForKey: Int, queuedOverall: Int) throws(QueueFullError) {
        if queuedForKey >= perKey { throw .perKey(limit: perKey) }
        if queuedOverall >= global { throw .global(limit: global) }
    }
}
