/// A film set for prompts that happen indoors: a floor, a ceiling and three walls around
/// where the action plays, open on the camera's side the way a studio set is, so no camera
/// move ever lands behind a wall. Windows in the wall toward the sun let it draw patches on
/// the floor; furniture along the walls says what kind of room it is, and keeps the floor
/// between the camera and the action clear.
struct RoomModel: Sendable {
    /// Where the room stands: the floor's centre line runs from the camera's side (`near`,
    /// along `forward`) to the back wall (`far`); the side walls are `halfWidth` either side.
    var origin: SIMD3<Float>
    var yaw: Float
    var near: Float
    var far: Float
    var halfWidth: Float
    var height: Float
    var setting: Setting
    var walls: SIMD3<Float>
    /// +1 or -1: the side wall that faces the sun, which gets the windows.
    var sunnySide: Float
    /// Whether a bedroom gets its own bed; not when the sleeper brings theirs.
    var furnishesBed = true

    /// How far the floor runs from the open side to the back wall, and where its middle is.
    private var depth: Float { far - near }
    private var middle: Float { (near + far) / 2 }

    /// Everything in the room, as one static mesh.
    func mesh(random: inout SeededGenerator) -> Mesh {
        var mesh = Mesh()
        // Boards, a gym's dark rubber, or tiles or flagstones.
        let floorColor = (setting == .gym ? SIMD3<Float>(0.03, 0.03, 0.032) : setting == .bathroom || setting == .hospital ? SIMD3(0.42, 0.42, 0.4)
                          : setting == .chapel ? SIMD3(0.2, 0.17, 0.13) : SIMD3(0.16, 0.085, 0.04)) * random.value(0.8, 1.3)
        // The floor stands a little proud of the ground under it, which would show through.
        box(x: 0, z: middle, bottom: -0.28, size: SIMD3(halfWidth * 2 + 0.4, 0.3, depth), color: floorColor, material: .bark, into: &mesh)
        box(x: 0, z: far + 0.1, bottom: 0, size: SIMD3(halfWidth * 2 + 0.4, height, 0.2), color: walls, material: .stone, into: &mesh)
        box(x: -sunnySide * (halfWidth + 0.1), z: middle, bottom: 0, size: SIMD3(0.2, height, depth), color: walls, material: .stone, into: &mesh)
        windowedWall(into: &mesh)
        ceiling(into: &mesh)
        // A skirting board where the walls meet the floor.
        box(x: 0, z: far - 0.01, bottom: 0, size: SIMD3(halfWidth * 2, 0.1, 0.02), color: walls * 0.5, material: .stone, into: &mesh)
        furnish(&mesh, random: &random)
        return mesh
    }

    /// The sunny wall: a sill below, a lintel above, and piers between tall windows.
    private func windowedWall(into mesh: inout Mesh) {
        let x = sunnySide * (halfWidth + 0.1)
        let sill: Float = 0.8, lintel: Float = 2.3
        box(x: x, z: middle, bottom: 0, size: SIMD3(0.2, sill, depth), color: walls, material: .stone, into: &mesh)
        box(x: x, z: middle, bottom: lintel, size: SIMD3(0.2, height - lintel, depth), color: walls, material: .stone, into: &mesh)
        let bays = max(2, Int(depth / 2.4))
        let bay = depth / Float(bays)
        for index in 0...bays {
            let z = near + Float(index) * bay
            let width: Float = index == 0 || index == bays ? 0.5 : 1.0
            box(x: x, z: z, bottom: sill, size: SIMD3(0.2, lintel - sill, width), color: walls, material: .stone, into: &mesh)
            // Frames a hand's width deep on the windows' inner edges.
            box(x: x - sunnySide * 0.12, z: z, bottom: sill, size: SIMD3(0.04, lintel - sill, width + 0.08), color: SIMD3(0.5, 0.5, 0.48), material: .stone, into: &mesh)
        }
    }

