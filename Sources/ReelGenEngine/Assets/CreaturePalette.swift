import Foundation

/// Linear-RGB colours of a creature or figure.
struct CreaturePalette: Sendable {
    var skin: SIMD3<Float>
    var belly: SIMD3<Float>
    var membrane: SIMD3<Float>
    var horn: SIMD3<Float>
    var eye: SIMD3<Float>
    /// The marks in `membrane` are spots (a leopard's, a giraffe's, a cow's), not stripes.
    var spotted = false

    /// Near-black scales with an ember-red belly and glowing eyes: reads as evil at any size.
    static let menacingDragon = CreaturePalette(
        skin: SIMD3(0.03, 0.026, 0.03), belly: SIMD3(0.12, 0.045, 0.03), membrane: SIMD3(0.16, 0.03, 0.022),
        horn: SIMD3(0.42, 0.37, 0.3), eye: SIMD3(1, 0.3, 0.04))
    static let dragon = CreaturePalette(
        skin: SIMD3(0.08, 0.2, 0.07), belly: SIMD3(0.45, 0.38, 0.18), membrane: SIMD3(0.25, 0.1, 0.05),
        horn: SIMD3(0.6, 0.55, 0.45), eye: SIMD3(1, 0.8, 0.1))

    /// A palette built around a colour the prompt named (sRGB in 0...1).
    static func tinted(_ srgb: SIMD3<Float>, base: CreaturePalette) -> CreaturePalette {
        let linear = srgb.linearized
        var palette = base
        palette.skin = linear * 0.8
        palette.belly = linear.mixed(with: SIMD3(0.6, 0.55, 0.45), 0.5)
        palette.membrane = linear * 0.6
        return palette
    }
}

extension SIMD3 where Scalar == Float {
    /// The linear value of an sRGB colour (0...1), such as one a prompt names.
    var linearized: Self {
        Self(powf(x, 2.2), powf(y, 2.2), powf(z, 2.2))
    }

    /// The albedo of a surface painted in an sRGB colour a prompt names: its linear value,
    /// a little darker, since no surface reflects all the light of its colour.
    var namedAlbedo: Self {
        linearized * 0.8
    }
}
