extension JobFailure {
    /// The engine failed on every attempt.
    public static let renderFailed = JobFailure(name: "render_failed", message: "The video could not be rendered.")

    /// The render ran past the configured time limit.
    public static let timedOut = JobFailure(name: "timeout", message: "The video took too long to render.")

    /// Workers rendering the job stopped answering (crashed) too many times.
    public static let workerLost = JobFailure(name: "worker_lost", message: "The video could not be rendered: the render was interrupted too often.")

    /// No engine in this deployment renders the job's model.
    public static let unknownModel = JobFailure(name: "unknown_model", message: "The requested model is not available.")
}
