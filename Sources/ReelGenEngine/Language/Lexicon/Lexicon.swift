/// The concepts the parser understands, with their synonyms, shipped in code and split by
/// domain (`Lexicon+Creatures.swift`, `Lexicon+Places.swift`...). Phrases are keyed by their
/// lemmatised words joined with spaces ("close up", "black and white").
struct Lexicon: Sendable {
    /// Meanings per phrase, in table order (the first is the usual reading).
    private let meanings: [String: [LexicalMeaning]]
    /// Words of all phrases: the lemmatiser accepts them as lemmas even without WordNet.
    let words: Set<String>
    /// The most words in one phrase.
    let longestPhrase: Int

    init(entries: [LexiconEntry]) {
        var meanings: [String: [LexicalMeaning]] = [:]
        var words: Set<String> = []
        var longest = 1
        for entry in entries {
            for phrase in entry.phrases {
                var meaning = entry.meaning
                if case .subject(var concept) = meaning, entry.phrasesNameKinds || concept.isGeneric {
                    concept.name = phrase
                    meaning = .subject(concept)
                }
                meanings[phrase, default: []].append(meaning)
                let phraseWords = phrase.split(separator: " ").map(String.init)
                words.formUnion(phraseWords)
                longest = max(longest, phraseWords.count)
            }
        }
        self.meanings = meanings
        self.words = words
        self.longestPhrase = longest
    }

    func meanings(of phrase: String) -> [LexicalMeaning] {
        meanings[phrase] ?? []
    }

    /// The concept a word names, for the WordNet fallback to stop at.
    func subjectOrPlace(named word: String) -> LexicalMeaning? {
        meanings(of: word).first { meaning in
            switch meaning {
            case .subject, .setting, .feature: true
            default: false
            }
        }
    }

    static let standard = Lexicon(
        entries: creatures + bodyParts + people + vehicles + structures + plantsAndFood + objects + places + atmosphere
            + appearance + actions + camera + looks + grammar
    )
}