    /// A flat ceiling seen from below (a box has no underside), which shades the room from
    /// a high sun everywhere but under the windows.
    private func ceiling(into mesh: inout Mesh) {
        let corners = [SIMD2(-halfWidth - 0.3, near - 1), SIMD2(halfWidth + 0.3, near - 1), SIMD2(halfWidth + 0.3, far + 0.3), SIMD2(-halfWidth - 0.3, far + 0.3)]
        let color = walls * 0.9 + SIMD3(repeating: 0.04)
        let indices = corners.map { corner in
            mesh.addVertex(place(corner.x, height, corner.y), normal: SIMD3(0, -1, 0), color: color)
        }
        mesh.addTriangle(indices[0], indices[2], indices[1], material: .stone)
        mesh.addTriangle(indices[0], indices[3], indices[2], material: .stone)
    }

    /// Furniture that names the room, along the back and the shaded side wall.
    private func furnish(_ mesh: inout Mesh, random: inout SeededGenerator) {
        let back = far - 0.05, shaded = -sunnySide * (halfWidth - 0.05)
        let fabric = [SIMD3<Float>(0.18, 0.05, 0.04), SIMD3(0.05, 0.09, 0.14), SIMD3(0.2, 0.17, 0.12), SIMD3(0.06, 0.1, 0.06)][Int(random.unit() * 4) % 4]
        let wood = SIMD3<Float>(0.12, 0.06, 0.025) * random.value(0.8, 1.3)
        switch setting {
        case .livingRoom:
            let along = random.value(-0.8, 0.8)
            sofa(x: along, back: back, color: fabric, into: &mesh)
            box(x: along + random.sign() * 2.2, z: back - 0.6, bottom: 0, size: SIMD3(0.5, 0.55, 0.5), color: wood, material: .bark, into: &mesh)
            lamp(x: shaded + sunnySide * 0.4, z: back - 0.4, into: &mesh)
            box(x: along, z: back - 1.9, bottom: 0, size: SIMD3(2.6, 0.012, 1.6), color: fabric * 0.6 + SIMD3(0.05, 0.04, 0.03), material: .cloth, into: &mesh)
            shelf(x: shaded, z: middle, wood: wood, into: &mesh, random: &random)
            picture(x: along, z: far, bottom: 1.45, into: &mesh, random: &random)
        case .kitchen:
            let run = halfWidth * 2 - 0.6
            let cabinets = SIMD3<Float>(0.55, 0.52, 0.46) * random.value(0.7, 1.1)
            box(x: 0, z: back - 0.3, bottom: 0, size: SIMD3(run, 0.88, 0.6), color: cabinets, material: .stone, into: &mesh)
            box(x: 0, z: back - 0.31, bottom: 0.88, size: SIMD3(run + 0.04, 0.04, 0.64), color: SIMD3(0.08, 0.08, 0.085), material: .metal, into: &mesh)
            box(x: 0, z: back - 0.18, bottom: 1.5, size: SIMD3(run, 0.7, 0.35), color: cabinets, material: .stone, into: &mesh)
            box(x: shaded + sunnySide * 0.4, z: back - 0.4, bottom: 0, size: SIMD3(0.75, 1.85, 0.7), color: SIMD3(0.5, 0.5, 0.52), material: .metal, into: &mesh)
            // Handles: a dark line across each door.
            for door in stride(from: -run / 2 + 0.3, through: run / 2 - 0.3, by: 0.6) {
                box(x: door, z: back - 0.61, bottom: 0.7, size: SIMD3(0.14, 0.02, 0.02), color: SIMD3(0.05, 0.05, 0.05), material: .metal, into: &mesh)
            }
        case .restaurant:
            for index in 0..<4 {
                let x = (index % 2 == 0 ? -1 : 1) * halfWidth * random.value(0.45, 0.7)
                let z = far - 1.4 - Float(index / 2) * 2.6
                table(x: x, z: z, wood: wood, cloth: SIMD3(0.7, 0.68, 0.64), into: &mesh)
            }
        case .bedroom:
            let along = random.value(-0.6, 0.6)
            if furnishesBed {
                mesh.append(BedModel(cover: fabric, wood: wood).mesh(head: place(along, 0, back), toward: SIMD3<Float>(0, 0, -1).rotatedAboutY(yaw)))
            }
            for side: Float in [-1, 1] {
                box(x: along + side * 1.15, z: back - 0.25, bottom: 0, size: SIMD3(0.45, 0.55, 0.4), color: wood, material: .bark, into: &mesh)
            }
            mesh.addTube(Tube(points: [place(along + 1.15, 0.55, back - 0.25), place(along + 1.15, 0.85, back - 0.25)], radii: [0.12, 0.08],
                              color: SIMD3(0.9, 0.62, 0.3) * 0.12, material: .neon, subdivisions: 1, sides: 10))
            shelf(x: shaded, z: middle, wood: wood, into: &mesh, random: &random)
            picture(x: along, z: far, bottom: 1.35, into: &mesh, random: &random)
        case .office:
            for index in 0..<2 {
                let x = (index == 0 ? -1 : 1) * min(halfWidth * 0.5, 1.6)
                desk(x: x, back: back, wood: wood, into: &mesh)
            }
            shelf(x: shaded, z: middle, wood: wood, into: &mesh, random: &random)
            lamp(x: -shaded * 0.8, z: back - 0.4, into: &mesh)
        case .gym:
            gymEquipment(back: back, into: &mesh, random: &random)
        case .hospital:
            hospitalWard(back: back, shaded: shaded, into: &mesh, random: &random)
        case .bathroom:
            bathroomFittings(back: back, shaded: shaded, into: &mesh, random: &random)
        case .chapel:
            chapelNave(back: back, into: &mesh, random: &random)
        case .studio:
            studioGear(back: back, wood: wood, into: &mesh, random: &random)
        case .interior:
            shelf(x: shaded, z: far - 1.2, wood: wood, into: &mesh, random: &random)
            table(x: random.sign() * halfWidth * 0.55, z: back - 0.5, wood: wood, cloth: nil, into: &mesh)
            lamp(x: -shaded * 0.8, z: back - 0.4, into: &mesh)
            picture(x: random.value(-1, 1), z: far, bottom: 1.5, into: &mesh, random: &random)
        default:
            break
        }
        plant(x: sunnySide * (halfWidth - 0.5), z: back - 0.5, into: &mesh)
    }

