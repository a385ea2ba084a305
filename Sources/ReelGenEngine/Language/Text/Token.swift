/// One word, number or punctuation mark of a prompt, lower-cased, with where it came from
/// so a beat can quote its clause verbatim.
struct Token: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case word, number, punctuation
    }

    var text: String
    var kind: Kind
    /// Position in the original prompt.
    var range: Range<String.Index>

    var isClauseBreak: Bool { kind == .punctuation && [".", "!", "?", ";"].contains(text) }
}
