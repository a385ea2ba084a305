import Foundation

/// Height fog with sun in-scattering (after Inigo Quilez's "better fog"): distance and
/// altitude both thin it, so far ridges fade into the sky and give the frame depth.
struct Fog: Sendable {
    var density: Float
    /// How fast the fog thins with height (1/metres).
    var falloff: Float
    var color: SIMD3<Float>
    var sunGlow: SIMD3<Float>

    /// The density at a viewer's `height`: the one term of `apply` shared by every pixel of a frame.
    func density(atHeight height: Float) -> Float {
        density * expf(-height * falloff)
    }

    /// `surface` seen at `distance` along unit ray `direction` from a viewer where the
    /// density is `base` (`density(atHeight:)`), through the fog.
    @inline(__always) func apply(_ surface: SIMD3<Float>, base: Float, direction: SIMD3<Float>, distance: Float, sun: SIMD3<Float>) -> SIMD3<Float> {
        let amount = amount(base: base, direction: direction, distance: distance)
        let facing = max(direction.dot(sun), 0)
        let squared = facing * facing, fourth = squared * squared
        let glow = fourth * fourth
        let fogColor = color + sunGlow * glow
        return surface + (fogColor - surface) * amount
    }

    /// How much of a surface's colour the fog replaces, 0 to 1, along the same ray as `apply`.
    @inline(__always) func amount(base: Float, direction: SIMD3<Float>, distance: Float) -> Float {
        let rise = direction.y * falloff
        let optical = abs(rise) > 1e-5 ? base * (1 - .exponential(-distance * rise)) / rise : base * distance
        return 1 - .exponential(-optical)
    }
}
