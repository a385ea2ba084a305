import Foundation

/// Props and things a prompt names: a ball, an umbrella, a fence, a book or a phone, a cup
/// or a vase, a guitar, a sword or a flag, a statue. Built `length` metres tall (a fence:
/// long) with the origin at the base, which is where a hand grips what it holds.
struct ObjectModel: Sendable {
    /// The catalogue row's form: which thing, and so its shape.
    enum Form: String, CaseIterable, Sendable {
        case ball, umbrella, fence, slab, vessel, instrument, pole, statue
        /// Things played or read at a table: a chequered board with its pieces, a glass ball
        /// on a stand, a fanned hand of cards.
        case gameBoard, crystalBall, cards
        /// A weathered rock to stand or sit on: "a fox on a rock".
        case boulder
        /// A tree's limb reaching level from its trunk, leaves at its tip and above: "a koala
        /// on a branch", "a hawk perched on a tree branch".
        case bough

        /// The form a catalogue row names; nil for things the scene builds itself (a seat,
        /// a table, a bed) or has no shape for yet.
        init?(_ form: String?) {
            guard let form, let named = Self(rawValue: form) else { return nil }
            self = named
        }

        /// Height in metres at medium size (a fence: its length; a boulder: its breadth).
        var length: Float {
            switch self {
            case .ball: 0.24
            case .umbrella: 1
            case .fence: 3.2
            case .slab: 0.28
            case .vessel: 0.24
            case .instrument: 1
            case .pole: 1.1
            case .statue: 3
            case .gameBoard: 0.45
            case .boulder: 1.5
            case .bough: 3
            case .crystalBall: 0.3
            case .cards: 0.2
            }
        }

        /// The height of its top, in lengths, for something standing on it; nil where nothing can.
        var top: Float? {
            switch self {
            case .fence: Self.topRail * Self.fenceHeight / length + Self.railDepth / 2
            case .statue: Self.plinthShare
            case .boulder: Self.boulderTop
            case .bough: Self.boughTop
            default: nil
            }
        }

        /// How many of its rider's lengths it reaches at least, where it grows to bear what is
        /// on it: a leopard's bough is a big tree's, a squirrel's a small one's.
        var riderLengths: Float? {
            self == .bough ? 1.6 : nil
        }

        /// Whether it is held at the waist rather than up before the chest: a guitar is played
        /// across the body, its model drawn from the hand at the hip.
        var heldAtTheWaist: Bool {
            self == .instrument
        }

        /// How far the front edge of its top is from its middle, in lengths, where it has
        /// one to sit on: someone sitting there sits on the edge.
        var frontEdge: Float? {
            self == .boulder ? 0.38 : nil
        }

        static let fenceHeight: Float = 1.05
        /// The top rail's height, a share of the fence's, and how deep the rails are, in lengths.
        static let topRail: Float = 0.9, railDepth: Float = 0.03
        /// How high a boulder's flat top is, a share of its length (its breadth): about
        /// a knee's height, to stand or sit on.
        static let boulderTop: Float = 0.33
        /// How high a bough's top is, a share of its length (its reach): above a person's head.
        static let boughTop: Float = 0.62
        /// The share of a statue's height that is its plinth.
        static let plinthShare: Float = 0.28
    }

    var form: Form
    /// Its body colour (the canopy, the paint, the stone) and a second for its trim.
    var color: SIMD3<Float>
    var trim: SIMD3<Float>

    /// A ball's patches, when its row gives them a colour: a football's black pentagons.
    var patches: SIMD3<Float>?

    init(form: Form, color: SIMD3<Float>? = nil, trim: SIMD3<Float>? = nil) {
        self.form = form
        self.patches = form == .ball ? trim : nil
        self.color = color ?? form.defaultColor
        self.trim = trim ?? form.defaultTrim
    }

