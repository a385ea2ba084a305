/// `reelgen/testcard`: a fast, real engine that draws a moving test card with the frame
/// number and the prompt's first words. For tests, smoke checks and measuring the encoder.
public struct TestcardEngine: VideoEngine {
    public let id = "reelgen/testcard"
    private let renderer: ClipRenderer

    public init(pool: RenderThreadPool) {
        renderer = ClipRenderer(pool: pool)
    }

    public func render(_ request: RenderRequest, into directory: String, progress: @escaping RenderProgress) async throws -> RenderedVideo {
        try await renderer.render(TestcardFrames(request: request), request: request, into: directory, progress: progress)
    }
}
