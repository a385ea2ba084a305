import Foundation

/// Aircraft from smooth tubes, by the catalogue row's form: a jet airliner (the default),
/// a fighter jet, a helicopter with turning rotors, a hot-air balloon, a rocket with its
/// flame, a flying saucer and an airship. Origin at the middle of the body; winged craft
/// bank into turns, a balloon hangs upright whatever its heading.
/// Palette: `skin` the body (a balloon's envelope), `belly` its underside or second
/// colour, `membrane` the tail, `horn` engines and trim, `eye` glass.
struct PlaneModel: Sendable {
    enum Form: String, CaseIterable, Sendable, CatalogueForm {
        case airliner, jet, helicopter, balloon, rocket, saucer, airship

        static let usual = Form.airliner

        /// Length in metres at medium size (a balloon: its height; a saucer: across).
        var length: Float {
            switch self {
            case .airliner: 30
            case .jet: 16
            case .helicopter: 13
            case .balloon: 17
            case .rocket: 30
            case .saucer: 16
            case .airship: 60
            }
        }
    }

    var form: Form = .airliner
    var palette: CreaturePalette

    func mesh(for pose: ActorPose, length: Float) -> Mesh {
        var mesh = Mesh()
        // Each form is designed at its own length in metres and scaled to the actor's.
        let design = form.length
        let upright = form == .balloon || form == .saucer
        let frame = BodyFrame(origin: pose.position, forward: upright ? SIMD3(pose.forward.x, 0, pose.forward.z) : pose.forward,
                              bank: upright ? 0 : pose.bank, scale: length / design)
        switch form {
        case .airliner: addAirliner(to: &mesh)
        case .jet: addJet(to: &mesh)
        case .helicopter: addHelicopter(to: &mesh, time: pose.time)
        case .balloon: addBalloon(to: &mesh)
        case .rocket: addRocket(to: &mesh, time: pose.time)
        case .saucer: addSaucer(to: &mesh)
        case .airship: addAirship(to: &mesh)
        }
        mesh.place(in: frame)
        return mesh
    }

    /// Fuselage, swept wings and tailplane flattened into aerofoils, a tall fin and two
    /// engines under the wings; 30 m long.
    private func addAirliner(to mesh: inout Mesh) {
        mesh.addTube(Tube(points: [SIMD3(0, 0.3, -15), SIMD3(0, 0.2, -11), SIMD3(0, 0, 8), SIMD3(0, -0.15, 14.6)],
                          radii: [0.35, 1.8, 1.9, 0.85], color: palette.skin, undersideColor: palette.belly, material: .metal, sides: 18))
        for side: Float in [-1, 1] {
            // Wings and tailplane: spines run out to the tips, the cross-section is a thin chord.
            mesh.addTube(Tube(points: [SIMD3(0, -0.6, 1.5), SIMD3(side * 7, -0.2, -1.5), SIMD3(side * 14.5, 0.5, -4.5)],
                              radii: [1.5, 0.95, 0.4], color: palette.skin, undersideColor: palette.belly, material: .metal,
                              squash: SIMD2(2.4, 0.14), sides: 10))
            mesh.addTube(Tube(points: [SIMD3(0, 0.4, -12.5), SIMD3(side * 5.2, 0.7, -14.6)], radii: [0.9, 0.35], color: palette.skin,
                              material: .metal, squash: SIMD2(2.2, 0.14), sides: 10))
            mesh.addTube(Tube(points: [SIMD3(side * 5.2, -1.5, 3.2), SIMD3(side * 5.2, -1.5, 0.8), SIMD3(side * 5.2, -1.4, -0.6)],
                              radii: [0.75, 0.8, 0.55], color: palette.horn, material: .metal, sides: 14))
        }
        mesh.addTube(Tube(points: [SIMD3(0, 1.2, -11), SIMD3(0, 3.8, -13.4), SIMD3(0, 6.2, -15.2)], radii: [1.6, 1.1, 0.6],
                          color: palette.membrane, material: .metal, up: SIMD3(1, 0, 0), squash: SIMD2(1.9, 0.13), sides: 10))
    }

