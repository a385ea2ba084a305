import Foundation

/// What sitting people sit on, built under them: a sofa indoors, a wooden park bench
/// outdoors. Sized to the people (`scale` is their height over 1.75 m), its seat just
/// below their hips, its back behind them, long enough for `places` side by side.
struct SeatModel: Sendable {
    var upholstered: Bool
    var color: SIMD3<Float>

    /// `hips` is the middle of the sitters' hips, `facing` the way they face (horizontal).
    func mesh(hips: SIMD3<Float>, facing: SIMD3<Float>, ground: Float, scale: Float, places: Int = 1) -> Mesh {
        var mesh = Mesh()
        let forward = SIMD3(facing.x, 0, facing.z).normalized, yaw = atan2f(forward.x, forward.z)
        let seatTop = hips.y - 0.1 * scale, width = (0.7 + 0.6 * Float(places)) * scale, depth = 0.5 * scale
        let material: MaterialID = upholstered ? .cloth : .bark
        func block(_ along: Float, bottom: Float, top: Float, size: SIMD2<Float>, shade: Float = 1) {
            let center = SIMD3(hips.x, (bottom + top) / 2, hips.z) + forward * along
            mesh.addBox(center: center, size: SIMD3(size.x, top - bottom, size.y), yaw: yaw, color: color * shade, material: material)
        }
        if upholstered {
            block(-0.05 * scale, bottom: ground, top: seatTop, size: SIMD2(width, depth + 0.1 * scale))
            block(-0.35 * scale, bottom: ground, top: seatTop + 0.5 * scale, size: SIMD2(width, 0.2 * scale), shade: 0.9)
        } else {
            block(-0.05 * scale, bottom: seatTop - 0.05 * scale, top: seatTop, size: SIMD2(width, depth))
            block(-0.3 * scale, bottom: seatTop + 0.15 * scale, top: seatTop + 0.45 * scale, size: SIMD2(width, 0.05 * scale), shade: 0.9)
            let side = SIMD3(forward.z, 0, -forward.x)
            for end: Float in [-1, 1] {
                let foot = SIMD3(hips.x, (ground + seatTop) / 2, hips.z) + side * (end * width * 0.42) - forward * (0.05 * scale)
                mesh.addBox(center: foot, size: SIMD3(0.06 * scale, seatTop - ground, depth * 0.9), yaw: yaw, color: color * 0.5, material: .metal)
            }
        }
        return mesh
    }
}
