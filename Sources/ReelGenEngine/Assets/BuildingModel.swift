import Foundation

/// A building as the subject of the shot: walls, rows of windows, a door, and a roof that
/// says what it is: pitched for a house, a steeple for a church, a pointed cap on a tower,
/// flat on blocks and high-rises. Flat-shaded: hard edges are right for masonry. Designed
/// 12 m wide, origin at the middle of the ground floor's footprint.
struct BuildingModel: Sendable {
    enum Form: String, Sendable, CatalogueForm {
        case house, church, tower, block, highRise
        /// Curtain walls between round corner towers, crenellated, a keep behind a gate.
        case castle
        /// A hall under a great dome on a drum, minarets at its front corners: a mosque.
        case domed
        /// Tiers of wide roofs with upturned eaves, one over another: a pagoda, a temple.
        case pagoda
        /// A four-sided stone pyramid.
        case pyramid

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
        case .castle: addCastle(to: &mesh, walls: walls, roof: roof)
        case .domed: addDomedHall(to: &mesh, walls: walls, dome: roof, glass: glass)
        case .pagoda: addPagoda(to: &mesh, walls: walls, roof: roof)
        case .pyramid: addSpire(to: &mesh, base: SIMD3(0, -1, 0), width: 14, height: 9, color: walls)
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

    /// Curtain walls round a square court, a round tower at each corner and a taller keep
    /// behind, all crenellated, a dark gate in the front wall and slit windows in the keep.
    private func addCastle(to mesh: inout Mesh, walls: SIMD3<Float>, roof: SIMD3<Float>) {
        let half: Float = 6, wallHeight: Float = 5.5
        for (center, size) in [(SIMD3<Float>(0, 0, half), SIMD3<Float>(12, wallHeight, 1.2)), (SIMD3(0, 0, -half), SIMD3(12, wallHeight, 1.2)),
                               (SIMD3(half, 0, 0), SIMD3(1.2, wallHeight, 12)), (SIMD3(-half, 0, 0), SIMD3(1.2, wallHeight, 12))] {
            mesh.addBox(center: center + SIMD3(0, (wallHeight - 2) / 2, 0), size: size + SIMD3(0, 2, 0), color: walls, material: .stone)
            addMerlons(to: &mesh, along: center + SIMD3(0, wallHeight, 0), span: max(size.x, size.z), acrossX: size.x > size.z, color: walls)
        }
        mesh.addBox(center: SIMD3(0, 1.6, half + 0.62), size: SIMD3(2.4, 3.2, 0.1), color: SIMD3(0.05, 0.035, 0.025), material: .bark)
        // The keep: a tall block at the back of the court.
        let keep = SIMD3<Float>(0, 0, -2)
        mesh.addBox(center: keep + SIMD3(0, 5, 0), size: SIMD3(5.5, 14, 5.5), color: walls * 0.92, material: .stone)
        for side: Float in [-1, 1] {
            addMerlons(to: &mesh, along: keep + SIMD3(0, 12, side * 2.75), span: 5.5, acrossX: true, color: walls * 0.92)
            addMerlons(to: &mesh, along: keep + SIMD3(side * 2.75, 12, 0), span: 5.5, acrossX: false, color: walls * 0.92)
            for row in 0..<3 {
                mesh.addBox(center: keep + SIMD3(side * 1.3, 4 + Float(row) * 2.6, 2.8), size: SIMD3(0.35, 1.2, 0.1), color: SIMD3(0.03, 0.03, 0.03), material: .stone)
            }
        }
        for x: Float in [-half, half] {
            for z: Float in [-half, half] {
                let base = SIMD3(x, -2, z)
                mesh.addFrustum(base: base, height: 11, bottomRadius: 1.9, topRadius: 1.7, color: walls, material: .stone, sides: 16)
                for k in 0..<8 {
                    let angle = Float(k) / 8 * 2 * .pi
                    mesh.addBox(center: base + SIMD3(cosf(angle) * 1.6, 11.4, sinf(angle) * 1.6), size: SIMD3(0.6, 0.8, 0.6), yaw: -angle,
                                color: walls, material: .stone)
                }
                // A conical roof on the towers of the back wall, as on a château.
                if z < 0 { mesh.addFrustum(base: base + SIMD3(0, 11, 0), height: 4, bottomRadius: 2.1, topRadius: 0.05, color: roof, material: .stone, sides: 16) }
            }
        }
    }

