import Foundation

/// The sky over the scene, and what in it the camera films when nothing else is there: a
/// named moon or a low sun, hung clear of the hills on a third of the frame.
extension SceneBuilder {
    /// The sky for the plan's time and weather, its sun (or moon) placed for the shot.
    func makeSky(
        viewYaw: Float, composition: Float, terrain: Terrain, anchor: SIMD3<Float>, noise: ValueNoise, random: inout SeededGenerator
    ) -> Sky {
        let time: TimeOfDay = plan.look.kind == .cyberpunk ? .night : plan.timeOfDay
        var preset = DaylightPreset(time)
        let weather = self.weather
        let stormy = weather.contains(.storm) || weather.contains(.lightning)
        // Low suns sit ahead of the camera, opposite the subject's third: back light and rims.
        let low = preset.sunElevation < 0.3
        // A moon the prompt names hangs low in the shot, on the third opposite the subject;
        // so does a low sun that is the shot, just clear of the hills.
        let moonInShot = time == .night && moonNamed
        let inShot = moonInShot || skyBodyIsTheShot
        let azimuth = inShot ? viewYaw - composition * 0.22 : viewYaw - composition * random.value(0.3, 0.6) + (low ? 0 : .pi * 0.7)
        let skyline = inShot ? Self.skyline(of: terrain, from: anchor, azimuth: azimuth) + Self.skyBodyClearance : 0
        let elevation = moonInShot ? max(0.2, skyline) : inShot ? max(preset.sunElevation, skyline) : preset.sunElevation
        let sun = SIMD3(sinf(azimuth) * cosf(elevation), sinf(elevation), cosf(azimuth) * cosf(elevation))
        var cover: Float = weather.contains(.overcast) ? 0.9 : weather.contains(.cloudy) || weather.contains(.rain) ? 0.6 : 0.3
        if weather.contains(.clear) { cover = 0.12 }
        var cloudLit = preset.horizon * 0.9 + preset.sunColor * 0.12
        var cloudShadow = preset.zenith * 0.55 + preset.horizon * 0.08
        if stormy {
            cloudLit = preset.horizon * 0.5 + preset.sunColor * 0.06
            cloudShadow = preset.zenith * 0.2 + preset.horizon * 0.03
            cover = 0.85
            preset.sunColor *= 0.75
            preset.zenith *= 0.45
            preset.horizon *= SIMD3(0.9, 0.6, 0.55)
        }
        if weather.contains(.overcast) || weather.contains(.rain) { preset.sunColor *= 0.45 }
        if plan.look.kind == .cyberpunk {
            // A city night: clouds lit magenta from below, a cold cyan key light.
            preset.sunColor = SIMD3(0.35, 0.9, 1.5)
            preset.zenith = SIMD3(0.02, 0.01, 0.06)
            preset.horizon = SIMD3(0.55, 0.06, 0.42)
            preset.stars = 0
            cover = 0.85
            cloudLit = SIMD3(0.4, 0.05, 0.38)
            cloudShadow = SIMD3(0.03, 0.01, 0.07)
        }
        if plan.removes("cloud") { cover = 0 }
        let flat = plan.look.kind == .anime || plan.look.kind == .comic
        return Sky(
            // Moonlight and a neon key are given as the light they cast, a night's exposure.
            sunDirection: sun, sunColor: preset.sunColor,
            directLight: preset.sunColor * (time == .night || plan.look.kind == .cyberpunk ? 1 : Sky.daylightShare), sunDiskSize: moonInShot ? 0.0016 : (time == .night ? 0.0006 : 0.0012),
            zenith: preset.zenith, horizon: preset.horizon,
            bounce: preset.sunColor * (0.04 * max(sun.y, 0.1)) + preset.horizon * 0.05,
            cloudCover: cover, cloudLit: cloudLit, cloudShadow: cloudShadow,
            stars: plan.removes("star") ? 0 : preset.stars * (1 - cover * 0.7), noise: noise, flat: flat, moonFace: moonInShot)
    }

    /// With nothing else to film (no subject, no fire, no building or graveyard), the moon a
    /// night prompt names, or a sun low enough to look at, is the shot.
    var skyBodyIsTheShot: Bool {
        guard plan.subjects.isEmpty, !plan.isIndoors, !wantsFire, plan.look.kind != .cyberpunk,
              Self.built.union([.graves]).isDisjoint(with: plan.features) else { return false }
        return plan.timeOfDay == .night ? moonNamed : DaylightPreset(plan.timeOfDay).sunElevation < Self.lowSun
    }

    /// Whether the prompt names a moon for a night sky.
    private var moonNamed: Bool {
        plan.features.contains(.moon) && !plan.removes("moon")
    }

    /// How much longer than the usual lens a sky body is filmed with: a close-up fills half
    /// the framing's share of the frame with its disk (the moon a third of the frame), a wide
    /// shot keeps the usual lens.
    func zoom(forDisk size: Float, fieldOfView: Float) -> Float {
        let diameter = 2 * (2 * size).squareRoot()
        let share = Self.frameFraction(plan.beats.first?.camera.framing ?? .wide) * 0.5
        return max(fieldOfView / (diameter / share), 1)
    }

    /// How far off the camera aims at a sky body, metres: beyond every prop.
    static let skyBodyAim: Float = 400
    /// The highest sun the camera turns to when nothing else is filmed, radians.
    static let lowSun: Float = 0.3
    /// How far above the hills a sky body the camera looks at hangs, radians: clear of them
    /// and of the haze over them.
    static let skyBodyClearance: Float = 0.08

    /// The elevation of the land's skyline seen from `point` toward `azimuth`, radians.
    static func skyline(of terrain: Terrain, from point: SIMD3<Float>, azimuth: Float) -> Float {
        let direction = SIMD2(sinf(azimuth), cosf(azimuth))
        return stride(from: Float(20), through: 3000, by: 20).reduce(0) { highest, distance in
            let ground = SIMD2(point.x, point.z) + direction * distance
            return max(highest, atan2f(terrain.height(ground.x, ground.y) - point.y, distance))
        }
    }
}