    /// A desk against the back wall with a screen on it and a chair in front.
    func desk(x: Float, back: Float, wood: SIMD3<Float>, into mesh: inout Mesh) {
        box(x: x, z: back - 0.4, bottom: 0.72, size: SIMD3(1.4, 0.04, 0.7), color: wood, material: .bark, into: &mesh)
        for side: Float in [-1, 1] {
            box(x: x + side * 0.66, z: back - 0.4, bottom: 0, size: SIMD3(0.04, 0.72, 0.66), color: wood * 0.8, material: .bark, into: &mesh)
        }
        box(x: x, z: back - 0.25, bottom: 0.76, size: SIMD3(0.05, 0.18, 0.05), color: SIMD3(0.03, 0.03, 0.03), material: .metal, into: &mesh)
        box(x: x, z: back - 0.27, bottom: 0.9, size: SIMD3(0.62, 0.38, 0.03), color: SIMD3(0.02, 0.02, 0.025), material: .metal, into: &mesh)
        box(x: x, z: back - 0.29, bottom: 0.92, size: SIMD3(0.58, 0.34, 0.01), color: SIMD3(0.05, 0.12, 0.2) * 0.3, material: .neon, into: &mesh)
        box(x: x, z: back - 1.05, bottom: 0, size: SIMD3(0.5, 0.46, 0.5), color: SIMD3(0.03, 0.03, 0.035), material: .cloth, into: &mesh)
        box(x: x, z: back - 1.28, bottom: 0.46, size: SIMD3(0.5, 0.55, 0.06), color: SIMD3(0.03, 0.03, 0.035), material: .cloth, into: &mesh)
    }

