import Foundation

/// Creatures of the water, swimming at the surface where the camera sees them: fish (with
/// a goldfish's, koi's, clownfish's or salmon's colours), sharks, dolphins, whales, seals,
/// jellyfish and octopuses. Designed one unit long, origin at the body's centre, facing +z;
/// the body sways from the tail as it swims.
struct FishModel: Sendable {
    enum Form: String, Sendable, Equatable, CatalogueForm {
        case fish, shark, dolphin, whale, seal, jellyfish, octopus

        static let usual = Form.fish

        /// Length in metres at medium size.
        var length: Float {
            switch self {
            case .fish: 0.5
            case .shark: 3
            case .dolphin: 2.4
            case .whale: 14
            case .seal: 1.7
            case .jellyfish: 0.5
            case .octopus: 0.9
            }
        }
    }

    /// Back and belly colours of a fish (linear), and whether stripes cross its body, as
    /// its catalogue row gives them: a goldfish's orange, a clownfish's bands.
    struct Markings: Sendable {
        var back = SIMD3<Float>(0.04, 0.07, 0.1)
        var belly = SIMD3<Float>(0.5, 0.5, 0.48)
        var bands = false

        init(_ entry: CatalogueEntry? = nil) {
            back = entry?.color(0) ?? back
            belly = entry?.color(1) ?? belly
            bands = entry?.has(.bands) ?? false
        }
    }

    var form: Form
    var markings = Markings()
    /// Linear albedo of the body, when the prompt names a colour.
    var color: SIMD3<Float>?

    func mesh(for pose: ActorPose, length: Float) -> Mesh {
        var mesh = Mesh()
        // A wave runs down the body to the tail, faster and wider when it swims.
        let beat = pose.time * (form == .whale ? 1.2 : 5)
        // Whales and dolphins beat their flukes up and down; fish sway side to side.
        let heaves: Float = form == .whale || form == .dolphin ? 1 : 0
        let sway = { (z: Float) -> Float in sinf(beat - z * 5) * 0.06 * (0.5 - z) * (1 - heaves) }
        let heave = { (z: Float) -> Float in sinf(beat - z * 4) * 0.04 * (0.5 - z) * heaves }
        switch form {
        case .fish: addFish(to: &mesh, sway: sway)
        case .shark: addShark(to: &mesh, sway: sway)
        case .dolphin, .whale, .seal: addMammal(to: &mesh, heave: heave)
        case .jellyfish: addJellyfish(to: &mesh, time: pose.time)
        case .octopus: addOctopus(to: &mesh, time: pose.time)
        }
        mesh.place(in: BodyFrame(origin: pose.position, forward: pose.forward, bank: pose.bank, scale: length))
        return mesh
    }

    private static let white = SIMD3<Float>(0.7, 0.7, 0.68)
    /// The black edge of a clownfish's bands.
    static let bandEdge = SIMD3<Float>(0.015, 0.012, 0.01)

    /// Back and belly colours, and stripes across the body for a clownfish; a colour the prompt names paints it.
    private var fishColors: (back: SIMD3<Float>, belly: SIMD3<Float>, bands: Bool) {
        if let color { return (color, color.mixed(with: Self.white, 0.4), false) }
        return (markings.back, markings.belly, markings.bands)
    }

