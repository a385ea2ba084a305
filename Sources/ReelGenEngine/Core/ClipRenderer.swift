/// The frame loop every engine shares: draws each frame of a `FrameSource` on a render
/// thread and streams it to the encoder, so engines only draw and never touch files,
/// threads, cancellation or progress themselves.
public struct ClipRenderer: Sendable {
    private let pool: RenderThreadPool

    public init(pool: RenderThreadPool) {
        self.pool = pool
    }

    /// Renders and encodes `request`'s clip from `source` into `directory` (which exists),
    /// writing `output.mp4`, `preview.gif` and `poster.jpg`.
    ///
    /// Runs on a dedicated thread of `pool`, with the encoder a frame behind on a thread of its
    /// own; two frame buffers take turns. Calls `progress` after
    /// every frame with the fraction done. When the task is cancelled it throws
    /// `CancellationError` before the next frame; on any failure it removes what it wrote.
    public func render(
        _ source: some FrameSource,
        request: RenderRequest,
        into directory: String,
        progress: @escaping RenderProgress
    ) async throws -> RenderedVideo {
        try Task.checkCancellation()
        let cancellation = CancellationFlag()
        return try await withTaskCancellationHandler {
            try await pool.run {
                try Self.renderFrames(of: source, request: request, into: directory, progress: progress, cancellation: cancellation)
            }
        } onCancel: {
            cancellation.cancel()
        }
    }

    private static func renderFrames(
        of source: some FrameSource,
        request: RenderRequest,
        into directory: String,
        progress: RenderProgress,
        cancellation: CancellationFlag
    ) throws -> RenderedVideo {
        let size = request.frameSize
        let frameCount = request.frameCount
        let encoder = BackgroundEncoder(try ClipEncoder(directory: directory, size: size, frameCount: frameCount), size: size)
        do {
            var image = RGBImage(size: size)
            var source = source
            for index in 0..<frameCount {
                if cancellation.isCancelled { throw CancellationError() }
                source.render(frame: index, into: &image)
                try encoder.append(&image, index: index)
                progress(Double(index + 1) / Double(frameCount))
            }
            if cancellation.isCancelled { throw CancellationError() }
            return try encoder.finish()
        } catch {
            encoder.discard()
            throw error
        }
    }
}
