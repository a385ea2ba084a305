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
        self.init(entry.phrases, .subject(SubjectConcept(entry)))
    }
}

extension SubjectConcept {
    /// The concept a catalogue row names.
    init(_ entry: CatalogueEntry) {
        self.init(name: entry.name, entry: entry.name, category: entry.category, size: entry.size, habitat: entry.habitat,
                  impliedCount: entry.count, isGeneric: entry.has(.generic))
    }
}

extension Substring {
    func trimmingWhitespace() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
