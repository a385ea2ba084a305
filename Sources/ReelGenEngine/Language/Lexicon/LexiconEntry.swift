/// Words or phrases (space-separated, lemmatised) with one meaning.
struct LexiconEntry: Sendable {
    var phrases: [String]
    var meaning: LexicalMeaning

    init(_ phrases: [String], _ meaning: LexicalMeaning) {
        self.phrases = phrases
        self.meaning = meaning
    }

    /// `words` is a comma-separated list so multi-word phrases read naturally.
    init(_ words: String, _ meaning: LexicalMeaning) {
        self.init(words.split(separator: ",").map { $0.trimmingWhitespace() }, meaning)
    }

    /// A concept named by `name` and its synonyms, or only by `spellings` when given
    /// (several words for one concept with a different implied count).
    static func subject(
        _ name: String, _ category: Subject.Category, also synonyms: String = "", spelled spellings: String? = nil, size: Subject.Size = .medium,
        habitat: Setting? = nil, count: Int? = nil, generic: Bool = false
    ) -> LexiconEntry {
        let concept = SubjectConcept(name: name, category: category, size: size, habitat: habitat, impliedCount: count, isGeneric: generic)
        let words = spellings.map { $0.split(separator: ",") } ?? [Substring(name)] + synonyms.split(separator: ",")
        let phrases = words.map { $0.trimmingWhitespace() }
        return LexiconEntry(phrases, .subject(concept))
    }
}

extension Substring {
    func trimmingWhitespace() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