    func mesh(for pose: ActorPose, length: Float) -> Mesh {
        let frame = BodyFrame(origin: pose.position, forward: pose.forward, bank: pose.bank, scale: length)
        var mesh = Mesh()
        switch form {
        case .ball:
            mesh.addBall(center: SIMD3(0, 0.5, 0), radius: 0.5, color: color, material: .skin, sides: 16)
            if let patches {
                // Twelve pentagons, one at each corner of an icosahedron, as a football's are stitched.
                for corner in Self.icosahedronCorners {
                    mesh.addCylinder(from: SIMD3(0, 0.5, 0) + corner * 0.47, to: SIMD3(0, 0.5, 0) + corner * 0.505, radius: 0.15,
                                     color: patches, material: .skin, sides: 5)
                }
            }
        case .umbrella:
            // A shaft from the handle, a shallow canopy of eight panels above the head.
            mesh.addTube(Tube(points: [SIMD3(0, -0.05, 0), SIMD3(0, 0.95, 0)], radii: [0.012, 0.012], color: trim, material: .metal, subdivisions: 1, sides: 6))
            mesh.addTube(Tube(points: [SIMD3(0, 0, 0), SIMD3(0, -0.08, 0.05)], radii: [0.018, 0.018], color: trim * 0.4, subdivisions: 1, sides: 6))
            mesh.addFrustum(base: SIMD3(0, 0.72, 0), height: 0.24, bottomRadius: 0.55, topRadius: 0.04, color: color, material: .cloth, sides: 8)
        case .fence:
            // Posts every metre and two rails, along its length (forward).
            let posts = Int(1 / 0.3)
            for post in 0...posts {
                let z = Float(post) / Float(posts) - 0.5
                mesh.addBox(center: SIMD3(0, Form.fenceHeight / 2 / form.length, z), size: SIMD3(0.03, Form.fenceHeight / form.length, 0.03),
                            color: color * 0.85, material: .bark)
            }
            for rail: Float in [0.45, Form.topRail] {
                mesh.addBox(center: SIMD3(0, rail * Form.fenceHeight / form.length, 0), size: SIMD3(0.012, Form.railDepth, 1.02), color: color, material: .bark)
            }
        case .slab:
            // A book, a phone or a tablet held up: a board, its face a darker screen or cover.
            mesh.addBox(center: SIMD3(0, 0.5, 0), size: SIMD3(0.72, 1, 0.08), color: color, material: .metal)
            mesh.addBox(center: SIMD3(0, 0.5, 0.045), size: SIMD3(0.62, 0.88, 0.01), color: trim, material: .glass)
        case .vessel:
            mesh.addFrustum(base: .zero, height: 0.7, bottomRadius: 0.28, topRadius: 0.36, color: color, material: .stone, sides: 18)
            mesh.addFrustum(base: SIMD3(0, 0.7, 0), height: 0.3, bottomRadius: 0.36, topRadius: 0.22, color: color, topColor: trim, material: .stone, sides: 18)
        case .instrument:
            // A guitar's figure-of-eight body at the hip, its sound hole, and a neck slanting
            // up across the chest to the head.
            let neck = SIMD3<Float>(-0.55, 0.84, 0).normalized, across = SIMD3<Float>(neck.y, -neck.x, 0)
            func at(_ along: Float, _ side: Float = 0, _ out: Float = 0) -> SIMD3<Float> { neck * along + across * side + SIMD3(0, 0.35, out) }
            mesh.addBall(center: at(-0.1), radius: 0.2, axis: SIMD3(0, 0, 1), squash: 0.35, color: color, material: .bark, sides: 14)
            mesh.addBall(center: at(0.1), radius: 0.15, axis: SIMD3(0, 0, 1), squash: 0.45, color: color, material: .bark, sides: 14)
            mesh.addCylinder(from: at(0.04, 0, 0.02), to: at(0.04, 0, 0.05), radius: 0.05, color: trim * 0.2, material: .bark, sides: 10)
            mesh.addTube(Tube(points: [at(0.2, 0, 0.02), at(0.68, 0, 0.02)], radii: [0.025, 0.022], color: trim, material: .bark, subdivisions: 1, sides: 6))
            mesh.addTube(Tube(points: [at(0.68, 0, 0.02), at(0.78, 0, 0.02)], radii: [0.04, 0.035], color: trim * 0.6, material: .bark, subdivisions: 1, sides: 6))
        case .pole:
            // A staff, a blade or a flagpole, with a guard or a flag near the top.
            mesh.addTube(Tube(points: [SIMD3(0, 0, 0), SIMD3(0, 1, 0)], radii: [0.018, 0.014], color: trim, material: .metal, subdivisions: 1, sides: 6))
            mesh.addBox(center: SIMD3(0, 0.8, 0.18), size: SIMD3(0.01, 0.26, 0.34), color: color, material: .cloth)
        case .gameBoard:
            // Eight by eight squares in two colours on a thin board, a few pieces standing on it.
            mesh.addBox(center: SIMD3(0, 0.01, 0), size: SIMD3(1, 0.02, 1), color: trim, material: .bark)
            for row in 0..<8 {
                for column in 0..<8 where (row + column) % 2 == 0 {
                    mesh.addBox(center: SIMD3((Float(column) - 3.5) / 8.6, 0.022, (Float(row) - 3.5) / 8.6), size: SIMD3(0.116, 0.004, 0.116),
                                color: color, material: .bark)
                }
            }
            for (k, spot) in [SIMD2<Float>(-0.3, -0.3), SIMD2(0.1, -0.3), SIMD2(-0.1, 0.2), SIMD2(0.3, 0.3), SIMD2(0.2, -0.1), SIMD2(-0.3, 0.1)].enumerated() {
                let piece = k % 2 == 0 ? SIMD3<Float>(0.75, 0.72, 0.66) : SIMD3<Float>(0.04, 0.035, 0.03)
                mesh.addFrustum(base: SIMD3(spot.x, 0.024, spot.y), height: 0.09, bottomRadius: 0.045, topRadius: 0.02, color: piece, material: .skin, sides: 10)
                mesh.addBall(center: SIMD3(spot.x, 0.13, spot.y), radius: 0.035, color: piece, material: .skin, sides: 8)
            }
        case .crystalBall:
            // A clear ball glowing faintly from within, on a dark turned stand.
            mesh.addFrustum(base: .zero, height: 0.18, bottomRadius: 0.3, topRadius: 0.2, color: trim, material: .bark, sides: 16)
            mesh.addBall(center: SIMD3(0, 0.5, 0), radius: 0.34, color: color, material: .glass, sides: 18)
        case .cards:
            // A hand of cards fanned out flat, faces up, their backs red.
            for k in 0..<5 {
                let angle = (Float(k) - 2) * 0.25
                let center = SIMD3<Float>(sinf(angle) * 0.25, 0.005 + Float(k) * 0.004, cosf(angle) * 0.25 - 0.2)
                mesh.addBox(center: center, size: SIMD3(0.32, 0.004, 0.45), yaw: angle, color: k == 4 ? color : trim, material: .bone)
            }
        case .statue:
            // A figure in stone on a plinth.
            let plinth = Form.plinthShare
            mesh.addBox(center: SIMD3(0, plinth / 2, 0), size: SIMD3(0.38, plinth, 0.38), color: trim, material: .stone)
            var figure = PersonModel(palette: CreaturePalette(skin: color, belly: color * 0.9, membrane: color, horn: color * 0.95, eye: color * 0.8),
                                     figure: PersonModel.Figure(), knife: false)
                .mesh(for: ActorPose(position: SIMD3(0, plinth + 0.54 * (1 - plinth), 0), forward: SIMD3(0, 0, 1)), length: 1 - plinth)
            for index in figure.materials.indices { figure.materials[index] = .stone }
            mesh.append(figure)
        case .boulder:
            // A broad block worn flat on top where something stands, its shoulders rounded,
            // smaller rocks heaped against its foot: a rock, not a plinth.
            let top = Form.boulderTop
            mesh.addFrustum(base: .zero, height: top * 0.65, bottomRadius: 0.5, topRadius: 0.46, color: color, material: .stone, sides: 7)
            mesh.addFrustum(base: SIMD3(0, top * 0.65, 0), height: top * 0.35, bottomRadius: 0.46, topRadius: 0.36, color: color * 1.08, material: .stone, sides: 8)
            for (x, z, radius) in [(Float(0.42), Float(-0.22), Float(0.12)), (-0.38, -0.3, 0.1), (-0.3, 0.38, 0.09), (0.36, 0.32, 0.08)] {
                mesh.addBall(center: SIMD3(x, radius * 0.9, z), radius: radius, color: color * 0.85, material: .stone, sides: 9)
            }
        case .bough:
            addBough(to: &mesh)
        }
        mesh.place(in: frame)
        return mesh
    }

