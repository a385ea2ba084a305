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

    /// "Snowy" means snow lying on the land; only snow that falls or pours snows.
    @Test func snowLiesOrFallsAsWritten() {
        let lying = parser.plan(for: RenderRequest(prompt: "a red fox runs through a snowy forest at dawn"))
        #expect(lying.features.contains(.snowCover) && !lying.weather.contains(.snow))
        #expect(lying.setting == .forest)
        for prompt in ["snow pouring on a tree", "snow falling on a quiet village", "a cabin in a blizzard", "it is snowing in the city"] {
            #expect(parser.plan(for: RenderRequest(prompt: prompt)).weather.contains(.snow), "\(prompt)")
        }
        #expect(parser.plan(for: RenderRequest(prompt: "a quiet winter scene")).setting == .snowfield)
        let none = parser.plan(for: RenderRequest(prompt: "snow falling on a snowy forest", negativePrompt: "snow"))
        #expect(!none.features.contains(.snowCover) && !none.weather.contains(.snow))
        #expect(!none.isSnowbound)
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
        let plan = parser.plan(for: RenderRequest(prompt: "a beagle and a cat on a sofa", negativePrompt: "no dogs"))
        #expect(plan.subjects.map(\.concept) == ["cat", "sofa"])
        let hounds = parser.plan(for: RenderRequest(prompt: "a wolfhound and a cat on a sofa", negativePrompt: "no dogs"))
        #expect(hounds.subjects.map(\.concept) == ["cat", "sofa"])
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
