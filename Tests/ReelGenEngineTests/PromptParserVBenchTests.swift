import Foundation
import Testing
@testable import ReelGenEngine

/// Prompts as real users type them (VBench, by category), in `Tests/Fixtures/vbench-category`.
@Suite("PromptParser: VBench prompts")
struct PromptParserVBenchTests {
    struct Expectation: Sendable, CustomTestStringConvertible {
        var prompt: String
        var setting: Setting?
        var subject: (concept: String, category: Subject.Category)?
        var action: Action?
        var feature: SceneFeature?
        var camera: CameraMove.Motion?
        var framing: CameraMove.Framing?

        var testDescription: String { prompt }
    }

    static let table: [Expectation] = [
        Expectation(prompt: "a zebra eating grass on the field", setting: .meadow, subject: ("zebra", .quadruped), action: .eat, feature: .grass),
        Expectation(prompt: "close up shot of a wild bear", subject: ("bear", .quadruped), framing: .closeUp),
        Expectation(prompt: "a cute pomeranian dog playing with a soccer ball", subject: ("dog", .quadruped)),
        Expectation(prompt: "an eagle flying over the mountains", setting: .mountains, subject: ("eagle", .bird), action: .fly),
        Expectation(prompt: "underwater footage of an octopus in a coral reef", setting: .underwater, subject: ("octopus", .fish), action: .swim),
        Expectation(prompt: "a person walking on a wet wooden bridge", setting: .bridge, subject: ("person", .person), action: .walk),
        Expectation(prompt: "businessman drinking whiskey at the bar counter of a hotel lounge", setting: .restaurant, subject: ("businessman", .person), action: .drink),
        Expectation(prompt: "drone shot of an abandoned coliseum on a snowy mountain top", setting: .mountains, subject: ("coliseum", .building), camera: .aerial),
        Expectation(prompt: "low angle footage of an apartment building", subject: ("apartment building", .building), camera: .tiltUp),
        Expectation(prompt: "a glass filled with beer", setting: .restaurant, subject: ("glass", .object), framing: .closeUp),
        Expectation(prompt: "close up pasta with bacon on plate", subject: ("pasta", .food), framing: .closeUp),
        Expectation(prompt: "aerial view of a train passing by a bridge", setting: .bridge, subject: ("train", .train), action: .drive, camera: .aerial),
        Expectation(prompt: "vehicles driving on highway", setting: .road, subject: ("vehicle", .vehicle), action: .drive),
        Expectation(prompt: "a sailboat sailing in the ocean", setting: .ocean, subject: ("sailboat", .boat), action: .sail),
        Expectation(prompt: "zoom in video of a tram passing by city", setting: .cityStreet, subject: ("tram", .train), camera: .zoomIn),
        Expectation(prompt: "bare trees in forest", setting: .forest, feature: .trees),
        Expectation(prompt: "time lapse video of foggy mountain forest", setting: .mountains, camera: .staticShot),
        Expectation(prompt: "a young woman playing the ukulele at home", setting: .interior, subject: ("woman", .person)),
        Expectation(prompt: "a close up shot of gypsophila flower", subject: ("flower", .plant), framing: .closeUp),
        Expectation(prompt: "a helicopter hovering over a city", setting: .cityStreet, subject: ("helicopter", .aircraft), action: .hover),
    ]

    @Test(arguments: table)
    func planMatches(_ expected: Expectation) throws {
        let plan = PromptParser().plan(for: RenderRequest(prompt: expected.prompt, seed: 3))
        if let setting = expected.setting { #expect(plan.setting == setting) }
        if let subject = expected.subject {
            let first = try #require(plan.subjects.first)
            #expect(first.concept == subject.concept)
            #expect(first.category == subject.category)
        }
        if let action = expected.action { #expect(plan.beats[0].actions.first?.action == action) }
        if let feature = expected.feature { #expect(plan.features.contains(feature)) }
        if let camera = expected.camera { #expect(plan.beats[0].camera.motion == camera) }
        if let framing = expected.framing { #expect(plan.beats[0].camera.framing == framing) }
    }

    static func vbenchPrompts() throws -> [String] {
        let directory = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "Fixtures/vbench-category")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path()).filter { $0.hasSuffix(".txt") }.sorted()
        return try files.flatMap { file in
            try String(contentsOf: directory.appending(path: file), encoding: .utf8)
                .split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    /// Every prompt gets a playable plan, nearly all find what they show, and it stays fast.
    @Test func coverageOfAllPrompts() throws {
        let prompts = try Self.vbenchPrompts()
        try #require(prompts.count >= 792)
        let parser = PromptParser()
        let clock = ContinuousClock()
        var plans: [ScenePlan] = []
        let elapsed = clock.measure {
            plans = prompts.map { parser.plan(for: RenderRequest(prompt: $0, seed: 1)) }
        }
        let withSubject = plans.filter { !$0.subjects.isEmpty }.count
        let withSubjectOrFeature = plans.filter { !$0.subjects.isEmpty || !$0.features.isEmpty }.count
        let millisecondsPerPlan = Double(elapsed.components.attoseconds / 1_000_000_000_000_000 + elapsed.components.seconds * 1000) / Double(plans.count)
        print("VBench coverage: \(withSubject)/\(plans.count) with a subject, \(withSubjectOrFeature) with a subject or feature, \(millisecondsPerPlan) ms per plan")

        for plan in plans {
            #expect(!plan.beats.isEmpty, "\(plan.prompt)")
            #expect(plan.beats.first?.start == 0 && plan.beats.last?.end == 1, "\(plan.prompt)")
            for subjectAction in plan.beats.flatMap(\.actions) {
                #expect(plan.subjects.indices.contains(subjectAction.subject), "\(plan.prompt)")
            }
        }
        #expect(Double(withSubject) / Double(plans.count) > 0.85)
        #expect(Double(withSubjectOrFeature) / Double(plans.count) > 0.93)
        #expect(millisecondsPerPlan < 50)
    }
}