    /// The limb lies along its length (forward), level where something stands on it at the
    /// middle, out from a trunk just behind; leaves bunch at its tip, on a twig, and above,
    /// where the trunk's crown begins.
    private func addBough(to mesh: inout Mesh) {
        let top = Form.boughTop, limb: Float = 0.04
        mesh.addTube(Tube(points: [SIMD3(0, 0.06, -0.5), SIMD3(0.01, top, -0.48), SIMD3(-0.02, 0.92, -0.46)], radii: [0.075, 0.06, 0.05],
                          color: color * 0.9, material: .bark, sides: 12))
        mesh.addTube(Tube(points: [SIMD3(0, top - limb - 0.03, -0.45), SIMD3(0, top - limb, -0.2), SIMD3(0, top - limb, 0.2), SIMD3(0.03, top, 0.48)],
                          radii: [0.045, limb, limb * 0.9, 0.01], color: color, material: .bark, sides: 10))
        let twig = [SIMD3<Float>(0, top - limb, 0.12), SIMD3(0.1, top + 0.06, 0.26), SIMD3(0.16, top + 0.12, 0.36)]
        mesh.addTube(Tube(points: twig, radii: [0.012, 0.008, 0.005], color: color, material: .bark, sides: 6))
        for (center, radius) in [(SIMD3<Float>(0.04, top + 0.05, 0.42), Float(0.09)), (SIMD3(-0.07, top + 0.01, 0.42), 0.06), (twig[2], 0.07),
                                 (SIMD3(0.12, top + 0.3, -0.26), 0.12), (SIMD3(-0.14, top + 0.36, -0.38), 0.13), (SIMD3(0, 0.9, -0.46), 0.17)] {
            addLeafBunch(to: &mesh, at: center, radius: radius)
        }
    }

