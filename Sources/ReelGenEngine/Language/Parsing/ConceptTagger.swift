/// Finds the meaning of every word and phrase of a prompt: longest lexicon phrase first
/// (by surface words or lemmas), then WordNet for nouns, verbs and adjectives the lexicon lacks.
struct ConceptTagger: Sendable {
    let lexicon: Lexicon
    let lemmatizer: Lemmatizer
    let wordNet: WordNet?

    /// Verbs so general that reaching one up WordNet's verb hierarchy says nothing about the
    /// motion ("cut" is a kind of "change", "put" of "lay").
    private static let vagueVerbs: Set<String> = [
        "go", "move", "pass", "cross", "turn", "change", "make", "look", "take", "get", "be", "have", "show", "travel", "do", "come",
        "set", "put", "place", "lay", "pose", "rest", "cover", "roll", "stand", "act", "run", "drop", "fall",
    ]

    private static let determiners: Set<String> = ["a", "an", "the", "its", "his", "her", "their", "this", "that", "my", "our", "your", "some", "every"]

    func tag(_ tokens: [Token]) -> [TaggedWord] {
        let lemmas = tokens.map { $0.kind == .word ? lemmatizer.lemmas(of: $0.text) : [] }
        var tagged: [TaggedWord] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .punctuation {
                tagged.append(TaggedWord(tokens: index..<(index + 1), text: token.text, lemma: token.text, isClauseBreak: token.isClauseBreak, isComma: token.text == ","))
                index += 1
                continue
            }
            let subjectSoFar = tagged.reversed().prefix { !$0.isClauseBreak }.contains { $0.meaning?.isReferent == true }
            let word = lexiconMatch(at: index, tokens: tokens, lemmas: lemmas, previous: tagged.last, subjectSoFar: subjectSoFar)
                ?? wordNetMatch(at: index, tokens: tokens, lemmas: lemmas, previous: tagged.last)
            tagged.append(word)
            index = word.tokens.upperBound
        }
        return tagged
    }

    // MARK: Lexicon

    private func lexiconMatch(at start: Int, tokens: [Token], lemmas: [[String]], previous: TaggedWord?, subjectSoFar: Bool) -> TaggedWord? {
        var wordsAhead = 0
        while start + wordsAhead < tokens.count, tokens[start + wordsAhead].kind != .punctuation, wordsAhead < lexicon.longestPhrase {
            wordsAhead += 1
        }
        for length in stride(from: wordsAhead, through: 1, by: -1) {
            let range = start..<(start + length)
            // every reading of every spelling: "waves" is the sea as written and a greeting as "wave"
            var readings: [(key: String, meaning: LexicalMeaning)] = []
            for key in phraseKeys(range, tokens: tokens, lemmas: lemmas) {
                for meaning in lexicon.meanings(of: key) where !readings.contains(where: { $0.meaning == meaning }) {
                    readings.append((key, meaning))
                }
            }
            guard !readings.isEmpty else { continue }
            let surface = tokens[range.upperBound - 1].text
            let meaning = choose(readings.map(\.meaning), surface: surface, lemma: readings[readings.count - 1].key, previous: previous, subjectSoFar: subjectSoFar)
            let key = readings.first { $0.meaning == meaning }?.key ?? readings[0].key
            let lastKey = String(key.split(separator: " ").last ?? "")
            if meaning.isNounLike, surface != lastKey, surface.hasSuffix("ing") || surface.hasSuffix("ed"),
               wordNet?.contains(lastKey, as: .verb) == true {
                // "trained", "nesting", the "parked" of "a car parked": a verb here, whatever the noun means
                if length == 1 { return nil } else { continue }
            }
            let text = range.map { tokens[$0].text }.joined(separator: " ")
            var word = TaggedWord(tokens: range, text: text, lemma: key, meaning: meaning)
            word.isPlural = meaning.isNounLike && isPluralNoun(surface, lemma: String(key.split(separator: " ").last ?? ""))
            return word
        }
        if tokens[start].kind == .number, let value = Int(tokens[start].text), value > 0 {
            return TaggedWord(tokens: start..<(start + 1), text: tokens[start].text, lemma: tokens[start].text, meaning: value < 10_000 ? .count(value) : .stopWord)
        }
        return nil
    }

    /// Keys for a window of words: as written first, then with lemmas, every mix for short phrases.
    private func phraseKeys(_ range: Range<Int>, tokens: [Token], lemmas: [[String]]) -> [String] {
        var keys: [[String]] = [[]]
        for index in range {
            let forms = [tokens[index].text] + lemmas[index].filter { $0 != tokens[index].text }
            keys = keys.flatMap { prefix in forms.map { prefix + [$0] } }
        }
        return keys.map { $0.joined(separator: " ") }
    }

    /// Picks the noun or verb reading of an ambiguous word ("fly", "wave") from its neighbours:
    /// after a determiner, an adjective or a place noun it is a noun; right after a verb an
    /// "-s" word is its object ("eating leaves", "chasing flies"); inflected as a verb, right
    /// after a subject, or as "-s" once the sentence has a subject ("the dragon flies") it is
    /// an action.
    private func choose(_ meanings: [LexicalMeaning], surface: String, lemma: String, previous: TaggedWord?, subjectSoFar: Bool) -> LexicalMeaning {
        guard meanings.count > 1 else { return meanings[0] }
        let nounReading = meanings.first { $0.isNounLike }
        let verbReading = meanings.first { if case .action = $0 { true } else { false } }
        if let previous, Self.determiners.contains(previous.text) || previous.meaning?.isModifier == true, let nounReading {
            return nounReading
        }
        // right after a place noun, a thing is part of the place: "eating grass leaves", not leaving
        if let previous, previous.meaning?.isPlace == true, !previous.isPlural, case .subject? = nounReading, let nounReading {
            return nounReading
        }
        let afterVerb: Bool = if case .action? = previous?.meaning { true } else { previous?.otherVerb != nil }
        if afterVerb, surface != lemma, surface.hasSuffix("s"), let nounReading { return nounReading }
        let inflectedAsVerb = surface != lemma && (surface.hasSuffix("ing") || surface.hasSuffix("ed") || (surface.hasSuffix("s") && subjectSoFar))
        if let verbReading, inflectedAsVerb { return verbReading }
        // a bare verb right after a singular noun is rare ("tree bark" is bark; "dogs bark" barks)
        if let previous, case .subject = previous.meaning, !previous.isPlural, surface == lemma, let nounReading {
            return nounReading
        }
        let followsSubject = previous?.meaning?.isReferent == true || ["to", "and", "then"].contains(previous?.text)
        if let verbReading, followsSubject { return verbReading }
        return meanings[0]
    }

    private func isPluralNoun(_ surface: String, lemma: String) -> Bool {
        surface != lemma && lemmatizer.lemmas(of: surface, as: .noun).contains(lemma)
    }

    // MARK: WordNet

    private func wordNetMatch(at index: Int, tokens: [Token], lemmas: [[String]], previous: TaggedWord?) -> TaggedWord {
        let surface = tokens[index].text
        var word = TaggedWord(tokens: index..<(index + 1), text: surface, lemma: lemmas[index].first ?? surface)
        guard let wordNet, tokens[index].kind == .word else { return word }

        if let collocation = collocationMatch(at: index, tokens: tokens, wordNet: wordNet) {
            return collocation
        }
        let verbLemmas = lemmatizer.lemmas(of: surface, as: .verb).filter { wordNet.contains($0, as: .verb) }
        let nounLemmas = lemmatizer.lemmas(of: surface, as: .noun).filter { wordNet.contains($0, as: .noun) }
        let adjectiveLemmas = lemmatizer.lemmas(of: surface, as: .adjective).filter { wordNet.contains($0, as: .adjective) }
        let followsSubject = previous?.meaning?.isReferent == true
        let looksLikeVerb = !verbLemmas.isEmpty && (surface.hasSuffix("ing") || surface.hasSuffix("ed") || followsSubject || nounLemmas.isEmpty)
        let nextIsWord = index + 1 < tokens.count && tokens[index + 1].kind == .word

        if looksLikeVerb, let verb = verbLemmas.first {
            word.lemma = verb
            if let action = nearestAction(of: verb, wordNet: wordNet) {
                word.meaning = .action(action)
            } else {
                word.otherVerb = verb
            }
            return word
        }
        if let adjective = adjectiveLemmas.first, nounLemmas.isEmpty || nextIsWord {
            word.lemma = adjective
            word.meaning = .attribute
            return word
        }
        for noun in nounLemmas {
            if let meaning = nearestConcept(of: noun, wordNet: wordNet) {
                word.lemma = noun
                word.meaning = meaning
                word.isPlural = noun != surface
                return word
            }
        }
        if nounLemmas.contains(where: { namesARegion($0, wordNet: wordNet) }) {
            word.meaning = .place  // "in ukraine", "california": a word for wherever the clip is
            return word
        }
        if nounLemmas.isEmpty, wordNet.contains(surface, as: .adverb) {
            word.meaning = .pace  // "freshly baked", "wearing his gloves properly"
            return word
        }
        word.isUnresolvedNoun = nounLemmas.contains { isPhysicalThing($0, wordNet: wordNet) }
        word.isNoun = !nounLemmas.isEmpty
        return word
    }

    /// Whether WordNet files `noun` under physical objects or living things: something a
    /// clip could show, as against "moment" or "beauty".
    private func isPhysicalThing(_ noun: String, wordNet: WordNet) -> Bool {
        usualSense(of: noun, isA: ["physical object", "organism"], wordNet: wordNet)
    }

    /// Whether `noun` names a country, a state, a city or another region of the map, which
    /// says where the clip is rather than what it shows (a graveyard is a place to show).
    private func namesARegion(_ noun: String, wordNet: WordNet) -> Bool {
        usualSense(of: noun, isA: ["administrative district", "country", "city"], maxDepth: 8, wordNet: wordNet)
    }

    /// Whether the usual sense of `noun` is physical at all (a thing, a substance, a place),
    /// as against a quality or an act.
    private func isPhysical(_ noun: String, wordNet: WordNet) -> Bool {
        usualSense(of: noun, isA: ["physical entity"], maxDepth: 18, wordNet: wordNet)
    }

    /// Whether the most frequent sense of `noun` is a kind of one of `kinds`.
    private func usualSense(of noun: String, isA kinds: Set<String>, maxDepth: Int = 14, wordNet: WordNet) -> Bool {
        wordNet.nearestHypernym(of: noun, as: .noun, senses: 1, maxDepth: maxDepth) { kinds.contains($0) ? true : nil } ?? false
    }

    /// Two words WordNet knows as one noun ("police officer", "hot dog"), when the first is not in the lexicon.
    private func collocationMatch(at index: Int, tokens: [Token], wordNet: WordNet) -> TaggedWord? {
        guard index + 1 < tokens.count, tokens[index + 1].kind == .word else { return nil }
        let last = tokens[index + 1].text
        for lastForm in [last] + lemmatizer.lemmas(of: last, as: .noun) {
            let phrase = tokens[index].text + " " + lastForm
            guard wordNet.contains(phrase, as: .noun), let meaning = nearestConcept(of: phrase, wordNet: wordNet) else { continue }
            return TaggedWord(tokens: index..<(index + 2), text: tokens[index].text + " " + last, lemma: phrase, meaning: meaning, isPlural: lastForm != last)
        }
        return nil
    }

    /// The closest lexicon concept above `noun`; a family word keeps the prompt's own noun as
    /// the concept. A noun that usually names no physical thing ("beauty") names no living
    /// thing here, whatever its rarer senses are; a lifeless one it may ("a board").
    func nearestConcept(of noun: String, wordNet: WordNet) -> LexicalMeaning? {
        guard let found = wordNet.nearestHypernym(of: noun, as: .noun, usualSenses: true, recognise: lexicon.subjectOrPlace(named:)) else { return nil }
        if case .subject(let concept) = found, concept.category.isAlive, !isPhysical(noun, wordNet: wordNet) { return nil }
        if case .subject(var concept) = found, concept.isGeneric {
            concept.name = noun
            concept.isGeneric = false
            return .subject(concept)
        }
        return found
    }

    private func nearestAction(of verb: String, wordNet: WordNet) -> Action? {
        wordNet.nearestHypernym(of: verb, as: .verb, senses: 1, maxDepth: 2) { word in
            guard !Self.vagueVerbs.contains(word) else { return nil }
            for meaning in lexicon.meanings(of: word) {
                if case .action(let action) = meaning { return action }
            }
            return nil
        }
    }
}
