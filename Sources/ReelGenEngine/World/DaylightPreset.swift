/// Sun height and sky colours for a time of day (linear HDR).
struct DaylightPreset: Sendable {
    var sunElevation: Float
    var sunColor: SIMD3<Float>
    var zenith: SIMD3<Float>
    var horizon: SIMD3<Float>
    var stars: Float

    init(_ time: TimeOfDay) {
        switch time {
        case .dawn:
            self.init(sunElevation: 0.1, sunColor: SIMD3(3.2, 1.8, 1.1), zenith: SIMD3(0.12, 0.16, 0.32), horizon: SIMD3(0.8, 0.5, 0.42), stars: 0)
        case .morning:
            self.init(sunElevation: 0.42, sunColor: SIMD3(4.6, 4.1, 3.4), zenith: SIMD3(0.16, 0.3, 0.62), horizon: SIMD3(0.62, 0.7, 0.8), stars: 0)
        case .noon:
            self.init(sunElevation: 1.1, sunColor: SIMD3(5.0, 4.8, 4.4), zenith: SIMD3(0.14, 0.28, 0.68), horizon: SIMD3(0.55, 0.65, 0.8), stars: 0)
        case .afternoon:
            self.init(sunElevation: 0.7, sunColor: SIMD3(4.8, 4.3, 3.6), zenith: SIMD3(0.15, 0.29, 0.64), horizon: SIMD3(0.6, 0.66, 0.76), stars: 0)
        case .goldenHour:
            self.init(sunElevation: 0.17, sunColor: SIMD3(4.6, 2.9, 1.4), zenith: SIMD3(0.2, 0.27, 0.5), horizon: SIMD3(1.0, 0.72, 0.45), stars: 0)
        case .sunset:
            self.init(sunElevation: 0.05, sunColor: SIMD3(4.2, 1.7, 0.6), zenith: SIMD3(0.14, 0.14, 0.34), horizon: SIMD3(1.25, 0.55, 0.3), stars: 0)
        case .dusk:
            self.init(sunElevation: 0.035, sunColor: SIMD3(2.0, 0.75, 0.35), zenith: SIMD3(0.05, 0.06, 0.15), horizon: SIMD3(0.62, 0.27, 0.2), stars: 0.3)
        case .night:
            // Day-for-night: dark but readable, as films light their nights.
            self.init(sunElevation: 0.55, sunColor: SIMD3(0.5, 0.62, 0.9), zenith: SIMD3(0.012, 0.018, 0.045), horizon: SIMD3(0.05, 0.065, 0.11), stars: 1)
        }
    }

    init(sunElevation: Float, sunColor: SIMD3<Float>, zenith: SIMD3<Float>, horizon: SIMD3<Float>, stars: Float) {
        self.sunElevation = sunElevation
        self.sunColor = sunColor
        self.zenith = zenith
        self.horizon = horizon
        self.stars = stars
    }
}
