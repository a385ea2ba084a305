import Testing
@testable import ReelGenEngine

@Suite("PromptParser: negative prompt")
struct PromptParserNegativeTests {
    let parser = PromptParser()

    @Test func removesNamedSubjectsAndRepointsActions() throws {
        let plan = parser.plan(for: RenderRequest(prompt: "a man walking a dog in the park, then the dog runs", negativePrompt: "people"))
        #expect(plan.subjects.map(\.concept) == ["dog"])
        #expect(plan.removed.contains("person"))
        #expect(plan.beats.allSatisfy { $0.actions.allSatisfy { $0.subject == 0 } })
        #expect(plan.beats.last?.actions.first?.action == .run)
    }

    @Test func rainRulesOutStormsToo() {
        for seed: UInt32 in 0..<12 {
            let plan = parser.plan(for: RenderRequest(prompt: "a menacing dragon over a stormy sea in the rain", negativePrompt: "rain", seed: seed))
            #expect(!plan.weather.contains(.rain))
            #expect(!plan.weather.contains(.storm))
        }
        let plan = parser.plan(for: RenderRequest(prompt: "a castle", negativePrompt: "rain"))
        #expect(plan.removed.contains("rain") && plan.removed.contains("storm"))
    }

    @Test func removesFeaturesAndTheirSubjects() {
        let plan = parser.plan(for: RenderRequest(prompt: "tall trees and a tree house by a river with flowers", negativePrompt: "trees, flowers"))
        #expect(!plan.features.contains(.trees))
        #expect(!plan.features.contains(.flowers))
        #expect(!plan.subjects.contains { $0.concept == "tree" })
        #expect(plan.removed.contains("trees"))
    }

    @Test func wordNetMapsNegativeWordsToo() throws {
        try #require(WordNet.installed != nil)
        let plan = parser.plan(for: RenderRequest(prompt: "a beagle and a cat on a sofa", negativePrompt: "no wolfhound"))
        #expect(plan.subjects.map(\.concept) == ["cat", "sofa"])
    }

    @Test func negatedTimeOfDayIsNeverChosen() {
        for seed: UInt32 in 0..<16 {
            let plan = parser.plan(for: RenderRequest(prompt: "a mysterious forest", negativePrompt: "night", seed: seed))
            #expect(plan.timeOfDay != .night)
        }
    }

    @Test func qualityWordsAreIgnored() {
        let plan = parser.plan(for: RenderRequest(prompt: "a dog", negativePrompt: "blurry, low quality, watermark, text"))
        #expect(plan.removed.isEmpty)
        #expect(plan.subjects.map(\.concept) == ["dog"])
    }
}
