/// A fire the World placed: its flames, the smoke it gives off and the sparks it throws,
/// drawn over the shaded frame by `FirePass` as continuous functions of time.
struct FireSource: Sendable {
    /// Centre of the flames' base: on the ground, on the logs, or at a candle's wick.
    var base: SIMD3<Float>
    /// Half-width of the flames where they leave the fuel, metres (0: smoke alone, as from a chimney).
    var radius: Float
    /// How high the tongues reach, metres.
    var height: Float
    /// Thickness of the smoke plume above it, 0 (none) to 1 (a dense column).
    var smoke: Float
    /// Sparks in the air above it at any moment.
    var sparks: Int
    /// Horizontal drift of the smoke and sparks, metres per second: the wind.
    var wind: SIMD3<Float>
    /// Offsets the noise so fires side by side never flicker in step.
    var phase: Float

    var hasFlames: Bool { radius > 0 }

    /// How strongly the flames light what is around them, flickering with them: the same
    /// slow noise drives the light and the flames' size so the two breathe together.
    func flicker(at time: Float, noise: ValueNoise) -> Float {
        0.8 + 0.35 * noise.value(time * 3.1 + phase, phase * 3) - 0.1 * noise.value(time * 9.7, phase * 5 + 11)
    }
}
