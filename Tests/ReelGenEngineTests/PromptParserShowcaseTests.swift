import Testing
@testable import ReelGenEngine

/// The prompt the engine is demonstrated with must come out exactly right.
@Suite("PromptParser: the dragon showcase")
struct PromptParserShowcaseTests {
    static let dragonPrompt = "A menacing evil dragon appears in a distance above the tallest mountain, then rushes toward the camera with its jaws open, revealing its sharp fangs"

    let plan = PromptParser().plan(for: RenderRequest(prompt: Self.dragonPrompt, seed: 7))

    @Test func settingAndFeatures() {
        #expect(plan.setting == .mountains)
        #expect(plan.features.first == .tallestPeak)
    }

    @Test func oneMenacingLargeDragon() throws {
        #expect(plan.subjects.count == 1)
        let dragon = try #require(plan.subjects.first)
        #expect(dragon.concept == "dragon")
        #expect(dragon.category == .dragon)
        #expect(dragon.size == .large)
        #expect(dragon.count == 1)
        #expect(dragon.attributes.contains("evil"))
        #expect(dragon.attributes.contains("menacing"))
        #expect(dragon.attributes.contains("sharp fangs"))
    }

    @Test func menacingDuskOrStormLight() {
        #expect(plan.mood == .menacing)
        #expect(plan.timeOfDay == .dusk || plan.weather.contains(.storm))
    }

    @Test func appearsInTheDistanceThenRushesWithJawsOpen() throws {
        try #require(plan.beats.count == 2)
        let (first, second) = (plan.beats[0], plan.beats[1])
        #expect(first.start == 0)
        #expect(first.end == second.start)
        #expect(second.end == 1)
        #expect(first.actions.map(\.action).contains(.appear))
        #expect(first.actions.contains { [.fly, .hover].contains($0.action) })
        #expect(first.actions.allSatisfy { $0.subject == 0 })
        #expect(first.actions.first?.modifiers.contains("in the distance") == true)
        #expect([.staticShot, .dollyIn].contains(first.camera.motion))
        #expect(second.actions.map(\.action) == [.rushTowardCamera, .openJaws])
        #expect(second.actions.allSatisfy { $0.subject == 0 })
        #expect(first.text == "A menacing evil dragon appears in a distance above the tallest mountain")
        #expect(second.text == "rushes toward the camera with its jaws open, revealing its sharp fangs")
    }

    /// Other seeds give other takes, all within what the prompt asks.
    @Test(arguments: 0..<16)
    func everySeedKeepsTheShowcase(seed: Int) throws {
        let plan = PromptParser().plan(for: RenderRequest(prompt: Self.dragonPrompt, seed: UInt32(seed)))
        #expect(plan.setting == .mountains && plan.mood == .menacing)
        #expect(plan.timeOfDay == .dusk || plan.weather.contains(.storm))
        try #require(plan.beats.count == 2)
        #expect([.staticShot, .dollyIn].contains(plan.beats[0].camera.motion))
        #expect([.staticShot, .dollyIn].contains(plan.beats[1].camera.motion))
        #expect(plan.beats[1].actions.map(\.action) == [.rushTowardCamera, .openJaws])
    }

    @Test func everyWordIsUsed() {
        #expect(plan.unusedWords.isEmpty)
        #expect(plan.removed.isEmpty)
        #expect(plan.look == Look(kind: .cinematic))
    }
}

/// `enhance_prompt` fills in only what the prompt leaves unsaid, the same way every time,
/// and the plan lists what it added.
@Suite struct PromptEnhancerTests {
    private func plan(_ prompt: String, enhance: Bool, negative: String? = nil) -> ScenePlan {
        PromptParser().plan(for: RenderRequest(prompt: prompt, negativePrompt: negative, seed: 3, enhancePrompt: enhance))
    }

    @Test func aTersePromptGainsLightAndDepth() {
        let plain = plan("a fox", enhance: false), enhanced = plan("a fox", enhance: true)
        #expect(plain.enhancements.isEmpty)
        #expect(enhanced.timeOfDay == .goldenHour && enhanced.enhancements.contains("golden-hour light"))
        #expect(enhanced.look.shallowFocus && enhanced.enhancements.contains("shallow depth of field"))
        #expect(enhanced == plan("a fox", enhance: true), "deterministic")
        #expect(enhanced.subjects == plain.subjects && enhanced.setting == plain.setting, "what was asked stays")
    }

    @Test func whatThePromptSaysIsNeverOverridden() {
        let night = plan("a fox at night", enhance: true)
        #expect(night.timeOfDay == .night && !night.enhancements.contains("golden-hour light"))
        let dusk = plan("a menacing wolf", enhance: true)
        #expect(dusk.timeOfDay == .dusk, "a dark mood is lit after sunset, not by the golden hour")
        let bare = plan("an empty meadow", enhance: true, negative: "mountains")
        #expect(!bare.features.contains(.mountainRange), "the negative prompt still rules")
        let inside = plan("a cat sleeping on a sofa", enhance: true)
        #expect(inside.timeOfDay == plan("a cat sleeping on a sofa", enhance: false).timeOfDay, "a room has no sky to relight")
    }
}