    /// A treadmill, a weight bench and a rack of dumbbells along the walls, a mirror behind.
    private func gymEquipment(back: Float, into mesh: inout Mesh, random: inout SeededGenerator) {
        let steel = SIMD3<Float>(0.25, 0.25, 0.27), black = SIMD3<Float>(0.02, 0.02, 0.022)
        box(x: 0, z: far - 0.02, bottom: 0.3, size: SIMD3(halfWidth * 1.6, 1.8, 0.02), color: SIMD3(0.3, 0.32, 0.34), material: .glass, into: &mesh)
        let side = random.sign() * min(halfWidth * 0.55, 2)
        box(x: side, z: back - 1.1, bottom: 0, size: SIMD3(0.8, 0.22, 1.9), color: black, material: .cloth, into: &mesh)
        box(x: side, z: back - 1.1, bottom: 0.22, size: SIMD3(0.55, 0.02, 1.7), color: SIMD3(0.05, 0.05, 0.05), material: .cloth, into: &mesh)
        for rail: Float in [-1, 1] {
            box(x: side + rail * 0.38, z: back - 0.3, bottom: 0.22, size: SIMD3(0.05, 1.1, 0.05), color: steel, material: .metal, into: &mesh)
        }
        box(x: side, z: back - 0.3, bottom: 1.3, size: SIMD3(0.8, 0.08, 0.3), color: black, material: .metal, into: &mesh)
        box(x: -side, z: back - 1.2, bottom: 0, size: SIMD3(0.35, 0.42, 1.3), color: black, material: .cloth, into: &mesh)
        box(x: -side, z: back - 0.6, bottom: 0, size: SIMD3(1.3, 1.5, 0.06), color: steel, material: .metal, into: &mesh)
        box(x: -side, z: back - 0.6, bottom: 1.3, size: SIMD3(1.6, 0.03, 0.03), color: steel * 1.4, material: .metal, into: &mesh)
        for plate: Float in [-1, 1] {
            box(x: -side + plate * 0.72, z: back - 0.6, bottom: 1.1, size: SIMD3(0.05, 0.42, 0.42), color: black, material: .metal, into: &mesh)
        }
        for index in 0..<6 {
            let x = Float(index) * 0.3 - 0.75
            box(x: x, z: back - 0.3, bottom: 0.5, size: SIMD3(0.22, 0.1, 0.1), color: black, material: .metal, into: &mesh)
        }
        box(x: 0, z: back - 0.3, bottom: 0, size: SIMD3(1.9, 0.5, 0.35), color: steel, material: .metal, into: &mesh)
    }

    private func sofa(x: Float, back: Float, color: SIMD3<Float>, into mesh: inout Mesh) {
        box(x: x, z: back - 0.5, bottom: 0, size: SIMD3(2.1, 0.45, 0.9), color: color, material: .cloth, into: &mesh)
        box(x: x, z: back - 0.12, bottom: 0.45, size: SIMD3(2.1, 0.45, 0.22), color: color * 0.9, material: .cloth, into: &mesh)
        for side: Float in [-1, 1] {
            box(x: x + side * 1.0, z: back - 0.5, bottom: 0.45, size: SIMD3(0.2, 0.2, 0.9), color: color * 0.95, material: .cloth, into: &mesh)
        }
        box(x: x - 0.5, z: back - 0.55, bottom: 0.45, size: SIMD3(0.95, 0.08, 0.7), color: color * 1.15, material: .cloth, into: &mesh)
        box(x: x + 0.5, z: back - 0.55, bottom: 0.45, size: SIMD3(0.95, 0.08, 0.7), color: color * 1.15, material: .cloth, into: &mesh)
    }

    private func table(x: Float, z: Float, wood: SIMD3<Float>, cloth: SIMD3<Float>?, into mesh: inout Mesh) {
        box(x: x, z: z, bottom: 0.72, size: SIMD3(1.1, 0.04, 0.75), color: cloth ?? wood, material: cloth == nil ? .bark : .cloth, into: &mesh)
        for corner in [SIMD2<Float>(-0.5, -0.32), SIMD2(0.5, -0.32), SIMD2(-0.5, 0.32), SIMD2(0.5, 0.32)] {
            box(x: x + corner.x, z: z + corner.y, bottom: 0, size: SIMD3(0.05, 0.72, 0.05), color: wood, material: .bark, into: &mesh)
        }
        guard cloth != nil else { return }
        for side: Float in [-1, 1] {
            box(x: x + side * 0.8, z: z, bottom: 0, size: SIMD3(0.42, 0.45, 0.42), color: wood, material: .bark, into: &mesh)
            box(x: x + side * 0.99, z: z, bottom: 0.45, size: SIMD3(0.04, 0.5, 0.42), color: wood, material: .bark, into: &mesh)
        }
    }

