/// Cuts a tagged prompt into clauses in the order they happen: sentences, "then", "and then",
/// "after that"; "after X, Y" and "X before Y" keep X first; "X after Y" and "before X, Y" put Y first.
/// Clauses that only carry cues ("in slow motion") join their neighbour.
struct BeatSegmenter: Sendable {
    /// More beats than this would be too short to read on screen; the tail joins the last one.
    static let maximumBeats = 6

    func clauses(of words: [TaggedWord]) -> [Clause] {
        var clauses: [Clause] = []
        var sentence: [TaggedWord] = []
        for word in words {
            sentence.append(word)
            if word.isClauseBreak {
                clauses += orderedClauses(ofSentence: sentence)
                sentence = []
            }
        }
        clauses += orderedClauses(ofSentence: sentence)
        return merged(clauses)
    }

    private enum Placement {
        case inOrder, beforePrevious, afterNext
    }

    private func orderedClauses(ofSentence words: [TaggedWord]) -> [Clause] {
        var parts: [(clause: Clause, placement: Placement)] = []
        var current = Clause(words: [])
        var nextPlacement = Placement.inOrder
        var leadingMarker: SequenceMarker?

        func flush() {
            guard current.hasContent else {
                if let last = parts.indices.last { parts[last].clause.words += current.words }
                current = Clause(words: [])
                return
            }
            parts.append((current, nextPlacement))
            nextPlacement = .inOrder
            current = Clause(words: [])
        }

        for word in words {
            if case .sequence(let marker) = word.meaning {
                switch marker {
                case .then:
                    flush()
                case .after where !current.hasContent:
                    leadingMarker = .after
                case .after:
                    flush()
                    nextPlacement = .beforePrevious
                case .before where !current.hasContent:
                    leadingMarker = .before
                case .before:
                    flush()
                case .meanwhile:
                    break
                }
                current.words.append(word)
                continue
            }
            if word.isComma, let marker = leadingMarker, current.hasContent {
                current.words.append(word)
                nextPlacement = marker == .before ? .afterNext : .inOrder
                flush()
                leadingMarker = nil
                continue
            }
            current.words.append(word)
        }
        flush()

        var ordered = parts
        for index in ordered.indices {
            switch ordered[index].placement {
            case .beforePrevious where index > 0:
                ordered.swapAt(index, index - 1)
            case .afterNext where index + 1 < ordered.count:
                ordered.swapAt(index, index + 1)
                ordered[index + 1].placement = .inOrder
            default:
                break
            }
        }
        return ordered.map(\.clause)
    }

    /// Clauses without an event join the one before (or the next, at the start); extra beats join the last.
    private func merged(_ clauses: [Clause]) -> [Clause] {
        var result: [Clause] = []
        var carried: [TaggedWord] = []
        for clause in clauses {
            if !clause.hasEvent {
                if let last = result.indices.last { result[last].words += clause.words } else { carried += clause.words }
                continue
            }
            result.append(Clause(words: carried + clause.words))
            carried = []
        }
        if result.isEmpty { return [Clause(words: carried)] }
        result[result.count - 1].words += carried
        while result.count > Self.maximumBeats {
            let last = result.removeLast()
            result[result.count - 1].words += last.words
        }
        return result
    }
}