    private func addFish(to mesh: inout Mesh, sway: (Float) -> Float) {
        let (back, belly, bands) = fishColors
        let spine: [Float] = [-0.42, -0.25, 0, 0.25, 0.45]
        mesh.addTube(Tube(points: spine.map { SIMD3(sway($0), 0, $0) }, radii: [0.035, 0.11, 0.17, 0.15, 0.06], color: back,
                          undersideColor: belly, squash: SIMD2(0.5, 1), subdivisions: 3, sides: 12))
        if bands {
            // White bands edged in black, as a clownfish's are.
            for z: Float in [0.28, 0.02, -0.24] {
                let radius: Float = z > 0.2 ? 0.15 : z > 0 ? 0.172 : 0.115
                mesh.addTube(Tube(points: [SIMD3(sway(z), 0, z - 0.038), SIMD3(sway(z), 0, z + 0.038)], radii: [radius * 0.99, radius * 0.99],
                                  color: Self.bandEdge, squash: SIMD2(0.515, 1.01), subdivisions: 1, sides: 12))
                mesh.addTube(Tube(points: [SIMD3(sway(z), 0, z - 0.025), SIMD3(sway(z), 0, z + 0.025)], radii: [radius, radius],
                                  color: Self.white, squash: SIMD2(0.52, 1.02), subdivisions: 1, sides: 12))
            }
        }
        let tail = SIMD3(sway(-0.42), 0, -0.42)
        for lobe: Float in [-1, 1] {
            mesh.addBlade(base: tail, direction: SIMD3(sway(-0.6) - tail.x, lobe * 0.7, -1).normalized, facing: SIMD3(1, 0, 0),
                          length: 0.26, width: 0.16, fold: 0, color: back.mixed(with: belly, 0.3), segments: 2)
        }
        mesh.addBlade(base: SIMD3(sway(0.1), 0.14, 0.12), direction: SIMD3(0, 0.5, -1).normalized, facing: SIMD3(1, 0, 0),
                      length: 0.3, width: 0.12, fold: 0, color: back, segments: 2)
        for side: Float in [-1, 1] {
            mesh.addBlade(base: SIMD3(side * 0.07, -0.05, 0.2), direction: SIMD3(side * 0.6, -0.4, -1).normalized, facing: SIMD3(side, 0.3, 0),
                          length: 0.14, width: 0.07, fold: 0, color: belly, segments: 2)
            mesh.addBall(center: SIMD3(side * 0.07 + sway(0.33), 0.04, 0.33), radius: 0.028, color: SIMD3(0.02, 0.02, 0.02), material: .eye, sides: 6)
        }
    }

    private func addShark(to mesh: inout Mesh, sway: (Float) -> Float) {
        let back = color ?? SIMD3(0.05, 0.06, 0.07), belly = Self.white
        let spine: [Float] = [-0.46, -0.3, -0.05, 0.25, 0.48]
        // Matte: a broad sheen over a long smooth body reads as white plastic, not a wet back.
        mesh.addTube(Tube(points: spine.map { SIMD3(sway($0), 0, $0) }, radii: [0.03, 0.07, 0.11, 0.1, 0.035], color: back,
                          undersideColor: belly, material: .stone, squash: SIMD2(0.85, 1), subdivisions: 3, sides: 12))
        // A tall dorsal fin, and a crescent tail with the upper lobe the longer.
        mesh.addBlade(base: SIMD3(sway(0.05), 0.09, 0.08), direction: SIMD3(0, 1, -0.7).normalized, facing: SIMD3(1, 0, 0),
                      length: 0.2, width: 0.14, fold: 0, color: back, segments: 3)
        let tail = SIMD3(sway(-0.46), 0, -0.46)
        mesh.addBlade(base: tail, direction: SIMD3(0, 0.9, -0.6).normalized, facing: SIMD3(1, 0, 0), length: 0.22, width: 0.08, fold: 0, color: back)
        mesh.addBlade(base: tail, direction: SIMD3(0, -0.8, -0.6).normalized, facing: SIMD3(1, 0, 0), length: 0.13, width: 0.06, fold: 0, color: back)
        for side: Float in [-1, 1] {
            mesh.addBlade(base: SIMD3(side * 0.08, -0.06, 0.15), direction: SIMD3(side, -0.35, -0.5).normalized, facing: SIMD3(0, 1, 0),
                          length: 0.2, width: 0.08, fold: 0, color: back, segments: 3)
            mesh.addBall(center: SIMD3(side * 0.05 + sway(0.38), 0.03, 0.38), radius: 0.012, color: SIMD3(0.01, 0.01, 0.01), material: .eye, sides: 6)
        }
    }

