import Metrics

/// The render metrics the workers emit; the API's Prometheus registry exports them.
struct WorkerMetrics: Sendable {
    let renderSeconds = Timer(label: "reelgen_render_seconds")
    let framesPerSecond = Gauge(label: "reelgen_render_frames_per_second")
    let completed = Counter(label: "reelgen_jobs_completed_total")
    let failed = Counter(label: "reelgen_jobs_failed_total")

    func recordRender(duration: Duration, frames: Int) {
        renderSeconds.record(duration: duration)
        let seconds = duration.timeInterval
        if seconds > 0 { framesPerSecond.record(Double(frames) / seconds) }
    }
}
