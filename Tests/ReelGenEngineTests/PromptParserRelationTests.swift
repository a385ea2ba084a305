import Testing
@testable import ReelGenEngine

/// The plan says how subjects stand to each other, from prepositions and verbs ("on",
/// "riding", "holding", "with"), and assumes what the prompt leaves unsaid.
@Suite("PromptParser: relations between subjects")
struct PromptParserRelationTests {
    let parser = PromptParser()

    private func relations(_ prompt: String) -> [String] {
        let plan = parser.plan(for: RenderRequest(prompt: prompt, seed: 1))
        return plan.relations.map { "\(plan.subjects[$0.subject].concept) \($0.kind.rawValue) \(plan.subjects[$0.object].concept)" }
    }

    @Test(arguments: [
        ("a knight on horseback", "knight on horse"),
        ("a cat on a fence", "cat on fence"),
        ("white fox on rock", "fox on boulder"),
        ("goat standing over a rock", "goat on boulder"),
        ("an eagle on a tree branch", "eagle on branch"),
        ("a man holding an umbrella", "man holds umbrella"),
        ("a child on her father's shoulders", "child on man"),
        ("a cowboy riding a horse in the desert", "cowboy rides horse"),
        ("a fisherman in a boat", "fisherman rides boat"),
        ("a woman with a flower", "woman holds flower"),
        ("a ladybug on a leaf", "ladybug on leaf"),
        ("a cat sleeping next to a dog", "cat beside dog"),
        ("a girl in a yellow raincoat", "girl wears raincoat"),
        ("a woman watering flowers in the garden", "flower beside woman"),
        ("a man wearing a black suit walking down the street", "man wears suit"),
        ("a man with a hat", "man wears hat"),
        ("a knight in armour", "knight wears armor"),
        ("woman and man in pajamas working from home", "woman wears pajamas"),
        ("woman and man in pajamas working from home", "man wears pajamas"),
    ])
    func whatThePromptSays(prompt: String, relation: String) {
        #expect(relations(prompt).contains(relation), "\(relations(prompt))")
    }

    @Test(arguments: [
        ("a person paddling a canoe on a lake", "person rides canoe"),
        ("a man driving a motorcycle on a road", "man rides motorcycle"),
        ("a girl eating a watermelon", "girl holds watermelon"),
        ("a man eating noodles", "man eats noodle"),
        ("koala eating leaves from a branch", "koala on branch"),
        ("close up view of a man drinking red wine", "man holds red wine"),
        ("a woman sitting at a table drinking coffee", "woman eats coffee"),
        ("a boy petting a dog", "dog beside boy"),
        ("a bee resting, a sunflower", "bee on sunflower"),
        ("a cute pomeranian dog playing with a soccer ball", "soccer ball beside dog"),
        ("a boy kicking a soccer ball in the park", "soccer ball beside boy"),
        ("a sheep eating yellow flowers from behind a wire fence", "fence beside sheep"),
    ])
    func whatItLeavesUnsaid(prompt: String, relation: String) {
        #expect(relations(prompt).contains(relation), "\(relations(prompt))")
    }

    @Test func aPlaceRelatesNoSubjects() {
        #expect(relations("a dog running on the beach").isEmpty)
        #expect(relations("a man walking in the park with a horse").isEmpty, "walking with a horse is not riding it")
        #expect(relations("a girl in a red dress walking a dog").allSatisfy { !$0.hasPrefix("girl rides") })
        #expect(!relations("a horse jumping over a fence").contains("horse on fence"), "over a thing is not on it")
        #expect(relations("a bird flying over the rocks").isEmpty, "a flyer over scenery is above it")
    }

    @Test func noOneRidesAToyBoatOrAnAnimalTheyWalkBeside() {
        #expect(relations("a boy playing with a toy boat").isEmpty)
        #expect(!relations("a man and a horse walking in a field").contains { $0.contains("rides") })
    }

    @Test func theNegativePromptTakesItsRelationsAway() {
        let plan = parser.plan(for: RenderRequest(prompt: "a knight on horseback", negativePrompt: "horse", seed: 1))
        #expect(plan.relations.isEmpty)
    }
}
