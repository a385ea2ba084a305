/// Words or phrases (space-separated, lemmatised) with one meaning.
struct LexiconEntry: Sendable {
    var phrases: [String]
    var meaning: LexicalMeaning
    /// Each phrase names its own subject concept ("gorilla" stays a gorilla, a kind of monkey)
    /// rather than being a synonym of the entry's name; always so for family words.
    var phrasesNameKinds = false

    init(_ phrases: [String], _ meaning: LexicalMeaning) {
        self.phrases = phrases
        self.meaning = meaning
    }

    /// `words` is a comma-separated list so multi-word phrases read naturally.
    init(_ words: String, _ meaning: LexicalMeaning) {
        self.init(words.split(separator: ",").map { $0.trimmingWhitespace() }, meaning)
    }
}

extension [LexiconEntry] {
    /// A concept named by `name` and its synonyms, or only by `spellings` when given
    /// (several words for one concept with a different implied count); `kinds` are concepts
    /// of their own that share everything else ("gorilla, lemur" with "monkey").
    static func subject(
        _ name: String, _ category: Subject.Category, also synonyms: String = "", kinds: String = "", spelled spellings: String? = nil,
        size: Subject.Size = .medium, habitat: Setting? = nil, count: Int? = nil, generic: Bool = false
    ) -> [LexiconEntry] {
        let concept = SubjectConcept(name: name, category: category, size: size, habitat: habitat, impliedCount: count, isGeneric: generic)
        let words = spellings.map { $0.split(separator: ",") } ?? [Substring(name)] + synonyms.split(separator: ",")
        var entries = [LexiconEntry(words.map { $0.trimmingWhitespace() }, .subject(concept))]
        if !kinds.isEmpty {
            var kindEntry = LexiconEntry(kinds.split(separator: ",").map { $0.trimmingWhitespace() }, .subject(concept))
            kindEntry.phrasesNameKinds = true
            entries.append(kindEntry)
        }
        return entries
    }
}

extension Substring {
    func trimmingWhitespace() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
