/// Falling particles drawn over the shaded frame: rain streaks, snow flakes or dust motes.
struct Precipitation: Sendable {
    enum Kind: Sendable {
        case none, rain, snow, dust, embers
    }

    var kind: Kind
    /// Particles in the box around the camera.
    var count: Int
    var color: SIMD3<Float>

    static let none = Precipitation(kind: .none, count: 0, color: .zero)
}
