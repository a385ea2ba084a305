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
    /// Let the engine add what a terse prompt leaves unsaid (light, depth, a distant
    /// backdrop), chosen from its plan and the seed: the AI/ML API's `enhance_prompt`.
    public var enhancePrompt: Bool

    public init(
        prompt: String,
        negativePrompt: String? = nil,
        style: Style? = nil,
        aspectRatio: AspectRatio = .landscape16x9,
        resolution: Resolution = .p720,
        duration: ClipDuration = .five,
        seed: UInt32 = 0,
        enhancePrompt: Bool = false
    ) {
        self.prompt = prompt
        self.negativePrompt = negativePrompt
        self.style = style
        self.aspectRatio = aspectRatio
        self.resolution = resolution
        self.duration = duration
        self.seed = seed
        self.enhancePrompt = enhancePrompt
    }

    /// Requests stored before `enhancePrompt` existed read as not enhanced.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            prompt: try container.decode(String.self, forKey: .prompt),
            negativePrompt: try container.decodeIfPresent(String.self, forKey: .negativePrompt),
            style: try container.decodeIfPresent(Style.self, forKey: .style),
            aspectRatio: try container.decode(AspectRatio.self, forKey: .aspectRatio),
            resolution: try container.decode(Resolution.self, forKey: .resolution),
            duration: try container.decode(ClipDuration.self, forKey: .duration),
            seed: try container.decode(UInt32.self, forKey: .seed),
            enhancePrompt: try container.decodeIfPresent(Bool.self, forKey: .enhancePrompt) ?? false
        )
    }

    public var frameSize: FrameSize { FrameSize(aspectRatio: aspectRatio, resolution: resolution) }
    public var frameCount: Int { duration.rawValue * Self.framesPerSecond }
}
