import Foundation

/// The rippled water surface at one point, as shading and reflections both see it: the
/// perturbed normal, the reflected view ray and how much of it the water reflects.
struct WaterSurface {
    /// Ripple slope in x and z: small, so far water reads as a mirror.
    let ripple: SIMD2<Float>
    let reflected: SIMD3<Float>
    /// Schlick's Fresnel: the share of light reflected, from 2 % looking down to all at grazing.
    let fresnel: Float
    /// The steepest ripple slope, either way: the waves' slopes summed.
    static let maxRipple: Float = 0.06

    /// Four crossing wind waves, from 9 m swell to 1.7 m chop: their directions (x, z),
    /// wavenumbers (radians per metre) and slopes. Smooth sines read as water where value
    /// noise showed its grid as squares.
    private static let waveX = SIMD4<Float>(0.955, -0.323, 0.622, -0.857)
    private static let waveZ = SIMD4<Float>(0.296, 0.946, 0.783, 0.515)
    private static let wavenumber = SIMD4<Float>(0.70, 1.19, 2.03, 3.70)
    private static let slope = SIMD4<Float>(0.024, 0.017, 0.012, 0.007)

    @inline(__always) init(at position: SIMD3<Float>, view: SIMD3<Float>, noise: ValueNoise) {
        // A slow warp bends the wave fronts, so no row of crests runs straight across the lake.
        let warp = (noise.value(position.x * 0.02, position.z * 0.02) - 0.5) * 8
        let phase = (Self.waveX * position.x + Self.waveZ * position.z) * Self.wavenumber + SIMD4(warp, -warp, 0.7 * warp, -1.3 * warp)
        let cosines = SIMD4(cosf(phase[0]), cosf(phase[1]), cosf(phase[2]), cosf(phase[3])) * Self.slope
        ripple = SIMD2((cosines * Self.waveX).sum(), (cosines * Self.waveZ).sum())
        let normal = SIMD3(ripple.x, 1, ripple.y).normalized
        reflected = view - normal * (2 * normal.dot(view))
        let facing = max(-normal.dot(view), 0)
        let grazing = 1 - facing, grazing2 = grazing * grazing
        fresnel = 0.02 + 0.98 * grazing2 * grazing2 * grazing
    }

    /// The sky in the reflected direction, folded above the horizon where a ripple points it down.
    @inline(__always) func skyReflection(_ sky: Sky, cameraHeight: Float) -> SIMD3<Float> {
        sky.radiance(SIMD3(reflected.x, abs(reflected.y), reflected.z), cameraHeight: cameraHeight, cloudOctaves: 3)
    }

    /// The sun's glint on the ripples: a tight highlight, under 1/5000 at 16° off the mirror direction and zero beyond.
    @inline(__always) func glint(_ sky: Sky) -> Float {
        let facing = reflected.dot(sky.sunDirection)
        return facing > 0.96 ? powf(facing, 300) * 40 : 0
    }
}
