/// The words the parser understands: the things it can draw, from the concept catalogue, and
/// places, atmosphere, actions, camera and grammar, in code and split by domain
/// (`Lexicon+Places.swift`, `Lexicon+Actions.swift`...). Phrases are keyed by their
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
                if case .subject(var concept) = meaning, concept.isGeneric {
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
        entries: ConceptCatalogue.standard.entries.map(LexiconEntry.init(naming:)) + bodyParts + places + atmosphere
            + appearance + actions + camera + looks + grammar
    )

    /// Parts of creatures: kept as attributes of their owner, never subjects of their own.
    static let bodyParts: [LexiconEntry] = [
        LexiconEntry("jaw, mouth, maw, fang, tooth, teeth, beak, muzzle", .bodyPart(isMouth: true)),
        LexiconEntry("wing, claw, talon, tail, horn, scale, eye, paw, fur, feather, mane, head, hand, face, shoulder, bark, trunk, antler, hoof", .bodyPart(isMouth: false)),
    ]
}