    /// A slim fuselage with a bubble canopy, delta wings and twin canted fins; 16 m long.
    private func addJet(to mesh: inout Mesh) {
        mesh.addTube(Tube(points: [SIMD3(0, 0, -8), SIMD3(0, 0.1, -2), SIMD3(0, 0.1, 4), SIMD3(0, -0.1, 8)],
                          radii: [0.55, 0.9, 0.8, 0.08], color: palette.skin, undersideColor: palette.belly, material: .metal, sides: 14))
        mesh.addTube(Tube(points: [SIMD3(0, 0.75, 1.5), SIMD3(0, 0.85, 3.4)], radii: [0.45, 0.3], color: palette.eye, material: .glass, sides: 10))
        for side: Float in [-1, 1] {
            mesh.addTube(Tube(points: [SIMD3(0, -0.1, 2), SIMD3(side * 3, -0.15, -3), SIMD3(side * 5.2, -0.2, -5.5)],
                              radii: [2.2, 1.4, 0.3], color: palette.skin, undersideColor: palette.belly, material: .metal,
                              squash: SIMD2(1.8, 0.1), sides: 10))
            mesh.addTube(Tube(points: [SIMD3(side * 0.9, 0.5, -5.5), SIMD3(side * 1.6, 2.6, -7.4)], radii: [1.0, 0.4], color: palette.membrane,
                              material: .metal, up: SIMD3(1, 0, 0), squash: SIMD2(1.6, 0.12), sides: 8))
        }
        mesh.addCylinder(from: SIMD3(0, 0, -8.1), to: SIMD3(0, 0, -8.4), radius: 0.45, color: palette.horn, material: .metal, sides: 12)
    }

    /// A rounded cabin with a glass nose, a tail boom with a fin, skids, and a two-bladed
    /// rotor turning overhead; 13 m long with the rotor.
    private func addHelicopter(to mesh: inout Mesh, time: Float) {
        mesh.addTube(Tube(points: [SIMD3(0, 0, -1.8), SIMD3(0, 0.1, 0), SIMD3(0, -0.1, 1.8)], radii: [1.1, 1.4, 0.9],
                          color: palette.skin, undersideColor: palette.belly, material: .metal, sides: 16))
        mesh.addTube(Tube(points: [SIMD3(0, -0.1, 1.4), SIMD3(0, -0.2, 2.4)], radii: [0.85, 0.5], color: palette.eye, material: .glass, sides: 12))
        mesh.addTube(Tube(points: [SIMD3(0, 0.3, -1.6), SIMD3(0, 0.55, -5.5), SIMD3(0, 0.7, -7)], radii: [0.5, 0.25, 0.2],
                          color: palette.skin, material: .metal, sides: 10))
        mesh.addTube(Tube(points: [SIMD3(0, 0.6, -6.6), SIMD3(0, 2, -7.2)], radii: [0.6, 0.3], color: palette.membrane, material: .metal,
                          up: SIMD3(1, 0, 0), squash: SIMD2(1.5, 0.15), sides: 8))
        for side: Float in [-1, 1] {
            mesh.addTube(Tube(points: [SIMD3(side * 0.9, -1.6, -1.5), SIMD3(side * 0.9, -1.6, 1.8)], radii: [0.07, 0.07], color: palette.horn,
                              material: .metal, subdivisions: 1, sides: 6))
            mesh.addTube(Tube(points: [SIMD3(side * 0.6, -1, 0), SIMD3(side * 0.9, -1.6, 0)], radii: [0.06, 0.06], color: palette.horn,
                              material: .metal, subdivisions: 1, sides: 6))
        }
        mesh.addCylinder(from: SIMD3(0, 1.3, 0), to: SIMD3(0, 1.8, 0), radius: 0.18, color: palette.horn, material: .metal, sides: 8)
        // The rotor turns about four times a second, each blade 5.5 m long.
        let angle = time * 25
        let blade = SIMD3(sinf(angle), 0, cosf(angle))
        mesh.addBox(center: SIMD3(0, 1.85, 0), size: SIMD3(0.35, 0.06, 11), yaw: atan2f(blade.x, blade.z), color: palette.horn * 0.6, material: .metal)
        mesh.addBox(center: SIMD3(0.3, 0.7, -7), size: SIMD3(0.05, 1.6, 0.15), yaw: 0, color: palette.horn * 0.6, material: .metal)
    }

    /// An envelope of gores in two colours over a wicker basket hung on ropes; 17 m tall,
    /// origin at mid-height.
    private func addBalloon(to mesh: inout Mesh) {
        let base: Float = -8.5
        mesh.addBox(center: SIMD3(0, base + 0.6, 0), size: SIMD3(1.4, 1.2, 1.4), color: SIMD3(0.3, 0.18, 0.08), material: .bark)
        let gores = 12
        for gore in 0..<gores {
            let angle = Float(gore) / Float(gores) * 2 * .pi
            let out = SIMD3(cosf(angle), 0, sinf(angle))
            // Each gore a slice of the bulb, from the throat over the crown.
            let profile: [(Float, Float)] = [(3.2, 0.9), (5.5, 4.2), (9, 6.4), (12, 6.6), (14.6, 5), (16.5, 1.2)]
            let points = profile.map { SIMD3(0, base + $0.0, 0) + out * ($0.1 * 0.93) }
            let radii = profile.map { max($0.1 * 0.28, 0.3) }
            mesh.addTube(Tube(points: points, radii: radii, color: gore % 2 == 0 ? palette.skin : palette.belly, material: .cloth,
                              up: out, squash: SIMD2(1, 0.35), subdivisions: 2, sides: 8))
        }
        for corner in 0..<4 {
            let angle = Float(corner) / 4 * 2 * .pi + .pi / 4
            let out = SIMD3(cosf(angle), 0, sinf(angle))
            mesh.addTube(Tube(points: [SIMD3(0, base + 1.2, 0) + out * 0.95, SIMD3(0, base + 3.4, 0) + out * 1.1], radii: [0.03, 0.03],
                              color: SIMD3(0.1, 0.08, 0.06), material: .cloth, subdivisions: 1, sides: 4))
        }
        // The burner's glow in the throat.
        mesh.addBall(center: SIMD3(0, base + 3.1, 0), radius: 0.35, color: SIMD3(1, 0.55, 0.15), material: .fire)
    }

