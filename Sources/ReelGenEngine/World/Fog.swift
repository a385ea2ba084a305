import Foundation

/// Height fog with sun in-scattering (after Inigo Quilez's "better fog"): distance and
/// altitude both thin it, so far ridges fade into the sky and give the frame depth.
struct Fog: Sendable {
    var density: Float
    /// How fast the fog thins with height (1/metres).
    var falloff: Float
    var color: SIMD3<Float>
    var sunGlow: SIMD3<Float>

    /// The density at a viewer's `height`: the one term of `amount` shared by every pixel of a frame.
    func density(atHeight height: Float) -> Float {
        density * expf(-height * falloff)
    }

    /// `surface` seen along unit ray `direction` through fog that replaces `amount` of it.
    @inline(__always) func apply(_ surface: SIMD3<Float>, amount: Float, direction: SIMD3<Float>, sun: SIMD3<Float>) -> SIMD3<Float> {
        let facing = max(direction.dot(sun), 0)
        let squared = facing * facing, fourth = squared * squared
        let glow = fourth * fourth
        let fogColor = color + sunGlow * glow
        return surface + (fogColor - surface) * amount
    }

    /// How much of a surface's colour the fog replaces, 0 to 1, seen at `distance` along
    /// unit ray `direction` from a viewer where the density is `base` (`density(atHeight:)`).
    @inline(__always) func amount(base: Float, direction: SIMD3<Float>, distance: Float) -> Float {
        amounts(base: base, rising: SIMD8(repeating: direction.y), distance: SIMD8(repeating: distance))[0]
    }

    /// `amount` for eight rays at once, given their directions' vertical components.
    @inline(__always) func amounts(base: Float, rising: SIMD8<Float>, distance: SIMD8<Float>) -> SIMD8<Float> {
        let rise = rising * falloff
        // A level ray meets the same density all the way: the limit of the general case.
        let level = (rise .< 1e-5) .& (rise .> -1e-5)
        var optical = base * (1 - .exponential(-distance * rise)) / rise.replacing(with: 1, where: level)
        optical.replace(with: base * distance, where: level)
        return 1 - .exponential(-optical)
    }
}
