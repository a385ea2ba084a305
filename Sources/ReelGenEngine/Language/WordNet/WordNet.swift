/// Read access to the WordNet 3.0 database files (Debian `wordnet-base`), used where the lexicon
/// is silent: lemma validation for the lemmatiser, exception lists, and hypernym chains so an
/// unknown noun falls back to the nearest concept the lexicon knows ("wolfhound" → dog).
///
/// Nothing is loaded up front: index and exception files are binary-searched and synsets are
/// read by byte offset, so opening costs a few file descriptors and a lookup a few `pread`s.
final class WordNet: Sendable {
    /// Where Debian installs the database.
    static let defaultDirectory = "/usr/share/wordnet"

    /// The process-wide database at the default location, opened on first use; nil when absent.
    static let installed: WordNet? = WordNet(directory: defaultDirectory)

    private let indexFiles: [PartOfSpeech: SortedLineFile]
    private let dataFiles: [PartOfSpeech: SortedLineFile]
    private let exceptionFiles: [PartOfSpeech: SortedLineFile]

    /// Opens the database in `directory`; nil unless at least the noun index and data are there.
    init?(directory: String) {
        var indexFiles: [PartOfSpeech: SortedLineFile] = [:]
        var dataFiles: [PartOfSpeech: SortedLineFile] = [:]
        var exceptionFiles: [PartOfSpeech: SortedLineFile] = [:]
        for partOfSpeech in PartOfSpeech.allCases {
            indexFiles[partOfSpeech] = SortedLineFile(path: "\(directory)/index.\(partOfSpeech.rawValue)")
            dataFiles[partOfSpeech] = SortedLineFile(path: "\(directory)/data.\(partOfSpeech.rawValue)")
            exceptionFiles[partOfSpeech] = SortedLineFile(path: "\(directory)/\(partOfSpeech.rawValue).exc")
        }
        guard indexFiles[.noun] != nil, dataFiles[.noun] != nil else { return nil }
        self.indexFiles = indexFiles
        self.dataFiles = dataFiles
        self.exceptionFiles = exceptionFiles
    }

    /// Whether `lemma` is a WordNet entry for `partOfSpeech` ("hot dog" is looked up as "hot_dog").
    func contains(_ lemma: String, as partOfSpeech: PartOfSpeech) -> Bool {
        indexLine(for: lemma, as: partOfSpeech) != nil
    }

    /// Base forms listed for an irregular inflection ("geese" → ["goose"]).
    func exceptionBases(of word: String, as partOfSpeech: PartOfSpeech) -> [String] {
        guard let line = exceptionFiles[partOfSpeech]?.line(withKey: Self.key(word)) else { return [] }
        return line.split(separator: " ").dropFirst().map { String($0).replacing("_", with: " ") }
    }

    /// Offsets of the synsets of `lemma`, most frequent sense first.
    func synsetOffsets(of lemma: String, as partOfSpeech: PartOfSpeech) -> [Int] {
        guard let line = indexLine(for: lemma, as: partOfSpeech) else { return [] }
        // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
        let fields = line.split(separator: " ")
        guard fields.count > 3, let synsetCount = Int(fields[2]), let pointerCount = Int(fields[3]) else { return [] }
        let firstOffset = 4 + pointerCount + 2
        guard fields.count >= firstOffset + synsetCount else { return [] }
        return fields[firstOffset..<(firstOffset + synsetCount)].compactMap { Int($0) }
    }

    func synset(at offset: Int, as partOfSpeech: PartOfSpeech) -> Synset? {
        dataFiles[partOfSpeech]?.line(at: offset).flatMap(Synset.init(line:))
    }

    /// Walks up the hypernyms of `lemma`'s first senses breadth first and returns the first
    /// answer `recognise` gives for a word of a synset on the way (the lemma's own synset first).
    /// A rarer sense wins only if it gets there in fewer steps than the penalty per sense rank
    /// ("raccoon" is first the fur in WordNet, but the animal is what a prompt means). With
    /// `usualSenses`, a word counts only in the synset of its most frequent sense: "beauty" is
    /// in a synset with "peach" (a beautiful person), which is not what "peach" means; and a
    /// rarer sense counts only through what it is a kind of, not through its synonyms, which
    /// are often slang ("a pile" of money is "a mint").
    func nearestHypernym<Answer>(
        of lemma: String, as partOfSpeech: PartOfSpeech, senses: Int = 2, maxDepth: Int = 14, senseRankPenalty: Int = 3,
        usualSenses: Bool = false, recognise: (String) -> Answer?
    ) -> Answer? {
        var best: (answer: Answer, score: Int)?
        for (rank, senseOffset) in synsetOffsets(of: lemma, as: partOfSpeech).prefix(senses).enumerated() {
            guard let depth = best.map({ $0.score - rank * senseRankPenalty - 1 }) ?? maxDepth as Int?, depth >= 0 else { break }
            if let found = nearestHypernym(
                ofSynset: senseOffset, excluding: lemma, as: partOfSpeech, maxDepth: min(depth, maxDepth), usualSenses: usualSenses,
                synonyms: rank == 0 || !usualSenses, recognise: recognise
            ) {
                best = (found.answer, found.depth + rank * senseRankPenalty)
            }
        }
        return best?.answer
    }

    private func nearestHypernym<Answer>(
        ofSynset start: Int, excluding lemma: String, as partOfSpeech: PartOfSpeech, maxDepth: Int, usualSenses: Bool, synonyms: Bool,
        recognise: (String) -> Answer?
    ) -> (answer: Answer, depth: Int)? {
        var frontier = [start]
        var visited: Set<Int> = [start]
        for depth in 0...maxDepth where !frontier.isEmpty {
            var next: [Int] = []
            for offset in frontier {
                guard let synset = synset(at: offset, as: partOfSpeech) else { continue }
                for word in synset.words where word != lemma && (synonyms || depth > 0) {
                    guard let answer = recognise(word) else { continue }
                    if !usualSenses || synsetOffsets(of: word, as: partOfSpeech).first == offset { return (answer, depth) }
                }
                for hypernym in synset.hypernymOffsets where visited.insert(hypernym).inserted {
                    next.append(hypernym)
                }
            }
            frontier = next
        }
        return nil
    }

    private func indexLine(for lemma: String, as partOfSpeech: PartOfSpeech) -> String? {
        indexFiles[partOfSpeech]?.line(withKey: Self.key(lemma))
    }

    private static func key(_ lemma: String) -> String {
        lemma.replacing(" ", with: "_")
    }
}
