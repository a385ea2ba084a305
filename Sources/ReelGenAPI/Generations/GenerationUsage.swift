import ReelGenEngine

/// What a generation costs: one token per 64×64 pixel block per frame, so cost follows
/// the work a render does. The AI/ML API names it `tokens_used` on create and
/// `credits_used` on retrieve; both responses carry this one object with both names, so a
/// client reading either name from either response gets the same number.
struct GenerationUsage: Encodable, Sendable {
    var tokens: Int

    init(for request: RenderRequest) {
        let size = request.frameSize
        tokens = size.width * size.height * request.frameCount / 4096
    }

    enum CodingKeys: String, CodingKey {
        case tokensUsed = "tokens_used"
        case creditsUsed = "credits_used"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(tokens, forKey: .tokensUsed)
        try container.encode(tokens, forKey: .creditsUsed)
    }
}

/// `meta` of both responses.
struct GenerationMeta: Encodable, Sendable {
    var usage: GenerationUsage
}
