/// The fittings that name the rooms with a purpose: a hospital ward, a bathroom, a chapel
/// and a recording studio. Each stands along the back and the shaded wall, as the furniture
/// of the other rooms does, so the floor before the camera stays clear.
extension RoomModel {
    /// The walls of a room with a purpose, when the prompt names no building material: a
    /// ward's pale green, a bathroom's white tiles, a chapel's warm stone.
    static func walls(for setting: Setting) -> SIMD3<Float>? {
        switch setting {
        case .hospital: SIMD3(0.42, 0.5, 0.44)
        case .bathroom: SIMD3(0.6, 0.63, 0.64)
        case .chapel: SIMD3(0.36, 0.3, 0.22)
        default: nil
        }
    }

    /// How high a room's ceiling is at least: a chapel's nave is lofty.
    static func ceiling(for setting: Setting) -> Float {
        setting == .chapel ? 7 : 3
    }

    /// A hospital bed with its head to the back wall, a monitor and a drip stand either side
    /// of it, and a curtain in folds along the shaded wall.
    func hospitalWard(back: Float, shaded: Float, into mesh: inout Mesh, random: inout SeededGenerator) {
        let steel = SIMD3<Float>(0.35, 0.37, 0.38), along = random.value(-0.5, 0.5)
        if furnishesBed {
            mesh.append(BedModel(cover: SIMD3(0.22, 0.36, 0.45), wood: steel).mesh(head: place(along, 0, back), toward: SIMD3<Float>(0, 0, -1).rotatedAboutY(yaw)))
        }
        box(x: along + 1.3, z: back - 0.3, bottom: 0, size: SIMD3(0.06, 1.3, 0.06), color: steel, material: .metal, into: &mesh)
        box(x: along + 1.3, z: back - 0.3, bottom: 1.3, size: SIMD3(0.46, 0.36, 0.12), color: SIMD3(0.04, 0.04, 0.045), material: .metal, into: &mesh)
        box(x: along + 1.3, z: back - 0.37, bottom: 1.34, size: SIMD3(0.38, 0.28, 0.01), color: SIMD3(0.05, 0.4, 0.15) * 0.3, material: .neon, into: &mesh)
        box(x: along - 1.2, z: back - 0.6, bottom: 0, size: SIMD3(0.03, 1.9, 0.03), color: steel, material: .metal, into: &mesh)
        box(x: along - 1.2, z: back - 0.6, bottom: 1.5, size: SIMD3(0.16, 0.26, 0.05), color: SIMD3(0.55, 0.58, 0.56), material: .glass, into: &mesh)
        let inward: Float = shaded < 0 ? 1 : -1
        for fold in 0..<10 {
            box(x: shaded + inward * (0.3 + Float(fold % 2) * 0.06), z: back - 1.2 - Float(fold) * 0.36, bottom: 0.15,
                size: SIMD3(0.05, 2.05, 0.38), color: SIMD3(0.2, 0.34, 0.4) * (fold % 2 == 0 ? 1 : 0.82), material: .cloth, into: &mesh)
        }
    }

    /// A bathtub along the back wall, a glass shower screen beside it, tiles to shoulder
    /// height, and a basin under a mirror on the shaded wall.
    func bathroomFittings(back: Float, shaded: Float, into mesh: inout Mesh, random: inout SeededGenerator) {
        let porcelain = SIMD3<Float>(0.7, 0.7, 0.68), chrome = SIMD3<Float>(0.5, 0.5, 0.52)
        let tub = random.value(-0.8, 0.2)
        box(x: 0, z: far - 0.02, bottom: 0, size: SIMD3(halfWidth * 2, 1.5, 0.03), color: walls * SIMD3(0.82, 0.92, 1), material: .glass, into: &mesh)
        box(x: tub, z: back - 0.4, bottom: 0, size: SIMD3(1.7, 0.56, 0.78), color: porcelain, material: .bone, into: &mesh)
        box(x: tub, z: back - 0.4, bottom: 0.5, size: SIMD3(1.5, 0.07, 0.6), color: SIMD3(0.35, 0.42, 0.46), material: .water, into: &mesh)
        mesh.addTube(Tube(points: [place(tub + 1.2, 2.1, back), place(tub + 1.2, 2.1, back - 0.35), place(tub + 1.2, 1.95, back - 0.45)],
                          radii: [0.02, 0.02, 0.07], color: chrome, material: .metal, subdivisions: 1, sides: 8))
        box(x: tub + 1.6, z: back - 0.5, bottom: 0, size: SIMD3(0.02, 2.0, 1.0), color: SIMD3(0.3, 0.34, 0.36), material: .glass, into: &mesh)
        let inward: Float = shaded < 0 ? 1 : -1, basin = back - 2.2
        box(x: shaded + inward * 0.25, z: basin, bottom: 0, size: SIMD3(0.2, 0.8, 0.25), color: porcelain, material: .bone, into: &mesh)
        box(x: shaded + inward * 0.3, z: basin, bottom: 0.8, size: SIMD3(0.5, 0.14, 0.6), color: porcelain, material: .bone, into: &mesh)
        box(x: shaded + inward * 0.03, z: basin, bottom: 1.2, size: SIMD3(0.02, 0.8, 0.6), color: SIMD3(0.4, 0.45, 0.5), material: .glass, into: &mesh)
    }

