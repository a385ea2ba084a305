import ReelGenEngine

/// How one render attempt ended, decided by whichever of its racing tasks finished first.
enum RenderAttemptOutcome: Sendable {
    /// The engine finished; its files are in the attempt's temporary directory.
    case rendered(RenderedVideo, Duration)
    /// A heartbeat found the job taken back: someone else owns it now.
    case leaseLost
    /// The render ran past `renderTimeout`.
    case timedOut
    /// The service is shutting down; the job goes back to the queue.
    case shuttingDown
}
