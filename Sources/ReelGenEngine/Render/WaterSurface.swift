import Foundation

/// The rippled water surface at one point, as shading and reflections both see it: the
/// perturbed normal, the reflected view ray and how much of it the water reflects.
struct WaterSurface {
    /// Ripple slope in x and z: small, so far water reads as a mirror.
    let ripple: SIMD2<Float>
    let reflected: SIMD3<Float>
    /// Schlick's Fresnel: the share of light reflected, from 2 % looking down to all at grazing.
    let fresnel: Float
    /// The steepest ripple slope, either way.
    static let maxRipple: Float = 0.06

    @inline(__always) init(at position: SIMD3<Float>, view: SIMD3<Float>, noise: ValueNoise) {
        ripple = SIMD2(
            noise.value(position.x * 0.15, position.z * 0.6) - 0.5,
            noise.value(position.z * 0.15 + 7, position.x * 0.6) - 0.5) * (2 * Self.maxRipple)
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
