/// Finds the dictionary forms of an inflected word, the way WordNet's `morphy` does:
/// the exception lists first ("geese" → "goose", "ran" → "run"), then suffix rules per part of
/// speech, keeping only candidates that are real words (in the lexicon, or in WordNet when present).
struct Lemmatizer: Sendable {
    private struct SuffixRule: Sendable {
        var suffix: String
        var replacement: String
    }

    private static let rules: [PartOfSpeech: [SuffixRule]] = [
        .noun: [("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y"), ("s", "")]
            .map { SuffixRule(suffix: $0.0, replacement: $0.1) },
        .verb: [("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("s", "")]
            .map { SuffixRule(suffix: $0.0, replacement: $0.1) },
        .adjective: [("er", ""), ("est", ""), ("er", "e"), ("est", "e"), ("ier", "y"), ("iest", "y")]
            .map { SuffixRule(suffix: $0.0, replacement: $0.1) },
    ]

    let wordNet: WordNet?
    /// Single words of the lexicon: the valid lemmas when WordNet is missing.
    let knownWords: Set<String>

    /// Base forms of `word` as `partOfSpeech`, most likely first; empty when none is a known word.
    func lemmas(of word: String, as partOfSpeech: PartOfSpeech) -> [String] {
        var found: [String] = []
        func add(_ candidate: String) {
            if !found.contains(candidate) { found.append(candidate) }
        }
        for base in wordNet?.exceptionBases(of: word, as: partOfSpeech) ?? [] { add(base) }
        if isValid(word, as: partOfSpeech) { add(word) }
        for rule in Self.rules[partOfSpeech] ?? [] where word.hasSuffix(rule.suffix) && word.count > rule.suffix.count + 1 {
            let stem = String(word.dropLast(rule.suffix.count))
            let candidate = stem + rule.replacement
            if isValid(candidate, as: partOfSpeech) {
                add(candidate)
            } else if rule.replacement.isEmpty, let undoubled = Self.undoubled(stem), isValid(undoubled, as: partOfSpeech) {
                // "running" → "runn" → "run", "stopped" → "stopp" → "stop"
                add(undoubled)
            }
        }
        return found
    }

    /// Base forms across all parts of speech, nouns first, then verbs, then adjectives.
    func lemmas(of word: String) -> [String] {
        var found: [String] = []
        for partOfSpeech in PartOfSpeech.allCases {
            for lemma in lemmas(of: word, as: partOfSpeech) where !found.contains(lemma) {
                found.append(lemma)
            }
        }
        return found
    }

    /// With WordNet the part of speech must match ("singer" is no adjective "sing"); without it
    /// any lexicon word will do.
    private func isValid(_ candidate: String, as partOfSpeech: PartOfSpeech) -> Bool {
        guard let wordNet else { return knownWords.contains(candidate) }
        return wordNet.contains(candidate, as: partOfSpeech)
    }

    private static func undoubled(_ stem: String) -> String? {
        guard stem.count >= 3, let last = stem.last, stem.dropLast().last == last, !"aeiouls".contains(last) else { return nil }
        return String(stem.dropLast())
    }
}
