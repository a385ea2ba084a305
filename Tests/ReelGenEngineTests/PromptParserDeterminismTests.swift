import Foundation
import Testing
@testable import ReelGenEngine

@Suite("PromptParser: determinism, seeds and JSON")
struct PromptParserDeterminismTests {
    let parser = PromptParser()

    @Test func sameRequestSamePlan() {
        let request = RenderRequest(prompt: PromptParserShowcaseTests.dragonPrompt, negativePrompt: "rain", seed: 42)
        #expect(parser.plan(for: request) == parser.plan(for: request))
        #expect(PromptParser().plan(for: request) == parser.plan(for: request))
    }

    @Test func seedsVaryWhatThePromptLeavesOpen() {
        let plans = (0..<24).map { parser.plan(for: RenderRequest(prompt: "a fox in a meadow", seed: UInt32($0))) }
        #expect(Set(plans.map(\.timeOfDay)).count > 1)
        #expect(Set(plans.map { $0.beats[0].camera.motion }).count > 1)
        #expect(Set(plans.map(\.setting)) == [.meadow], "what the prompt says never varies")
        #expect(Set(plans.map { $0.subjects.map(\.concept) }) == [["fox"]])
    }

    @Test func seedsDoNotOverrideWhatThePromptSays() {
        for seed: UInt32 in 0..<16 {
            let plan = parser.plan(for: RenderRequest(prompt: "drone footage of a beach at sunset", seed: seed))
            #expect(plan.timeOfDay == .sunset)
            #expect(plan.beats[0].camera.motion == .aerial)
        }
    }

    @Test func planRoundTripsThroughJSON() throws {
        let plan = parser.plan(for: RenderRequest(prompt: "a tiny red bird flies over two dogs, then they run", negativePrompt: "fog", seed: 5))
        let data = try JSONEncoder().encode(plan)
        #expect(try JSONDecoder().decode(ScenePlan.self, from: data) == plan)
    }

    @Test func emptyAndOddPromptsStillPlan() {
        for prompt in ["", "   ", "!!!", "1234", "the of and"] {
            let plan = parser.plan(for: RenderRequest(prompt: prompt))
            #expect(plan.beats.count == 1)
            #expect(plan.beats[0].start == 0 && plan.beats[0].end == 1)
        }
    }
}
