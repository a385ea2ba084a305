import Foundation

/// The ground as a height function of world x/z (metres, y up). A pure value: the mesher
/// samples it once per clip, shading and actors query it for heights.
struct Terrain: Sendable {
    var relief: Relief
    var noise: ValueNoise
    /// Where the one clearly tallest peak stands, and how high, when the prompt asks for it.
    var peak: SIMD2<Float>?
    var peakHeight: Float
    /// Height of the surrounding range; zero where the prompt names no mountains. Beside
    /// a lake or a river the range rises beyond the far shore.
    var rangeHeight: Float
    /// Radius around the camera kept low so the foreground reads as a valley floor.
    var valleyRadius: Float
    var valleyCenter: SIMD2<Float>
    /// Water surface height when the scene has sea or a lake.
    var waterLevel: Float?
    /// The lake or river that `lake` and `river` reliefs carve.
    var waterway: Waterway?
    var snowLine: Float
    var palette: TerrainPalette
    /// About what share of the land is forest. Far off, where single trees are specks, the
    /// woods show as canopy-coloured ground, and the trees placed out there stand in it.
    var woodland: Float = 0

    /// Height with fewer octaves: enough to cast shadows, a fraction of the cost.
    func coarseHeight(_ x: Float, _ z: Float) -> Float {
        height(x, z, octaves: 4)
    }

    func height(_ x: Float, _ z: Float) -> Float {
        height(x, z, octaves: 7)
    }

    private func height(_ x: Float, _ z: Float, octaves: Int) -> Float {
        let dx = x - valleyCenter.x, dz = z - valleyCenter.y
        let fromCamera = (dx * dx + dz * dz).squareRoot()
        let rolling = noise.fbm(x / 260, z / 260, octaves: 4) * 28 + noise.value(x / 37, z / 37) * 3
        switch relief {
        case .mountains:
            let envelope = Easing.smoothstep(valleyRadius * 0.4, valleyRadius * 2.4, fromCamera)
            let ridges = noise.ridged(x / 900 + 3.1, z / 900, octaves: octaves)
            var h = rolling + envelope * (ridges * ridges * 1.5 * rangeHeight + noise.fbm(x / 400, z / 400, octaves: 3) * 60)
            if let peak {
                // Seen from the camera, no ridge may rise above three quarters of the peak's
                // angle: a near ridge would otherwise look taller than the tallest peak.
                let steepest = 0.75 * peakHeight / max((peak * peak).sum().squareRoot(), 1)
                h = Self.smoothMin(h, rolling + fromCamera * steepest, 60)
                let px = x - peak.x, pz = z - peak.y
                let distance = (px * px + pz * pz).squareRoot()
                let radius = peakHeight * 2.1
                let cone = max(0, 1 - distance / radius)
                let detail = 0.92 + 0.2 * noise.ridged(x / 260, z / 260, octaves: octaves - 2)
                let massif = peakHeight * powf(cone, 1.7) * detail
                h = max(h, massif) + 0.25 * min(h, massif) * cone
            }
            return h
        case .hills:
            let envelope = Easing.smoothstep(valleyRadius * 0.3, valleyRadius * 1.5, fromCamera)
            return rolling + envelope * noise.fbm(x / 700, z / 700, octaves: 5) * 220
        case .plains:
            return rolling * 0.35 + noise.fbm(x / 1500, z / 1500, octaves: 3) * 40 * Easing.smoothstep(400, 3000, fromCamera)
        case .dunes:
            let warp = noise.fbm(x / 300, z / 300, octaves: 3) * 6
            let crest = 1 - abs(sinf(x / 70 + z / 190 + warp))
            return crest * crest * 22 + noise.fbm(x / 900, z / 900, octaves: 3) * 60
        case .shore:
            // Land behind the camera and to one side, falling into the water ahead; the floor
            // shelves deeper offshore so no islet breaks the open sea.
            let inland = Easing.smoothstep(140, -60, z - valleyCenter.y)
            let offshore = Easing.smoothstep(300, 1200, z - valleyCenter.y) * 12
            return rolling * 0.6 + inland * 30 - 14 - offshore + noise.fbm(x / 500, z / 500, octaves: 4) * 50 * inland
        case .lake, .river:
            return waterside(x, z, rolling: rolling, octaves: octaves)
        case .flat:
            return noise.value(x / 50, z / 50) * 0.3
        }
    }

