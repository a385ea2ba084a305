import Foundation

/// A building as the subject of the shot: walls, rows of windows, a door, and a roof that
/// says what it is: pitched for a house, a steeple for a church, a pointed cap on a tower,
/// flat on blocks and high-rises. Flat-shaded: hard edges are right for masonry. Designed
/// 12 m wide, origin at the middle of the ground floor's footprint.
struct BuildingModel: Sendable {
    enum Form: String, Sendable, CatalogueForm {
        case house, church, tower, block, highRise

        static let usual = Form.block
    }

    var form: Form
    var palette: CreaturePalette
    /// A ruin: its top broken off, its walls sooty, its windows black holes,
    /// rubble heaped around its foot.
    var ruined = false

    /// The share of its height a ruin keeps.
    static let ruinHeight: Float = 0.6

    /// Words that make a building a ruin.
    static let ruinWords: Set<String> = ["destroyed", "ruined", "damaged", "collapsed", "bombed", "wrecked", "derelict", "abandoned", "burned", "burnt", "shelled"]

    func mesh(for pose: ActorPose, length: Float) -> Mesh {
        let frame = BodyFrame(origin: pose.position, forward: pose.forward, bank: 0, scale: length / 12)
        var mesh = Mesh()
        let walls = palette.skin, roof = palette.belly, glass = palette.eye
        switch form {
        case .house:
            addBlock(to: &mesh, width: 12, height: 6, depth: 9, storeys: 2, walls: walls, glass: glass)
            addGableRoof(to: &mesh, width: 12.6, depth: 9.8, eaves: 6, ridge: 10, color: roof)
            mesh.addBox(center: SIMD3(3.5, 10, -1), size: SIMD3(1, 2.4, 1), color: walls * 0.8, material: .stone)
        case .church:
            addBlock(to: &mesh, width: 12, height: 8, depth: 16, storeys: 1, walls: walls, glass: glass)
            addGableRoof(to: &mesh, width: 12.6, depth: 16.6, eaves: 8, ridge: 13, color: roof)
            addBlock(to: &mesh, width: 4.5, height: 20, depth: 4.5, storeys: 3, walls: walls, glass: glass, at: SIMD3(0, 0, 10))
            addSpire(to: &mesh, base: SIMD3(0, 20, 10), width: 4.8, height: 10, color: roof)
        case .tower:
            addBlock(to: &mesh, width: 7, height: 26, depth: 7, storeys: 7, walls: walls, glass: glass)
            addSpire(to: &mesh, base: SIMD3(0, 26, 0), width: 8, height: 7, color: roof)
        case .block:
            addBlock(to: &mesh, width: 12, height: 15, depth: 10, storeys: 5, walls: walls, glass: glass)
            mesh.addBox(center: SIMD3(0, 15.3, 0), size: SIMD3(12.4, 0.6, 10.4), color: roof, material: .stone)
        case .highRise:
            addBlock(to: &mesh, width: 12, height: 60, depth: 12, storeys: 20, walls: walls * 0.6, glass: glass)
        }
        if ruined { ruin(&mesh) }
        mesh.place(in: frame)
        return mesh
    }

    /// Breaks the building (in its own 12-unit frame) into a ruin: everything above the
    /// break comes down to it, the walls darken with soot, the glass goes black, and rubble
    /// lies around the foot. The same ruin every frame: it draws on no random state.
    private func ruin(_ mesh: inout Mesh) {
        let top = mesh.positions.map(\.y).max() ?? 10
        func jitter(_ index: Int) -> Float { Float((index * 7919 + 104_729) % 997) / 997 }
        for index in mesh.positions.indices {
            mesh.positions[index].y = min(mesh.positions[index].y, top * Self.ruinHeight)
            // Soot and weather darken what stands; the glass is gone.
            let color = mesh.colors[index]
            let glass = SIMD3(color.x, color.y, color.z) == palette.eye
            mesh.colors[index] = glass ? SIMD4(0.01, 0.01, 0.01, color.w) : SIMD4(color.x * 0.6, color.y * 0.6, color.z * 0.6, color.w)
        }
        let walls = palette.skin * 0.5
        for piece in 0..<40 {
            let angle = Float(piece) * 2.4, reach = 6 + 4 * jitter(piece + 31)
            let size = 0.8 + 2 * jitter(piece + 57)
            mesh.addBox(center: SIMD3(cosf(angle) * reach, size * 0.3, sinf(angle) * reach), size: SIMD3(size, size * 0.7, size * 0.8),
                        yaw: angle * 1.7, color: walls * (0.7 + 0.4 * jitter(piece + 83)), material: .stone)
        }
    }

