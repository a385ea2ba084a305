import Testing
@testable import ReelGenEngine

@Suite("PromptParser: style and look")
struct PromptParserStyleTests {
    let parser = PromptParser()

    @Test(arguments: [
        ("a fox in anime style", Look.Kind.anime),
        ("a black and white video of a street", .blackAndWhite),
        ("an oil painting of a harbour", .oilPainting),
        ("a watercolor landscape of hills", .watercolor),
        ("pixel art knight walking", .pixelArt),
        ("a cyberpunk city street", .cyberpunk),
        ("claymation dog dancing", .clay),
        ("comic book hero flying", .comic),
        ("a pixar style robot", .threeDAnimation),
        ("vintage film of a train station", .vintageFilm),
        ("a cat on a sofa", .cinematic),
    ])
    func promptWordsChooseTheLook(prompt: String, kind: Look.Kind) {
        #expect(parser.plan(for: RenderRequest(prompt: prompt)).look.kind == kind)
    }

    @Test func styleFieldWinsOverPromptWords() {
        let plan = parser.plan(for: RenderRequest(prompt: "a fox in watercolor style", style: .comic))
        #expect(plan.look.kind == .comic)
        for style in Style.allCases {
            #expect(parser.plan(for: RenderRequest(prompt: "a fox in anime style", style: style)).look.kind == Look.Kind(style: style))
        }
    }

    @Test func styleWordsAreNotUnused() {
        #expect(parser.plan(for: RenderRequest(prompt: "a fox in anime style")).unusedWords.isEmpty)
    }

    @Test func slowMotionIsNoted() {
        #expect(parser.plan(for: RenderRequest(prompt: "a hummingbird flying in slow motion")).look.slowMotion)
        #expect(!parser.plan(for: RenderRequest(prompt: "a hummingbird flying")).look.slowMotion)
    }

    @Test func cyberpunkIsANeonNight() {
        let plan = parser.plan(for: RenderRequest(prompt: "a woman walking down a street", style: .cyberpunk))
        #expect(plan.timeOfDay == .night)
    }
}