    /// A bunch of leaves `radius` across: a shaded heart, and leaves fanning out all round
    /// it, spread evenly over the sphere, lighter toward the top.
    private func addLeafBunch(to mesh: inout Mesh, at center: SIMD3<Float>, radius: Float) {
        mesh.addBall(center: center, radius: radius * 0.5, squash: 0.8, color: trim * 0.55, material: .foliage, sides: 8)
        let leaves = 18
        for leaf in 0..<leaves {
            let rise = 1 - 2 * (Float(leaf) + 0.5) / Float(leaves), ring = (1 - rise * rise).squareRoot()
            let yaw = Float(leaf) * 2.4
            let out = SIMD3(cosf(yaw) * ring, rise, sinf(yaw) * ring)
            let facing: SIMD3<Float> = abs(rise) > 0.9 ? SIMD3(1, 0, 0) : SIMD3(0, 1, 0)
            mesh.addBlade(base: center + out * (radius * 0.25), direction: out, facing: facing, length: radius * 0.85, width: radius * 0.4,
                          droop: SIMD3(0, -0.25, 0), color: trim * (0.8 + 0.25 * rise), segments: 3)
        }
    }

    /// The twelve corners of an icosahedron, unit length: where a football's pentagons sit.
    static let icosahedronCorners: [SIMD3<Float>] = {
        let golden: Float = (1 + Float(5).squareRoot()) / 2
        return [Float(-1), 1].flatMap { a in
            [Float(-1), 1].flatMap { b in
                [SIMD3(0, a, b * golden), SIMD3(a, b * golden, 0), SIMD3(a * golden, 0, b)].map(\.normalized)
            }
        }
    }()
}

extension ObjectModel.Form {
    var defaultColor: SIMD3<Float> {
        switch self {
        case .ball: SIMD3(0.7, 0.7, 0.68)
        case .umbrella: SIMD3(0.02, 0.02, 0.025)
        case .fence: SIMD3(0.3, 0.2, 0.11)
        case .slab: SIMD3(0.03, 0.03, 0.035)
        case .vessel: SIMD3(0.6, 0.58, 0.54)
        case .instrument: SIMD3(0.45, 0.2, 0.06)
        case .pole: SIMD3(0.5, 0.04, 0.03)
        case .statue: SIMD3(0.42, 0.41, 0.38)
        case .boulder: SIMD3(0.2, 0.19, 0.17)
        case .bough: SIMD3(0.16, 0.11, 0.07)
        case .gameBoard: SIMD3(0.6, 0.5, 0.32)
        case .crystalBall: SIMD3(0.5, 0.55, 0.75)
        case .cards: SIMD3(0.8, 0.78, 0.74)
        }
    }

    var defaultTrim: SIMD3<Float> {
        switch self {
        case .slab: SIMD3(0.02, 0.05, 0.09)
        case .instrument: SIMD3(0.08, 0.04, 0.02)
        case .pole, .umbrella: SIMD3(0.35, 0.35, 0.36)
        case .statue: SIMD3(0.3, 0.29, 0.27)
        case .gameBoard: SIMD3(0.08, 0.05, 0.03)
        case .crystalBall: SIMD3(0.12, 0.08, 0.04)
        case .cards: SIMD3(0.5, 0.05, 0.04)
        case .bough: SIMD3(0.12, 0.25, 0.06)
        default: self.defaultColor * 0.7
        }
    }
}
