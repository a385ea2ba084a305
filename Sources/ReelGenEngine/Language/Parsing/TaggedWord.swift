/// A word or phrase of the prompt with what it means to the planner.
struct TaggedWord: Hashable, Sendable {
    /// Indices into the prompt's tokens.
    var tokens: Range<Int>
    /// The words as written (lower-cased, space-joined).
    var text: String
    /// The dictionary form the meaning was found under.
    var lemma: String
    /// Nil when neither the lexicon nor WordNet knew it.
    var meaning: LexicalMeaning?
    /// A plural noun ("dogs").
    var isPlural = false
    /// A verb the lexicon has no animation for ("cooking"): the subject idles, the verb is kept as a modifier.
    var otherVerb: String?
    /// A noun WordNet knows as a physical thing that reached no catalogue concept ("kiln").
    var isUnresolvedNoun = false
    /// A noun that reached no concept at all, physical or not ("music", "kiln").
    var isNoun = false
    /// A punctuation mark that ends a clause or sentence.
    var isClauseBreak = false
    var isComma = false

    /// Grammar with no content of its own: a preposition only links two things.
    var isStopWord: Bool {
        switch meaning {
        case .stopWord, .relation: true
        default: false
        }
    }
}
