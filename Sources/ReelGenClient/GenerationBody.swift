/// A create request as the client sends it (the AI/ML API fields).
public struct GenerationBody: Encodable, Sendable {
    public var model: String?
    public var prompt: String
    public var aspectRatio: String?
    public var resolution: String?
    public var duration: Int?
    public var negativePrompt: String?
    public var style: String?
    public var seed: Int?
    public var enhancePrompt: Bool?

    public init(
        model: String? = "pixverse/v5/text-to-video", prompt: String, aspectRatio: String? = nil, resolution: String? = nil,
        duration: Int? = nil, negativePrompt: String? = nil, style: String? = nil, seed: Int? = nil, enhancePrompt: Bool? = nil
    ) {
        self.model = model
        self.prompt = prompt
        self.aspectRatio = aspectRatio
        self.resolution = resolution
        self.duration = duration
        self.negativePrompt = negativePrompt
        self.style = style
        self.seed = seed
        self.enhancePrompt = enhancePrompt
    }

    enum CodingKeys: String, CodingKey {
        case model, prompt, resolution, duration, style, seed
        case aspectRatio = "aspect_ratio"
        case negativePrompt = "negative_prompt"
        case enhancePrompt = "enhance_prompt"
    }
}
