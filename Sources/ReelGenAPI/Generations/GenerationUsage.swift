import ReelGenEngine

/// What a generation costs, reported as `tokens_used` on create and `credits_used`
/// once it completed: one token per 64×64 pixel block per frame, so cost follows the
/// work a render does.
enum GenerationUsage {
    static func tokens(for request: RenderRequest) -> Int {
        let size = request.frameSize
        return size.width * size.height * request.frameCount / 4096
    }
}
