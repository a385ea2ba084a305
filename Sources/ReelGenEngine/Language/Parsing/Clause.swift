/// A stretch of the prompt that becomes one beat, in the order it happens.
struct Clause: Hashable, Sendable {
    var words: [TaggedWord]

    /// Where the clause starts in the prompt: pronouns are resolved in reading order even when
    /// "X after Y" plays Y first.
    var textPosition: Int { words.first?.tokens.lowerBound ?? 0 }

    /// Words that carry content, which sets how long the beat lasts.
    var weight: Int {
        words.filter { !$0.isStopWord && !$0.isClauseBreak && !$0.isComma && $0.meaning != nil || $0.otherVerb != nil }.count
    }

    /// Whether it says something happens or who is there; clauses that only add a camera or
    /// style cue ("in slow motion.") join their neighbour instead of making a beat.
    var hasEvent: Bool {
        words.contains { word in
            if word.otherVerb != nil { return true }
            switch word.meaning {
            case .subject, .action, .pronoun, .mouthOpening, .setting, .feature: return true
            default: return false
            }
        }
    }

    /// Names a subject itself, rather than only referring back to one.
    var namesSubject: Bool {
        words.contains { if case .subject = $0.meaning { true } else { false } }
    }

    var hasPronoun: Bool {
        words.contains { if case .pronoun = $0.meaning { true } else { false } }
    }

    var hasContent: Bool {
        words.contains { !$0.isStopWord && !$0.isClauseBreak && !$0.isComma }
    }

    /// The prompt text the clause came from.
    func text(in prompt: String, tokens: [Token]) -> String {
        let spoken = words.drop { word in
            if case .sequence = word.meaning { return true }
            return word.isComma || word.text == "and"
        }
        guard let first = spoken.first?.tokens.lowerBound, let last = spoken.last?.tokens.upperBound, first < last else { return "" }
        var text = prompt[tokens[first].range.lowerBound..<tokens[last - 1].range.upperBound]
        while let end = text.last, [",", ".", ";", "!", "?", ":", " "].contains(end) { text = text.dropLast() }
        return String(text)
    }
}
