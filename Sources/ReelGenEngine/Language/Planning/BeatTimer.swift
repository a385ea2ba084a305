/// Shares the clip between beats in proportion to how much each clause says, with a floor
/// so no beat is too short to read: each gets 40 % / n plus its share of the rest.
struct BeatTimer: Sendable {
    /// Fraction of the clip shared out equally before weights apply.
    static let evenShare = 0.4

    /// Start and end of each beat, covering 0...1 in order, rounded to 1/1000.
    func spans(forWeights weights: [Int]) -> [(start: Double, end: Double)] {
        guard !weights.isEmpty else { return [] }
        let count = Double(weights.count)
        let total = Double(weights.reduce(0) { $0 + max($1, 1) })
        var spans: [(start: Double, end: Double)] = []
        var start = 0.0
        var cumulative = 0.0
        for (index, weight) in weights.enumerated() {
            cumulative += Self.evenShare / count + (1 - Self.evenShare) * Double(max(weight, 1)) / total
            let end = index == weights.count - 1 ? 1.0 : (cumulative * 1000).rounded() / 1000
            spans.append((start, end))
            start = end
        }
        return spans
    }
}
