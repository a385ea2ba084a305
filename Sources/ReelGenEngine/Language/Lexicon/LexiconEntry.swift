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
}

extension LexiconEntry {
    /// The words of a catalogue row, naming its concept.
    init(naming entry: CatalogueEntry) {
        let concept = SubjectConcept(
            name: entry.name, entry: entry.name, category: entry.category, size: entry.size, habitat: entry.habitat,
            impliedCount: entry.count, isGeneric: entry.has(.generic)
        )
        self.init(entry.phrases, .subject(concept))
    }
}

extension Substring {
    func trimmingWhitespace() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
