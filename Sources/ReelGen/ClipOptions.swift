import ArgumentParser
import ReelGenEngine

/// The request fields, shared by `generate`, `render` and `plan`.
struct ClipOptions: ParsableArguments {
    @Argument(help: "What the clip should show.") var prompt: String
    @Option(help: "360p, 540p, 720p or 1080p.") var resolution: String = "720p"
    @Option(help: "16:9, 4:3, 1:1, 3:4 or 9:16.") var aspectRatio: String = "16:9"
    @Option(help: "Seconds: 5 or 8 (1080p: 5 only).") var duration: Int = 5
    @Option(help: "anime, 3d_animation, clay, comic or cyberpunk.") var style: String?
    @Option(help: "0...2147483647; same request and seed give the same video.") var seed: UInt32?
    @Option(help: "What must not appear.") var negativePrompt: String?
    @Flag(help: "Let the engine add light, depth and backdrop the prompt leaves unsaid (the plan lists them).") var enhancePrompt = false

    func validate() throws {
        guard Resolution(rawValue: resolution) != nil else { throw ValidationError("--resolution must be one of \(Resolution.allCases.map(\.rawValue).joined(separator: ", ")).") }
        guard AspectRatio(rawValue: aspectRatio) != nil else { throw ValidationError("--aspect-ratio must be one of \(AspectRatio.allCases.map(\.rawValue).joined(separator: ", ")).") }
        guard let clip = ClipDuration(rawValue: duration) else { throw ValidationError("--duration must be 5 or 8.") }
        guard !(resolution == "1080p" && clip == .eight) else { throw ValidationError("1080p clips are limited to 5 seconds.") }
        if let style, Style(rawValue: style) == nil { throw ValidationError("--style must be one of \(Style.allCases.map(\.rawValue).joined(separator: ", ")).") }
        if let seed, seed > 2_147_483_647 { throw ValidationError("--seed must be at most 2147483647.") }
        guard !prompt.allSatisfy(\.isWhitespace) else { throw ValidationError("The prompt must not be empty.") }
    }

    /// The engine request; a missing seed becomes a random one.
    var request: RenderRequest {
        RenderRequest(
            prompt: prompt, negativePrompt: negativePrompt, style: style.flatMap(Style.init(rawValue:)),
            aspectRatio: AspectRatio(rawValue: aspectRatio)!, resolution: Resolution(rawValue: resolution)!,
            duration: ClipDuration(rawValue: duration)!, seed: seed ?? UInt32.random(in: 0...2_147_483_647), enhancePrompt: enhancePrompt
        )
    }
}