    /// A bed that shelves under the water, a bank with a narrow strand, then hills rising some way back: the
    /// far shore of a lake reads as land across the water. Land never dips below
    /// the water, so no stray ponds appear.
    private func waterside(_ x: Float, _ z: Float, rolling: Float, octaves: Int) -> Float {
        let level = waterLevel ?? 0
        let shore = waterway?.shoreDistance(x, z, noise: noise) ?? 1000
        guard shore > 0 else { return level + max(shore * 0.08, -5) }
        let bank = 4.5 * Easing.smoothstep(0, 8, shore) + rolling * 0.6 * Easing.smoothstep(0, 70, shore)
        // A river runs down a valley floor; a lake's hills come down nearer the water.
        let foot: Float = relief == .river ? 220 : 60
        // Below mountains the hills are foothills, low enough not to hide the range.
        let hillHeight: Float = rangeHeight > 0 ? 110 : 240
        var hills = Easing.smoothstep(foot, foot + 640, shore) * (noise.fbm(x / 700, z / 700, octaves: 5) * hillHeight + 30)
        if rangeHeight > 0 {
            let ridges = noise.ridged(x / 900 + 3.1, z / 900, octaves: octaves)
            hills += Easing.smoothstep(foot + 150, foot + 1300, shore) * (ridges * ridges * 2 + 0.5) * rangeHeight
        }
        return level + bank + hills
    }

    /// How wooded the land is at a point, 0 to 1: patches a few hundred metres across, more
    /// of them the larger `woodland` is; never on the shore.
    func woodland(_ x: Float, _ z: Float) -> Float {
        guard woodland > 0 else { return 0 }
        let threshold = 0.5 + (0.5 - woodland) * 0.4
        var cover = Easing.smoothstep(threshold - 0.04, threshold + 0.04, noise.fbm(x / 420 + 7.7, z / 420 - 3.3, octaves: 3))
        if let waterLevel { cover *= Easing.smoothstep(waterLevel + 3, waterLevel + 9, coarseHeight(x, z)) }
        return cover
    }

    /// min(a, b) with the corner rounded over `k` metres, so a capped ridge has no crease.
    private static func smoothMin(_ a: Float, _ b: Float, _ k: Float) -> Float {
        let blend = max(k - abs(a - b), 0) / k
        return min(a, b) - blend * blend * k * 0.25
    }

    func normal(_ x: Float, _ z: Float, step: Float = 2) -> SIMD3<Float> {
        normal(x, z, center: height(x, z), step: step)
    }

    /// Forward differences from a height the caller already has.
    func normal(_ x: Float, _ z: Float, center: Float, step: Float) -> SIMD3<Float> {
        let hx = height(x + step, z) - center
        let hz = height(x, z + step) - center
        return SIMD3(-hx, step, -hz).normalized
    }

    /// Ground colour from height, slope and noise (linear RGB), before lighting.
    func albedo(at position: SIMD3<Float>, normal: SIMD3<Float>) -> SIMD3<Float> {
        let variation = noise.fbm(position.x / 45, position.z / 45, octaves: 3)
        let slope = 1 - normal.y
        var color = palette.ground.mixed(with: palette.groundAlt, variation)
        color = color.mixed(with: palette.rock * (0.7 + 0.6 * variation), Easing.smoothstep(0.18, 0.42, slope))
        let far = (position.x - valleyCenter.x) * (position.x - valleyCenter.x) + (position.z - valleyCenter.y) * (position.z - valleyCenter.y)
        let canopy = woodland(position.x, position.z) * Easing.smoothstep(150 * 150, 450 * 450, far) * Easing.smoothstep(0.4, 0.22, slope)
        color = color.mixed(with: palette.canopy * (0.75 + 0.5 * variation), canopy)
        if let waterLevel {
            color = color.mixed(with: palette.sand, Easing.smoothstep(waterLevel + 2, waterLevel + 0.4, position.y))
        }
        let snowCover = Easing.smoothstep(snowLine - 60, snowLine + 60, position.y + 80 * (variation - 0.5))
            * Easing.smoothstep(0.55, 0.3, slope)
        return color.mixed(with: palette.snow, snowCover)
    }
}
