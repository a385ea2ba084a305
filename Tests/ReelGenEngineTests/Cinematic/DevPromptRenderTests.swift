@testable import ReelGenEngine
import Testing

/// Every prompt of the development set stages and draws: no crash, no NaN, whatever
/// subjects, holdings, perches and rooms its words combine.
@Suite struct DevPromptRenderTests {
    @Test func everyDevPromptStagesAndDraws() throws {
        let prompts = try PromptParserVBenchTests.vbenchPrompts()
        #expect(prompts.count > 700)
        for prompt in prompts {
            let source = CinematicFixtures.source(PromptParser().plan(for: RenderRequest(prompt: prompt, seed: 7)), width: 64, height: 36)
            for actor in source.scene.actors {
                for time: Float in [0, 2.5, 4.9] {
                    let finite = actor.mesh(at: time).positions.allSatisfy { $0.x.isFinite && $0.y.isFinite && $0.z.isFinite }
                    #expect(finite, "\(prompt): \(actor.kind) at \(time) s")
                }
            }
            let frame = CinematicFixtures.frame(source, 60)
            #expect(frame.pixels.count == 64 * 36 * 3, "\(prompt)")
        }
    }
}
