import Foundation

/// A double bed: a wooden frame and headboard, white sheets and pillows, and a cover over
/// the foot end. Furnishes a bedroom, and lies under anyone who sleeps indoors.
struct BedModel: Sendable {
    var cover: SIMD3<Float>
    var wood: SIMD3<Float>

    /// Height of the sheets above the floor, where a sleeper lies.
    static let mattressTop: Float = 0.52
    private static let sheet = SIMD3<Float>(0.62, 0.6, 0.56)

    /// The bed with its headboard at `head` (on the floor), running along `toward` to its foot.
    func mesh(head: SIMD3<Float>, toward: SIMD3<Float>) -> Mesh {
        var mesh = Mesh()
        let yaw = atan2f(toward.x, toward.z)
        func box(across: Float = 0, along: Float, bottom: Float, size: SIMD3<Float>, color: SIMD3<Float>, material: MaterialID) {
            mesh.addBox(center: head + SIMD3(across, bottom + size.y / 2, along).rotatedAboutY(yaw), size: size, yaw: yaw, color: color, material: material)
        }
        box(along: 1.05, bottom: 0, size: SIMD3(1.7, 0.3, 2.1), color: wood, material: .bark)
        box(along: 0.05, bottom: 0, size: SIMD3(1.8, 1.1, 0.1), color: wood * 0.85, material: .bark)
        box(along: 1.05, bottom: 0.3, size: SIMD3(1.6, 0.22, 2.0), color: Self.sheet, material: .cloth)
        box(along: 1.4, bottom: 0.5, size: SIMD3(1.66, 0.07, 1.35), color: cover, material: .cloth)
        for side: Float in [-1, 1] {
            box(across: side * 0.4, along: 0.35, bottom: Self.mattressTop, size: SIMD3(0.65, 0.14, 0.4), color: Self.sheet * 1.1, material: .cloth)
        }
        return mesh
    }
}