    /// A tall white body with a pointed nose, four fins and a flame behind; 30 m long.
    private func addRocket(to mesh: inout Mesh, time: Float) {
        mesh.addTube(Tube(points: [SIMD3(0, 0, -13), SIMD3(0, 0, 6), SIMD3(0, 0, 11.5), SIMD3(0, 0, 15)], radii: [1.8, 1.8, 1.3, 0.1],
                          color: palette.skin, material: .metal, sides: 18))
        mesh.addTube(Tube(points: [SIMD3(0, 0, 4), SIMD3(0, 0, 6)], radii: [1.85, 1.85], color: palette.belly, material: .metal, subdivisions: 1, sides: 18))
        for fin in 0..<4 {
            let angle = Float(fin) / 4 * 2 * .pi
            let out = SIMD3(cosf(angle), sinf(angle), 0)
            mesh.addTube(Tube(points: [out * 1.6 + SIMD3(0, 0, -9.5), out * 3.6 + SIMD3(0, 0, -13.5)], radii: [1.6, 0.7], color: palette.belly,
                              material: .metal, up: SIMD3(-out.y, out.x, 0), squash: SIMD2(1.4, 0.1), sides: 8))
        }
        let flicker = 1 + 0.12 * sinf(time * 31) + 0.06 * sinf(time * 47)
        mesh.addTube(Tube(points: [SIMD3(0, 0, -13.2), SIMD3(0, 0, -17 * flicker), SIMD3(0, 0, -22 * flicker)], radii: [1.5, 1.2, 0.2],
                          color: SIMD3(1, 0.6, 0.2), material: .fire, sides: 12))
    }

    /// A wide disc with a glass dome on top and lights round its rim; 16 m across.
    private func addSaucer(to mesh: inout Mesh) {
        mesh.addFrustum(base: SIMD3(0, -1.2, 0), height: 1, bottomRadius: 3, topRadius: 8, color: palette.belly, material: .metal, sides: 32)
        mesh.addFrustum(base: SIMD3(0, -0.2, 0), height: 1.1, bottomRadius: 8, topRadius: 3.2, color: palette.skin, material: .metal, sides: 32)
        mesh.addBall(center: SIMD3(0, 1.2, 0), radius: 2.8, squash: 0.8, color: palette.eye, material: .glass, sides: 16)
        for light in 0..<12 {
            let angle = Float(light) / 12 * 2 * .pi
            mesh.addBall(center: SIMD3(cosf(angle) * 7.4, -0.3, sinf(angle) * 7.4), radius: 0.35, color: SIMD3(0.4, 1, 0.6), material: .neon)
        }
    }

    /// A long cigar-shaped envelope with four tail fins and a gondola under it; 60 m long.
    private func addAirship(to mesh: inout Mesh) {
        mesh.addTube(Tube(points: [SIMD3(0, 0, -30), SIMD3(0, 0, -18), SIMD3(0, 0, 12), SIMD3(0, 0, 30)], radii: [1.5, 8, 8.5, 1.5],
                          color: palette.skin, undersideColor: palette.belly, material: .cloth, sides: 20))
        mesh.addTube(Tube(points: [SIMD3(0, -8.6, 2), SIMD3(0, -8.8, 10)], radii: [1.4, 1.2], color: palette.horn, material: .metal, sides: 10))
        for fin in 0..<4 {
            let angle = Float(fin) / 4 * 2 * .pi
            let out = SIMD3(cosf(angle), sinf(angle), 0)
            mesh.addTube(Tube(points: [out * 3 + SIMD3(0, 0, -20), out * 8 + SIMD3(0, 0, -28)], radii: [4, 1.5], color: palette.membrane,
                              material: .metal, up: SIMD3(-out.y, out.x, 0), squash: SIMD2(1.3, 0.1), sides: 8))
        }
    }
}