    /// Dolphins, whales and seals: a smooth body that heaves up and down, horizontal flukes
    /// or hind flippers, a dorsal fin on a dolphin.
    private func addMammal(to mesh: inout Mesh, heave: (Float) -> Float) {
        let back: SIMD3<Float>, belly: SIMD3<Float>
        switch form {
        case .whale: (back, belly) = (color ?? SIMD3(0.03, 0.04, 0.06), SIMD3(0.3, 0.3, 0.3))
        case .seal: (back, belly) = (color ?? SIMD3(0.03, 0.028, 0.025), SIMD3(0.12, 0.11, 0.1))
        default: (back, belly) = (color ?? SIMD3(0.05, 0.06, 0.075), SIMD3(0.5, 0.5, 0.5))
        }
        let girth: Float = form == .whale ? 0.13 : form == .seal ? 0.15 : 0.1
        let spine: [Float] = [-0.46, -0.25, 0, 0.25, 0.42]
        var radii = [0.03, 0.7, 1, 0.85, 0.45].map { $0 * girth }
        if form == .whale { radii[4] = girth * 0.8 }
        mesh.addTube(Tube(points: spine.map { SIMD3(0, heave($0), $0) }, radii: radii, color: back, undersideColor: belly, material: .stone,
                          subdivisions: 3, sides: 14))
        if form == .dolphin {
            mesh.addTube(Tube(points: [SIMD3(0, heave(0.42) - 0.01, 0.42), SIMD3(0, heave(0.5) - 0.015, 0.52)], radii: [0.025, 0.012], color: back,
                              undersideColor: belly, material: .stone, subdivisions: 1, sides: 8))
            mesh.addBlade(base: SIMD3(0, heave(0) + 0.09, 0.02), direction: SIMD3(0, 0.8, -1).normalized, facing: SIMD3(1, 0, 0),
                          length: 0.14, width: 0.09, droop: SIMD3(0, -0.25, -0.1), fold: 0, color: back, segments: 3)
        }
        let tail = SIMD3(0, heave(-0.46), -0.46)
        for side: Float in [-1, 1] {
            mesh.addBlade(base: tail, direction: SIMD3(side, 0, -0.6).normalized, facing: SIMD3(0, 1, 0), length: form == .seal ? 0.14 : 0.16,
                          width: 0.1, fold: 0, color: back, segments: 2)
            mesh.addBlade(base: SIMD3(side * girth * 0.7, heave(0.2) - girth * 0.5, 0.2), direction: SIMD3(side, -0.5, -0.6).normalized,
                          facing: SIMD3(0, 1, 0), length: form == .whale ? 0.22 : 0.13, width: 0.06, fold: 0, color: back, segments: 2)
            let eyeZ: Float = form == .whale ? 0.3 : 0.36
            mesh.addBall(center: SIMD3(side * girth * 0.72, heave(eyeZ) + girth * 0.15, eyeZ), radius: girth * 0.1,
                         color: SIMD3(0.01, 0.01, 0.01), material: .eye, sides: 6)
        }
    }

    private func addJellyfish(to mesh: inout Mesh, time: Float) {
        let body = color ?? SIMD3(0.6, 0.3, 0.5)
        let pulse = 1 + 0.08 * sinf(time * 3)
        mesh.addBall(center: SIMD3(0, 0.15, 0), radius: 0.3 * pulse, squash: 0.7 / pulse, color: body, material: .membrane, sides: 16)
        for k in 0..<10 {
            let angle = Float(k) / 10 * 2 * .pi
            let root = SIMD3(cosf(angle) * 0.22, 0.05, sinf(angle) * 0.22)
            let points = (0...4).map { (step: Int) -> SIMD3<Float> in
                let t = Float(step) / 4
                return root + SIMD3(sinf(time * 2 + t * 4 + angle) * 0.05 * t, -0.9 * t, cosf(time * 2 + t * 4) * 0.04 * t)
            }
            mesh.addTube(Tube(points: points, radii: [0.012, 0.01, 0.008, 0.006, 0.004], color: body * 1.2, material: .membrane,
                              subdivisions: 2, sides: 4))
        }
    }

    private func addOctopus(to mesh: inout Mesh, time: Float) {
        let body = color ?? SIMD3(0.45, 0.1, 0.04)
        mesh.addTube(Tube(points: [SIMD3(0, 0.05, 0.05), SIMD3(0, 0.2, -0.12), SIMD3(0, 0.28, -0.32)], radii: [0.14, 0.17, 0.1], color: body,
                          subdivisions: 3, sides: 14))
        for side: Float in [-1, 1] {
            mesh.addBall(center: SIMD3(side * 0.1, 0.12, 0.12), radius: 0.03, color: SIMD3(0.6, 0.55, 0.4), material: .eye, sides: 6)
        }
        for k in 0..<8 {
            let angle = Float(k) / 8 * 2 * .pi
            let out = SIMD3(cosf(angle), 0, sinf(angle))
            let points = (0...4).map { (step: Int) -> SIMD3<Float> in
                let t = Float(step) / 4
                let curl = sinf(time * 1.5 + angle * 2 + t * 3) * 0.12 * t
                return SIMD3(0, 0, 0.05) + out * (0.08 + 0.5 * t) + SIMD3(-out.z, 0, out.x) * curl + SIMD3(0, -0.05 * t + 0.08 * t * t, 0)
            }
            mesh.addTube(Tube(points: points, radii: [0.05, 0.04, 0.03, 0.018, 0.006], color: body, undersideColor: body.mixed(with: Self.white, 0.4),
                              subdivisions: 2, sides: 6))
        }
    }
}
