import Foundation

/// The analytic sky and the light it casts: sun (or moon) direction and colour, a sky
/// gradient, clouds on a plane and stars. Linear HDR radiance.
struct Sky: Sendable {
    /// Unit vector toward the sun or moon.
    var sunDirection: SIMD3<Float>
    var sunColor: SIMD3<Float>
    /// The sun's (or moon's) light on a surface square to it, in the sky's units.
    var directLight: SIMD3<Float>
    var sunDiskSize: Float
    var zenith: SIMD3<Float>
    var horizon: SIMD3<Float>
    /// Light bounced up from the ground, for the hemisphere ambient term.
    var bounce: SIMD3<Float>
    var cloudCover: Float
    var cloudLit: SIMD3<Float>
    var cloudShadow: SIMD3<Float>
    var stars: Float
    var noise: ValueNoise
    /// Flat two-colour gradient without clouds or sun glow (anime skies).
    var flat: Bool
    /// The disk is a full moon: dark seas (maria) on a bright face.
    var moonFace = false

    /// The share of the sun disk's colour that lights a surface: a sunlit mid grey lands mid
    /// grey on screen, as a camera exposed for its subject records it. At the disk's full
    /// strength a lit flank burns out to white and a tawny lion reads as a cream one.
    static let daylightShare: Float = 0.35

    /// Sky colour in a direction without clouds: reflections and ambient use it.
    @inline(__always) func gradient(_ direction: SIMD3<Float>) -> SIMD3<Float> {
        let up = max(direction.y, 0)
        var color = horizon.mixed(with: zenith, powf(up, 0.45))
        if direction.y < 0 { color = horizon.mixed(with: bounce * 2, min(-direction.y * 3, 1)) }
        if flat { return color }
        let facing = max(direction.dot(sunDirection), 0)
        color += sunColor * (0.06 * powf(facing, 6) + 0.2 * powf(facing, 48)) * (1 - up * 0.6)
        return color
    }

    /// Full sky radiance in a direction: gradient, sun disk, clouds. Reflections, which
    /// ripples blur anyway, can ask for clouds with fewer octaves.
    func radiance(_ direction: SIMD3<Float>, cameraHeight: Float, cloudOctaves: Int = 5) -> SIMD3<Float> {
        var color = gradient(direction)
        let facing = direction.dot(sunDirection)
        if !flat && facing > 1 - sunDiskSize {
            // A moon is dimmer than the sun, or its seas burn out to a white disk.
            var disk = sunColor * (moonFace ? 1.2 : 6) * Easing.smoothstep(1 - sunDiskSize, 1 - sunDiskSize * 0.6, facing)
            if moonFace {
                // Where on the face, in disk radii (the disk's angular radius is about √(2 size)).
                let across = (direction - sunDirection * facing) / (2 * sunDiskSize).squareRoot()
                disk *= 0.45 + 0.55 * noise.fbm(across.x * 2.2 + across.y * 1.3 + 40, across.z * 2.2 - across.y * 0.9 + 40, octaves: 3)
            }
            color += disk
        }
        guard cloudCover > 0, direction.y > 0.01 else { return color }
        let distance = (2200 - cameraHeight) / direction.y
        let x = direction.x * distance / 2600, z = direction.z * distance / 2600
        let density = noise.fbm(x, z, octaves: flat ? min(cloudOctaves, 3) : cloudOctaves)
        let coverage = Easing.smoothstep(1 - cloudCover * 0.75 - 0.2, 1.05 - cloudCover * 0.55, density)
        guard coverage > 0 else { return color }
        let towardSun = noise.fbm(x + sunDirection.x * 0.08, z + sunDirection.z * 0.08, octaves: 3)
        let lit = Easing.clamp01(0.55 + (density - towardSun) * 4)
        var cloud = cloudShadow.mixed(with: cloudLit, lit)
        cloud += sunColor * 0.25 * powf(max(facing, 0), 12)
        let fade = Easing.smoothstep(0.01, 0.12, direction.y)
        return color.mixed(with: cloud, coverage * fade * (flat ? 1 : 0.95))
    }
}
