/// Picks among equally valid options from the request's seed, so one seed always gives the same
/// take and another seed another one. Each decision is named, so adding a decision elsewhere
/// does not reshuffle the others. No `Hasher`: it is seeded per process.
struct SeededChoice: Sendable {
    let seed: UInt32

    func pick<Option>(_ options: [Option], for decision: String) -> Option {
        precondition(!options.isEmpty, "nothing to choose from for \(decision)")
        return options[Int(value(for: decision) % UInt64(options.count))]
    }

    /// SplitMix64 of the seed mixed with an FNV-1a hash of the decision's name.
    private func value(for decision: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in decision.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        var mixed = hash ^ (UInt64(seed) &* 0x9e37_79b9_7f4a_7c15)
        mixed = (mixed ^ (mixed >> 30)) &* 0xbf58_476d_1ce4_e5b9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94d0_49bb_1331_11eb
        return mixed ^ (mixed >> 31)
    }
}