    /// A floor lamp whose shade glows warm.
    private func lamp(x: Float, z: Float, into mesh: inout Mesh) {
        box(x: x, z: z, bottom: 0, size: SIMD3(0.04, 1.45, 0.04), color: SIMD3(0.03, 0.03, 0.03), material: .metal, into: &mesh)
        mesh.addTube(Tube(points: [place(x, 1.4, z), place(x, 1.72, z)], radii: [0.24, 0.16], color: SIMD3(0.9, 0.62, 0.3) * 0.12,
                          material: .neon, subdivisions: 1, sides: 10))
    }

    private func shelf(x: Float, z: Float, wood: SIMD3<Float>, into mesh: inout Mesh, random: inout SeededGenerator) {
        let inward: Float = x < 0 ? 1 : -1, deep: Float = 0.35
        let center = x + inward * deep / 2
        box(x: center, z: z, bottom: 0, size: SIMD3(deep, 1.9, 1.2), color: wood * 0.8, material: .bark, into: &mesh)
        for level: Float in [0.45, 0.9, 1.35] {
            // Rows of books in mixed colours stand on each shelf.
            var along = z - 0.5
            while along < z + 0.45 {
                let width = random.value(0.04, 0.09), tall = random.value(0.22, 0.33)
                let colour = SIMD3<Float>(random.value(0.05, 0.35), random.value(0.04, 0.2), random.value(0.03, 0.15))
                box(x: center + inward * 0.2, z: along + width / 2, bottom: level, size: SIMD3(0.22, tall, width), color: colour, material: .cloth, into: &mesh)
                along += width + 0.005
            }
        }
    }

    private func picture(x: Float, z: Float, bottom: Float, into mesh: inout Mesh, random: inout SeededGenerator) {
        let width = random.value(0.7, 1.2), tall = width * random.value(0.6, 0.8)
        box(x: x, z: z - 0.03, bottom: bottom, size: SIMD3(width, tall, 0.04), color: SIMD3(0.03, 0.025, 0.02), material: .bark, into: &mesh)
        let canvas = SIMD3<Float>(random.value(0.1, 0.5), random.value(0.1, 0.4), random.value(0.1, 0.5))
        box(x: x, z: z - 0.05, bottom: bottom + 0.06, size: SIMD3(width - 0.12, tall - 0.12, 0.02), color: canvas, material: .cloth, into: &mesh)
    }

    private func plant(x: Float, z: Float, into mesh: inout Mesh) {
        mesh.addTube(Tube(points: [place(x, 0, z), place(x, 0.4, z)], radii: [0.15, 0.2], color: SIMD3(0.25, 0.1, 0.05), material: .stone,
                          subdivisions: 1, sides: 10))
        mesh.addTube(Tube(points: [place(x, 0.35, z), place(x, 1.1, z)], radii: [0.35, 0.1], color: SIMD3(0.03, 0.09, 0.03), material: .foliage,
                          subdivisions: 1, sides: 9))
    }

    /// A box `size` (across, up, ahead) standing on `bottom` at room coordinates `x`, `z`.
    func box(x: Float, z: Float, bottom: Float, size: SIMD3<Float>, color: SIMD3<Float>, material: MaterialID, into mesh: inout Mesh) {
        mesh.addBox(center: place(x, bottom + size.y / 2, z), size: size, yaw: yaw, color: color, material: material)
    }

    /// Room coordinates (across, up, ahead) to the world.
    func place(_ x: Float, _ y: Float, _ z: Float) -> SIMD3<Float> {
        origin + SIMD3(x, y, z).rotatedAboutY(yaw)
    }
}
