/// One WordNet synonym set as read from a `data.*` line: its words and the offsets of its
/// hypernyms ("is a kind of", `@`) and instance hypernyms ("is an instance of", `@i`).
struct Synset: Hashable, Sendable {
    var words: [String]
    var hypernymOffsets: [Int]

    /// Parses `offset lex_filenum ss_type w_cnt (word lex_id)* p_cnt (ptr offset pos st)* ... | gloss`.
    init?(line: String) {
        let fields = line.split(separator: "|", maxSplits: 1)[0].split(separator: " ")
        guard fields.count > 4, let wordCount = Int(fields[3], radix: 16) else { return nil }
        var cursor = 4
        var words: [String] = []
        for _ in 0..<wordCount where cursor < fields.count {
            var word = fields[cursor].lowercased()
            if let marker = word.firstIndex(of: "(") { word = String(word[..<marker]) }
            words.append(word.replacing("_", with: " "))
            cursor += 2
        }
        guard cursor < fields.count, let pointerCount = Int(fields[cursor]) else { return nil }
        cursor += 1
        var hypernyms: [Int] = []
        for _ in 0..<pointerCount where cursor + 3 < fields.count {
            if fields[cursor] == "@" || fields[cursor] == "@i", let target = Int(fields[cursor + 1]) {
                hypernyms.append(target)
            }
            cursor += 4
        }
        self.words = words
        self.hypernymOffsets = hypernyms
    }
}
