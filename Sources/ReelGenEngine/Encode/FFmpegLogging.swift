import CFFmpeg

/// libx264 and libswscale print informational lines to stderr for every clip; a server's
/// log should only hear about errors, which reach callers as `FFmpegError` anyway.
enum FFmpegLogging {
    private static let quieted: Void = av_log_set_level(AV_LOG_ERROR)

    /// Lowers FFmpeg's log level once per process.
    static func quietOnce() {
        quieted
    }
}