    /// Walls sunk two metres into the ground (so slopes show no gap), windows in rows on
    /// the front and sides, and a door in the middle of the front (+z).
    private func addBlock(
        to mesh: inout Mesh, width: Float, height: Float, depth: Float, storeys: Int,
        walls: SIMD3<Float>, glass: SIMD3<Float>, at base: SIMD3<Float> = .zero
    ) {
        mesh.addBox(center: base + SIMD3(0, (height - 2) / 2, 0), size: SIMD3(width, height + 2, depth), color: walls, material: .stone)
        let storey = height / Float(storeys)
        let columns = max(1, Int(width / 3))
        for row in 0..<storeys {
            let y = storey * (Float(row) + 0.55)
            for column in 0..<columns {
                let x = (Float(column) + 0.5) / Float(columns) * width - width / 2
                if row == 0 && column == columns / 2 {
                    mesh.addBox(center: base + SIMD3(x, 1.1, depth / 2 + 0.05), size: SIMD3(1.3, 2.2, 0.12), color: SIMD3(0.12, 0.07, 0.04), material: .bark)
                    continue
                }
                mesh.addBox(center: base + SIMD3(x, y, depth / 2 + 0.05), size: SIMD3(1.2, storey * 0.45, 0.12), color: glass, material: .glass)
            }
            for z in stride(from: -depth / 2 + 1.5, to: depth / 2 - 1, by: 3) {
                for side: Float in [-1, 1] {
                    mesh.addBox(center: base + SIMD3(side * (width / 2 + 0.05), y, z), size: SIMD3(0.12, storey * 0.45, 1.2), color: glass, material: .glass)
                }
            }
        }
    }

    /// Two sloping planes meeting at a ridge along x, and the triangular gables between.
    private func addGableRoof(to mesh: inout Mesh, width: Float, depth: Float, eaves: Float, ridge: Float, color: SIMD3<Float>) {
        let w = width / 2, d = depth / 2
        for side: Float in [-1, 1] {
            let normal = SIMD3<Float>(0, d, side * (ridge - eaves)).normalized
            let corners = [SIMD3(-w, eaves, side * d), SIMD3(w, eaves, side * d), SIMD3(w, ridge, 0), SIMD3(-w, ridge, 0)]
            let ids = corners.map { mesh.addVertex($0, normal: normal, color: color) }
            mesh.addTriangle(ids[0], ids[1], ids[2], material: .stone)
            mesh.addTriangle(ids[0], ids[2], ids[3], material: .stone)
            let gableNormal = SIMD3<Float>(side, 0, 0)
            let gable = [SIMD3(side * (w - 0.3), eaves, -d + 0.4), SIMD3(side * (w - 0.3), eaves, d - 0.4), SIMD3(side * (w - 0.3), ridge - 0.2, 0)]
                .map { mesh.addVertex($0, normal: gableNormal, color: palette.skin) }
            mesh.addTriangle(gable[0], gable[1], gable[2], material: .stone)
        }
    }

    /// A four-sided pyramid: a steeple or a tower's cap.
    private func addSpire(to mesh: inout Mesh, base: SIMD3<Float>, width: Float, height: Float, color: SIMD3<Float>) {
        let h = width / 2
        let corners = [SIMD3<Float>(-h, 0, -h), SIMD3(h, 0, -h), SIMD3(h, 0, h), SIMD3(-h, 0, h)]
        for k in 0..<4 {
            let a = corners[k], b = corners[(k + 1) % 4]
            let outward = ((a + b) * 0.5).normalized
            let normal = (outward * height + SIMD3(0, h, 0)).normalized
            let ids = [base + a, base + b, base + SIMD3(0, height, 0)].map { mesh.addVertex($0, normal: normal, color: color) }
            mesh.addTriangle(ids[0], ids[1], ids[2], material: .stone)
        }
    }
}
