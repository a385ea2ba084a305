/// Everything an engine needs to make one clip. Same request, same bytes.
public struct RenderRequest: Hashable, Codable, Sendable {
    /// Frames per second of every clip.
    public static let framesPerSecond = 24

    public var prompt: String
    public var negativePrompt: String?
    public var style: Style?
    public var aspectRatio: AspectRatio
    public var resolution: Resolution
    public var duration: ClipDuration
    public var seed: UInt32

    public init(
        prompt: String,
        negativePrompt: String? = nil,
        style: Style? = nil,
        aspectRatio: AspectRatio = .landscape16x9,
        resolution: Resolution = .p720,
        duration: ClipDuration = .five,
        seed: UInt32 = 0
    ) {
        self.prompt = prompt
        self.negativePrompt = negativePrompt
        self.style = style
        self.aspectRatio = aspectRatio
        self.resolution = resolution
        self.duration = duration
        self.seed = seed
    }

    public var frameSize: FrameSize { FrameSize(aspectRatio: aspectRatio, resolution: resolution) }
    public var frameCount: Int { duration.rawValue * Self.framesPerSecond }
}