    /// Rows of pews either side of an aisle, facing an altar and a cross at the back between
    /// two tall lancets of coloured glass.
    func chapelNave(back: Float, into mesh: inout Mesh, random: inout SeededGenerator) {
        let wood = SIMD3<Float>(0.1, 0.045, 0.02) * random.value(0.8, 1.2)
        var row = back - 3.2
        while row > near + 2.5 {
            for side: Float in [-1, 1] {
                let x = side * min(halfWidth * 0.5, 1.9)
                box(x: x, z: row, bottom: 0.42, size: SIMD3(2.4, 0.06, 0.45), color: wood, material: .bark, into: &mesh)
                box(x: x, z: row - 0.26, bottom: 0, size: SIMD3(2.4, 0.95, 0.06), color: wood * 0.85, material: .bark, into: &mesh)
            }
            row -= 1.05
        }
        box(x: 0, z: back - 1.4, bottom: 0, size: SIMD3(2.0, 1.0, 0.8), color: SIMD3(0.62, 0.6, 0.55), material: .cloth, into: &mesh)
        for candle: Float in [-0.7, 0.7] {
            box(x: candle, z: back - 1.4, bottom: 1.0, size: SIMD3(0.06, 0.35, 0.06), color: SIMD3(0.6, 0.58, 0.5), material: .bone, into: &mesh)
            box(x: candle, z: back - 1.4, bottom: 1.35, size: SIMD3(0.03, 0.06, 0.03), color: SIMD3(1, 0.6, 0.2) * 0.5, material: .neon, into: &mesh)
        }
        box(x: 0, z: far - 0.06, bottom: 1.9, size: SIMD3(0.14, 1.8, 0.08), color: SIMD3(0.3, 0.2, 0.06), material: .metal, into: &mesh)
        box(x: 0, z: far - 0.06, bottom: 3.1, size: SIMD3(1.0, 0.14, 0.08), color: SIMD3(0.3, 0.2, 0.06), material: .metal, into: &mesh)
        let glass: [SIMD3<Float>] = [SIMD3(0.5, 0.05, 0.05), SIMD3(0.05, 0.12, 0.5), SIMD3(0.45, 0.32, 0.04), SIMD3(0.06, 0.32, 0.1)]
        for side: Float in [-1, 1] {
            for (pane, color) in glass.enumerated() {
                box(x: side * 2.6, z: far - 0.04, bottom: 1.6 + Float(pane) * 0.8, size: SIMD3(0.7, 0.76, 0.02), color: color * 0.2, material: .neon, into: &mesh)
            }
        }
    }

    /// A desk with a screen between two speakers, a microphone on a stand before it, and
    /// dark foam panels on the back wall.
    func studioGear(back: Float, wood: SIMD3<Float>, into mesh: inout Mesh, random: inout SeededGenerator) {
        let black = SIMD3<Float>(0.02, 0.02, 0.022), steel = SIMD3<Float>(0.2, 0.2, 0.22), desk = random.value(-0.6, 0.6)
        self.desk(x: desk, back: back, wood: wood, into: &mesh)
        for side: Float in [-1, 1] {
            box(x: desk + side * 0.55, z: back - 0.35, bottom: 0.76, size: SIMD3(0.22, 0.34, 0.24), color: black, material: .cloth, into: &mesh)
            mesh.addTube(Tube(points: [place(desk + side * 0.55, 0.92, back - 0.47), place(desk + side * 0.55, 0.92, back - 0.48)], radii: [0.08, 0.08],
                              color: steel, material: .metal, subdivisions: 1, sides: 12))
        }
        box(x: desk, z: back - 0.62, bottom: 0.76, size: SIMD3(0.8, 0.05, 0.25), color: steel, material: .metal, into: &mesh)
        let stand = desk - 0.9
        mesh.addTube(Tube(points: [place(stand, 0, back - 1.2), place(stand, 1.5, back - 1.2), place(stand + 0.35, 1.6, back - 1.3)],
                          radii: [0.015, 0.015, 0.015], color: black, material: .metal, subdivisions: 1, sides: 6))
        mesh.addTube(Tube(points: [place(stand + 0.35, 1.55, back - 1.3), place(stand + 0.35, 1.72, back - 1.3)], radii: [0.035, 0.04],
                          color: steel, material: .metal, subdivisions: 1, sides: 10))
        for column in -3...3 {
            for level in 0..<2 {
                box(x: Float(column) * 0.62, z: far - 0.04, bottom: 1.2 + Float(level) * 0.62, size: SIMD3(0.56, 0.56, 0.05),
                    color: SIMD3(0.05, 0.05, 0.06) * (column % 2 == 0 ? 1 : 1.4), material: .cloth, into: &mesh)
            }
        }
    }
}
