/// Called after each frame with the fraction of frames done, in 0...1.
public typealias RenderProgress = @Sendable (Double) -> Void

/// Something that turns a request into a clip on disk. Engines are interchangeable
/// behind this seam: the server and the workers know nothing else about them.
public protocol VideoEngine: Sendable {
    /// The model id clients name, e.g. `reelgen/testcard`.
    var id: String { get }

    /// Renders the clip into `directory` (which exists and is empty) and returns what it wrote.
    /// Throws `CancellationError` within one frame of the task being cancelled.
    func render(_ request: RenderRequest, into directory: String, progress: @escaping RenderProgress) async throws -> RenderedVideo
}