    /// Merlons, the teeth along the top of a wall, every 1.2 m over `span` metres.
    private func addMerlons(to mesh: inout Mesh, along center: SIMD3<Float>, span: Float, acrossX: Bool, color: SIMD3<Float>) {
        let count = Int(span / 1.2)
        for k in 0..<count {
            let offset = (Float(k) + 0.5) / Float(count) * span - span / 2
            mesh.addBox(center: center + (acrossX ? SIMD3(offset, 0.4, 0) : SIMD3(0, 0.4, offset)), size: SIMD3(0.6, 0.8, 0.6), color: color, material: .stone)
        }
    }

    /// A square prayer hall with an arched door, a great onion-shaped dome on a drum above it,
    /// and a slender minaret at each front corner with a balcony and a small cap.
    private func addDomedHall(to mesh: inout Mesh, walls: SIMD3<Float>, dome: SIMD3<Float>, glass: SIMD3<Float>) {
        addBlock(to: &mesh, width: 11, height: 6, depth: 11, storeys: 1, walls: walls, glass: glass)
        mesh.addFrustum(base: SIMD3(0, 6, 0), height: 1.4, bottomRadius: 3.6, topRadius: 3.5, color: walls, material: .stone, sides: 24)
        let heights: [Float] = [0, 1.3, 2.7, 3.9, 4.7, 5.2], radii: [Float] = [3.6, 3.9, 3.4, 2.1, 0.7, 0.08]
        mesh.addTube(Tube(points: heights.map { SIMD3(0, 7.4 + $0, 0) }, radii: radii, color: dome, material: .stone, up: SIMD3(0, 0, 1),
                          subdivisions: 3, sides: 24))
        mesh.addFrustum(base: SIMD3(0, 12.5, 0), height: 1.2, bottomRadius: 0.08, topRadius: 0.05, color: SIMD3(0.55, 0.42, 0.12), material: .metal, sides: 6)
        mesh.addBox(center: SIMD3(0, 1.8, 5.56), size: SIMD3(2, 3.6, 0.1), color: SIMD3(0.05, 0.04, 0.03), material: .bark)
        for side: Float in [-1, 1] {
            let foot = SIMD3(side * 6.6, -2, 4.8)
            mesh.addFrustum(base: foot, height: 19, bottomRadius: 0.75, topRadius: 0.6, color: walls, material: .stone, sides: 12)
            mesh.addFrustum(base: foot + SIMD3(0, 14, 0), height: 0.5, bottomRadius: 1.05, topRadius: 1.05, color: walls * 0.9, material: .stone, sides: 12)
            mesh.addFrustum(base: foot + SIMD3(0, 19, 0), height: 2.2, bottomRadius: 0.75, topRadius: 0.04, color: dome, material: .stone, sides: 12)
        }
    }

    /// Storeys that narrow upward, each under a broad roof whose eaves turn up at the edge.
    private func addPagoda(to mesh: inout Mesh, walls: SIMD3<Float>, roof: SIMD3<Float>) {
        var base: Float = -2
        for tier in 0..<5 {
            let width = 8 - Float(tier) * 1.2, height: Float = tier == 0 ? 5 : 2.6
            // Turned an eighth, its corners under the corners of the four-sided roof.
            mesh.addBox(center: SIMD3(0, base + height / 2, 0), size: SIMD3(width, height, width), yaw: .pi / 4, color: walls, material: .stone)
            let eave = base + height
            // A flat-topped roof wider than the storey, its rim lifted: the turned-up eaves.
            mesh.addFrustum(base: SIMD3(0, eave - 0.5, 0), height: 0.5, bottomRadius: width * 0.95, topRadius: width * 0.9, color: roof * 0.8,
                            material: .stone, sides: 4)
            mesh.addFrustum(base: SIMD3(0, eave, 0), height: 0.9, bottomRadius: width * 0.9, topRadius: width * 0.45, color: roof, material: .stone, sides: 4)
            base = eave + 0.9
        }
        mesh.addFrustum(base: SIMD3(0, base, 0), height: 3, bottomRadius: 0.25, topRadius: 0.05, color: SIMD3(0.4, 0.3, 0.1), material: .metal, sides: 8)
    }
}
