/// Splits a prompt into lower-cased words, numbers and punctuation.
///
/// Hyphens split words ("close-up" → "close", "up") so phrases match however they are written;
/// a possessive "'s" is dropped ("bird's eye" → "bird", "eye").
struct Tokenizer: Sendable {
    private static let punctuation: Set<Character> = [",", ".", "!", "?", ";", ":"]

    func tokens(of text: String) -> [Token] {
        var tokens: [Token] = []
        var wordStart: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let isWordCharacter = character.isLetter || character.isNumber || character == "'" || character == "’"
            if isWordCharacter {
                if wordStart == nil { wordStart = index }
            } else {
                if let start = wordStart { appendWord(text[start..<index], to: &tokens) }
                wordStart = nil
                if Self.punctuation.contains(character) {
                    tokens.append(Token(text: String(character), kind: .punctuation, range: index..<text.index(after: index)))
                }
            }
            index = text.index(after: index)
        }
        if let start = wordStart { appendWord(text[start..<text.endIndex], to: &tokens) }
        return tokens
    }

    private func appendWord(_ word: Substring, to tokens: inout [Token]) {
        var lowered = word.lowercased().replacing("’", with: "'")
        for suffix in ["'s", "'"] where lowered.hasSuffix(suffix) {
            lowered.removeLast(suffix.count)
            break
        }
        lowered = lowered.replacing("'", with: "")
        guard !lowered.isEmpty else { return }
        let isNumber = lowered.allSatisfy(\.isNumber)
        tokens.append(Token(text: lowered, kind: isNumber ? .number : .word, range: word.startIndex..<word.endIndex))
    }
}
