import Foundation

/// What sitting people sit on, built under them: a sofa indoors, a wooden bench outdoors
/// and in a chapel, a bath in a bathroom. Sized to the people (`scale` is their height over
/// 1.75 m), its seat just below their hips, its back behind them, long enough for `places`
/// side by side.
struct SeatModel: Sendable {
    enum Style: Sendable {
        case sofa, bench, bath

        /// The seat a place gives whoever sits down in it.
        init(setting: Setting) {
            switch setting {
            case .bathroom: self = .bath
            case .chapel: self = .bench
            case _ where Setting.rooms.contains(setting): self = .sofa
            default: self = .bench
            }
        }
    }

    var style: Style
    var color: SIMD3<Float>

    /// How far a seat's top is below a 1.75 m sitter's hips, metres.
    static let seatBelowHips: Float = 0.1

    /// `hips` is the middle of the sitters' hips, `facing` the way they face (horizontal).
    func mesh(hips: SIMD3<Float>, facing: SIMD3<Float>, ground: Float, scale: Float, places: Int = 1) -> Mesh {
        var mesh = Mesh()
        let forward = SIMD3(facing.x, 0, facing.z).normalized, yaw = atan2f(forward.x, forward.z)
        let seatTop = hips.y - Self.seatBelowHips * scale, width = (0.7 + 0.6 * Float(places)) * scale, depth = 0.5 * scale
        let material: MaterialID = style == .sofa ? .cloth : .bark
        let side = SIMD3(forward.z, 0, -forward.x)
        func block(_ along: Float, bottom: Float, top: Float, size: SIMD2<Float>, across: Float = 0, color: SIMD3<Float>, material: MaterialID = material) {
            let center = SIMD3(hips.x, (bottom + top) / 2, hips.z) + forward * along + side * across
            mesh.addBox(center: center, size: SIMD3(size.x, top - bottom, size.y), yaw: yaw, color: color, material: material)
        }
        switch style {
        case .sofa:
            block(-0.05 * scale, bottom: ground, top: seatTop, size: SIMD2(width, depth + 0.1 * scale), color: color)
            block(-0.35 * scale, bottom: ground, top: seatTop + 0.5 * scale, size: SIMD2(width, 0.2 * scale), color: color * 0.9)
        case .bath:
            // Sitting in the water, legs out in front: porcelain sides round the hips, the
            // water at the waist.
            let rim = seatTop + 0.4 * scale, length = 1.1 * scale + 0.5, breadth = 0.45 * scale + 0.35, wall: Float = 0.07
            let middle = 0.3 * scale, porcelain = SIMD3<Float>(0.8, 0.8, 0.78)
            for end: Float in [-1, 1] {
                block(middle, bottom: ground, top: rim, size: SIMD2(wall, length), across: end * (breadth - wall) / 2, color: porcelain, material: .bone)
                block(middle + end * (length - wall) / 2, bottom: ground, top: rim, size: SIMD2(breadth, wall), color: porcelain, material: .bone)
            }
            let water = SIMD3(hips.x, rim - 0.1 * scale, hips.z) + forward * middle
            mesh.addBox(center: water, size: SIMD3(breadth - 2 * wall, 0.01, length - 2 * wall), yaw: yaw, color: SIMD3(0.35, 0.42, 0.46), material: .water)
        case .bench:
            block(-0.05 * scale, bottom: seatTop - 0.05 * scale, top: seatTop, size: SIMD2(width, depth), color: color)
            block(-0.3 * scale, bottom: seatTop + 0.15 * scale, top: seatTop + 0.45 * scale, size: SIMD2(width, 0.05 * scale), color: color * 0.9)
            for end: Float in [-1, 1] {
                let foot = SIMD3(hips.x, (ground + seatTop) / 2, hips.z) + side * (end * width * 0.42) - forward * (0.05 * scale)
                mesh.addBox(center: foot, size: SIMD3(0.06 * scale, seatTop - ground, depth * 0.9), yaw: yaw, color: color * 0.5, material: .metal)
            }
        }
        return mesh
    }
}
