import Testing
@testable import ReelGenEngine

/// WordNet 3.0 (`wordnet-base`) backs the lexicon; CI installs it, and the parser must still
/// work from the lexicon alone when it is missing.
@Suite("Language: WordNet fallback")
struct LanguageWordNetTests {
    @Test func databaseIsInstalled() {
        #expect(WordNet.installed != nil, "install wordnet-base")
    }

    @Test func readsIndexAndSynsetsByOffset() throws {
        let wordNet = try #require(WordNet.installed)
        #expect(wordNet.contains("dog", as: .noun))
        #expect(wordNet.contains("hot dog", as: .noun))
        #expect(!wordNet.contains("zzzz", as: .noun))
        let offset = try #require(wordNet.synsetOffsets(of: "dog", as: .noun).first)
        let synset = try #require(wordNet.synset(at: offset, as: .noun))
        #expect(synset.words.contains("dog"))
        #expect(!synset.hypernymOffsets.isEmpty)
        #expect(wordNet.exceptionBases(of: "geese", as: .noun) == ["goose"])
    }

    @Test(arguments: [
        ("wolfhound", "dog", Subject.Category.quadruped),
        ("kestrel", "falcon", .bird),
        ("espresso", "coffee", .food),
        ("hatchback", "car", .vehicle),
        ("cockatiel", "parrot", .bird),
    ])
    func unknownNounsFallBackToTheirNearestKnownHypernym(word: String, concept: String, category: Subject.Category) throws {
        try #require(WordNet.installed != nil)
        let plan = PromptParser().plan(for: RenderRequest(prompt: "a \(word) in the morning"))
        let subject = try #require(plan.subjects.first)
        #expect(subject.concept == concept)
        #expect(subject.category == category)
        #expect(!plan.unusedWords.contains(word))
    }

    /// A physical thing no row reaches is listed as unresolved; an abstract noun ("beauty") is not.
    @Test func unresolvedNounsAreThePhysicalThingsLeftOut() throws {
        try #require(WordNet.installed != nil)
        let plan = PromptParser().plan(for: RenderRequest(prompt: "the beauty of an asteroid"))
        #expect(plan.unresolvedNouns == ["asteroid"])
        #expect(plan.subjects.isEmpty, "a beauty is not a person here, nor a peach")
    }

    @Test func familyWordsKeepThePromptsNoun() throws {
        try #require(WordNet.installed != nil)
        let subject = try #require(PromptParser().plan(for: RenderRequest(prompt: "a meerkat looking around")).subjects.first)
        #expect(subject.concept == "meerkat")
        #expect(subject.category == .quadruped)
    }

    @Test func withoutWordNetTheLexiconStillWorks() throws {
        let parser = PromptParser(wordNet: nil)
        let dragon = parser.plan(for: RenderRequest(prompt: PromptParserShowcaseTests.dragonPrompt))
        #expect(dragon.subjects.map(\.concept) == ["dragon"])
        #expect(dragon.beats.count == 2)
        #expect(dragon.beats[1].actions.map(\.action) == [.rushTowardCamera, .openJaws])
        let unknown = parser.plan(for: RenderRequest(prompt: "a wolfhound"))
        #expect(unknown.subjects.isEmpty)
        #expect(unknown.unusedWords == ["wolfhound"])
    }

    @Test func missingDirectoryGivesNoDatabase() {
        #expect(WordNet(directory: "/nonexistent/wordnet") == nil)
    }
}
