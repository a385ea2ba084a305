import Testing
@testable import ReelGenEngine

@Suite("Language: tokeniser and lemmatiser")
struct LanguageTextTests {
    @Test func tokenisesWordsNumbersAndPunctuation() {
        let tokens = Tokenizer().tokens(of: "A Close-up of 3 bird's nests, then   rain!")
        #expect(tokens.map(\.text) == ["a", "close", "up", "of", "3", "bird", "nests", ",", "then", "rain", "!"])
        #expect(tokens[4].kind == .number)
        #expect(tokens[7].kind == .punctuation)
        #expect(tokens.last?.isClauseBreak == true)
    }

    @Test func rangesPointIntoThePrompt() {
        let prompt = "Dogs RUN."
        let tokens = Tokenizer().tokens(of: prompt)
        #expect(tokens.map { String(prompt[$0.range]) } == ["Dogs", "RUN", "."])
    }

    @Test(arguments: [
        ("dogs", PartOfSpeech.noun, "dog"), ("geese", .noun, "goose"), ("women", .noun, "woman"), ("leaves", .noun, "leaf"),
        ("boxes", .noun, "box"), ("berries", .noun, "berry"), ("running", .verb, "run"), ("ran", .verb, "run"),
        ("flies", .verb, "fly"), ("rushes", .verb, "rush"), ("appears", .verb, "appear"), ("stopped", .verb, "stop"),
        ("tallest", .adjective, "tall"), ("bigger", .adjective, "big"),
    ])
    func lemmatisesLikeMorphy(word: String, partOfSpeech: PartOfSpeech, lemma: String) throws {
        try #require(WordNet.installed != nil)
        let lemmatizer = Lemmatizer(wordNet: WordNet.installed, knownWords: Lexicon.standard.words)
        #expect(lemmatizer.lemmas(of: word, as: partOfSpeech).contains(lemma))
    }

    @Test func lemmatisesFromTheLexiconWithoutWordNet() {
        let lemmatizer = Lemmatizer(wordNet: nil, knownWords: Lexicon.standard.words)
        #expect(lemmatizer.lemmas(of: "dragons", as: .noun) == ["dragon"])
        #expect(lemmatizer.lemmas(of: "walking", as: .verb) == ["walk"])
    }

    @Test func seededChoiceIsStableAndSpreads() {
        let choice = SeededChoice(seed: 9)
        #expect(choice.pick(Array(0..<100), for: "x") == choice.pick(Array(0..<100), for: "x"))
        let picks = Set((0..<50).map { SeededChoice(seed: UInt32($0)).pick(Array(0..<10), for: "x") })
        #expect(picks.count > 5)
    }
}
