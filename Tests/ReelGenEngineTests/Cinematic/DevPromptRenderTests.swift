@testable import ReelGenEngine
import Testing

/// Every prompt of the development set stages and draws: no crash, no NaN, whatever
/// subjects, holdings, perches and rooms its words combine.
@Suite struct DevPromptRenderTests {
    /// The sweep is a minute of CPU work, so it runs on a dedicated thread: on the shared
    /// concurrency pool it would starve the service tests that run beside it.
    @Test func everyDevPromptStagesAndDraws() async throws {
        let prompts = try PromptParserVBenchTests.vbenchPrompts()
        #expect(prompts.count > 700)
        let faults = try await RenderThreadPool(threads: 1).run { prompts.flatMap(Self.faults(staging:)) }
        #expect(faults.isEmpty, "\(faults.count) faults, first: \(faults.prefix(5))")
    }

    /// What goes wrong when `prompt` is staged, its actors posed at three moments and a frame drawn.
    private static func faults(staging prompt: String) -> [String] {
        let source = CinematicFixtures.source(PromptParser().plan(for: RenderRequest(prompt: prompt, seed: 7)), width: 64, height: 36)
        var faults: [String] = []
        for actor in source.scene.actors {
            for time: Float in [0, 2.5, 4.9] {
                let finite = actor.mesh(at: time).positions.allSatisfy { $0.x.isFinite && $0.y.isFinite && $0.z.isFinite }
                if !finite { faults.append("\(prompt): \(actor.kind) has a non-finite vertex at \(time) s") }
            }
        }
        let frame = CinematicFixtures.frame(source, 60)
        if frame.pixels.count != 64 * 36 * 3 { faults.append("\(prompt): frame has \(frame.pixels.count) values") }
        return faults
    }
}
