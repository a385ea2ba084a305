/// Linear-RGB ground colours of a setting.
struct TerrainPalette: Sendable {
    var ground: SIMD3<Float>
    var groundAlt: SIMD3<Float>
    var rock: SIMD3<Float>
    var snow: SIMD3<Float>
    var sand: SIMD3<Float>
    /// Woods seen from afar: the trees' own leaf colour, darkened by the shade among them.
    var canopy = SIMD3<Float>(0.02, 0.045, 0.016)

    static let alpine = TerrainPalette(
        ground: SIMD3(0.05, 0.07, 0.03), groundAlt: SIMD3(0.09, 0.08, 0.04), rock: SIMD3(0.11, 0.10, 0.09),
        snow: SIMD3(0.8, 0.82, 0.86), sand: SIMD3(0.17, 0.15, 0.12))
    static let meadow = TerrainPalette(
        ground: SIMD3(0.045, 0.115, 0.022), groundAlt: SIMD3(0.1, 0.14, 0.035), rock: SIMD3(0.16, 0.14, 0.11),
        snow: SIMD3(0.8, 0.82, 0.86), sand: SIMD3(0.2, 0.18, 0.12))
    /// Dry season grass, straw-gold, on red earth.
    static let savanna = TerrainPalette(
        ground: SIMD3(0.15, 0.095, 0.032), groundAlt: SIMD3(0.19, 0.135, 0.05), rock: SIMD3(0.22, 0.12, 0.07),
        snow: SIMD3(0.8, 0.82, 0.86), sand: SIMD3(0.25, 0.17, 0.09), canopy: SIMD3(0.035, 0.045, 0.018))
    static let desert = TerrainPalette(
        ground: SIMD3(0.55, 0.34, 0.16), groundAlt: SIMD3(0.62, 0.42, 0.22), rock: SIMD3(0.4, 0.22, 0.12),
        snow: SIMD3(0.62, 0.42, 0.22), sand: SIMD3(0.6, 0.45, 0.25))
    static let snowfield = TerrainPalette(
        ground: SIMD3(0.75, 0.78, 0.84), groundAlt: SIMD3(0.7, 0.74, 0.8), rock: SIMD3(0.2, 0.2, 0.22),
        snow: SIMD3(0.85, 0.87, 0.9), sand: SIMD3(0.7, 0.72, 0.76))
    /// Pale sand on the sea floor, dark rock.
    static let seabed = TerrainPalette(
        ground: SIMD3(0.3, 0.27, 0.19), groundAlt: SIMD3(0.24, 0.22, 0.16), rock: SIMD3(0.12, 0.11, 0.1),
        snow: SIMD3(0.3, 0.27, 0.19), sand: SIMD3(0.3, 0.27, 0.19))
    static let city = TerrainPalette(
        ground: SIMD3(0.06, 0.06, 0.065), groundAlt: SIMD3(0.09, 0.09, 0.09), rock: SIMD3(0.12, 0.12, 0.12),
        snow: SIMD3(0.7, 0.72, 0.76), sand: SIMD3(0.12, 0.12, 0.12))
}
