/// SplitMix64: the only source of randomness in the engine, so a plan's seed fixes every
/// choice the World makes and the same request gives the same bytes on every machine.
struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A float in 0..<1 from our own bits (the standard library's mapping is not promised stable).
    mutating func unit() -> Float {
        Float(next() >> 40) / Float(1 << 24)
    }

    /// A float in `low..<high`.
    mutating func value(_ low: Float, _ high: Float) -> Float {
        low + (high - low) * unit()
    }

    /// -1 or 1, for mirrored compositions.
    mutating func sign() -> Float {
        next() & 1 == 0 ? -1 : 1
    }
}
