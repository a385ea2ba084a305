/// `reelgen/cinematic-v1`: the procedural film engine. Prompt → ScenePlan (Language) →
/// Scene (World) → frames (Render, Post) → MP4, GIF and poster (ClipRenderer).
public struct CinematicEngine: VideoEngine {
    public var id: String { "reelgen/cinematic-v1" }
    private let pool: RenderThreadPool
    private let renderer: ClipRenderer
    private let parser = PromptParser()

    public init(pool: RenderThreadPool) {
        self.pool = pool
        renderer = ClipRenderer(pool: pool)
    }

    public func render(_ request: RenderRequest, into directory: String, progress: @escaping RenderProgress) async throws -> RenderedVideo {
        try Task.checkCancellation()
        let plan = parser.plan(for: request)
        let pool = self.pool
        // Building the scene is CPU work too: it runs on a render thread, not the caller's.
        let source = try await pool.run { CinematicFrameSource(plan: plan, request: request, pool: pool) }
        return try await renderer.render(source, request: request, into: directory, progress: progress)
    }
}
