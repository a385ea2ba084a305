import Foundation

/// A bird from an ellipsoid body, a beak, a fanned tail and two-part flapping wings, in
/// the body plan its catalogue row names. Designed 1 m long.
struct BirdModel: Sendable {
    var palette: CreaturePalette
    var form = Form.songbird

    /// Body plans of birds: a heron should not read as a sparrow on stilts, nor a penguin
    /// as a duck lying on the beach.
    enum Form: String, CaseIterable, Sendable, CatalogueForm {
        /// The usual body on short legs: songbirds, raptors, ducks, fowl.
        case songbird
        /// Stilt legs, a long neck and a long bill: herons, storks, flamingos, cranes.
        case wader
        /// Upright on short legs, flippers for wings, a white front: penguins.
        case penguin
        /// Long bare legs and neck on a heavy body, small wings: ostriches, emus.
        case runner
        /// A train of eyed feathers raised in a fan behind: a peacock.
        case peacock
        /// Plump on short legs, a red comb and wattle, the tail cocked up: hens, roosters, turkeys.
        case fowl

        static let usual = Form.songbird

        /// From the body's centre to the feet, in body lengths, for a bird on its feet.
        var legLength: Float {
            switch self {
            case .songbird, .peacock, .fowl: 0.24
            case .wader: 0.8
            case .penguin: 0.33
            case .runner: 0.75
            }
        }

        /// Where the head is held on the ground, its neck's bend on the way, and the bill's length.
        var carriage: (head: SIMD3<Float>, neck: SIMD3<Float>, bill: Float) {
            switch self {
            case .wader: (SIMD3(0, 0.55, 0.34), SIMD3(0, 0.3, 0.2), 0.32)
            case .runner: (SIMD3(0, 0.75, 0.32), SIMD3(0, 0.4, 0.3), 0.1)
            case .fowl: (SIMD3(0, 0.36, 0.3), SIMD3(0, 0.22, 0.27), 0.08)
            default: (SIMD3(0, 0.3, 0.36), SIMD3(0, 0.2, 0.32), 0.17)
            }
        }
    }

    func mesh(for pose: ActorPose, length: Float) -> Mesh {
        let frame = BodyFrame(origin: pose.position, forward: pose.forward, bank: pose.bank, scale: length)
        var mesh = Mesh()
        if form == .penguin {
            addPenguin(to: &mesh, pose: pose)
            mesh.place(in: frame)
            return mesh
        }
        // Afloat or afoot, a bird holds its neck up and its head above the breast, like a duck or swan.
        let carriage = form.carriage
        let head = pose.wingsFolded ? carriage.head : SIMD3(0, 0.1, 0.38)
        mesh.addTube(Tube(points: [SIMD3(0, 0, -0.35), SIMD3(0, 0.02, 0), SIMD3(0, 0.06, 0.25)] + (pose.wingsFolded ? [carriage.neck] : []) + [head],
                          radii: [0.05, form == .runner || form == .fowl ? 0.16 : 0.11, 0.09] + (pose.wingsFolded ? [0.045] : []) + [0.06], color: palette.skin,
                          undersideColor: palette.belly, material: .fur, sides: 10))
        mesh.addTube(Tube(points: [head + SIMD3(0, 0, 0.04), head + SIMD3(0, -0.02, 0.04 + carriage.bill)], radii: [0.03, 0.002], color: palette.horn,
                          material: .bone, subdivisions: 1, sides: 6))
        let phase = pose.flapPhase
        for side: Float in [-1, 1] {
            let inner = 0.2 + 0.9 * pose.flapAmplitude * sinf(phase)
            let outer = inner + 0.5 * pose.flapAmplitude * sinf(phase - 0.8)
            let shoulder = SIMD3<Float>(side * 0.07, 0.05, 0.05)
            // Folded, the wing lies along the flank and back; open, it spreads and beats.
            let elbow = pose.wingsFolded ? shoulder + SIMD3(side * 0.05, 0.03, -0.22) : shoulder + SIMD3(side * cosf(inner), sinf(inner), 0) * 0.35
            let tip = pose.wingsFolded ? elbow + SIMD3(side * -0.02, 0.04, -0.22) : elbow + SIMD3(side * cosf(outer), sinf(outer), -0.3) * 0.4
            for (a, b, c) in [(shoulder, elbow, shoulder + SIMD3(0, 0, -0.22)), (elbow, tip, elbow + SIMD3(0, 0, -0.2)),
                              (shoulder + SIMD3(0, 0, -0.22), elbow, elbow + SIMD3(0, 0, -0.2))] {
                let n = (b - a).cross(c - a).normalized
                let i = mesh.addVertex(a, normal: n, color: palette.skin)
                let j = mesh.addVertex(b, normal: n, color: palette.skin)
                let k = mesh.addVertex(c, normal: n, color: palette.membrane)
                mesh.addTriangle(i, j, k, material: .membrane)
            }
        }
        // A fowl cocks its tail up behind it; other birds trail theirs.
        let tail = form == .fowl ? [SIMD3<Float>(0, 0.02, -0.3), SIMD3(-0.1, 0.32, -0.5), SIMD3(0.1, 0.32, -0.5)]
            : [SIMD3<Float>(0, 0, -0.3), SIMD3(-0.12, -0.02, -0.55), SIMD3(0.12, -0.02, -0.55)]
        let n = SIMD3<Float>(0, 1, 0)
        let a = mesh.addVertex(tail[0], normal: n, color: palette.skin)
        let b = mesh.addVertex(tail[1], normal: n, color: palette.skin)
        let c = mesh.addVertex(tail[2], normal: n, color: palette.skin)
        mesh.addTriangle(a, b, c, material: .membrane)
        if pose.onFeet {
            // Two thin legs that step with the gait, the colour of the beak; long ones bend
            // back at the ankle halfway down.
            for side: Float in [-1, 1] {
                let step = sinf(pose.gaitPhase + (side > 0 ? 0 : .pi)) * 0.06 * pose.stride * (form.legLength / 0.24)
                let hip = SIMD3<Float>(side * 0.04, -0.06, 0.02), foot = SIMD3<Float>(side * 0.045, -form.legLength, 0.03 + step)
                let ankle = hip.mixed(with: foot, 0.5) - SIMD3(0, 0, form.legLength * 0.12)
                mesh.addTube(Tube(points: [hip, ankle, foot, foot + SIMD3(0, 0, 0.06)], radii: [form == .runner ? 0.05 : 0.018, 0.012, 0.01, 0.008],
                                  color: palette.horn, subdivisions: 1, sides: 5))
            }
            if form == .peacock { addTrain(to: &mesh) }
            if form == .fowl {
                // A comb of three lobes on the crown and a wattle under the bill.
                let red = SIMD3<Float>(0.6, 0.03, 0.02)
                for lobe: Float in [-1, 0, 1] {
                    mesh.addBall(center: head + SIMD3(0, 0.07 - abs(lobe) * 0.01, 0.03 * lobe + 0.01), radius: 0.03, axis: SIMD3(1, 0, 0), squash: 0.5,
                                 color: red, material: .skin, sides: 6)
                }
                mesh.addBall(center: head + SIMD3(0, -0.06, 0.05), radius: 0.025, color: red, material: .skin, sides: 6)
            }
        }
        mesh.place(in: frame)
        return mesh
    }

    /// A peacock's train raised in a fan behind it, shown to the front: more than a half
    /// circle of bronze-green feathers, each a shade of its own, and the fan strewn with eyes
    /// (a dark blue heart in a turquoise ring in a bronze one) that grow toward the rim.
    private func addTrain(to mesh: inout Mesh) {
        let root = SIMD3<Float>(0, 0.05, -0.3), reach: Float = 0.95, feathers = 36, spread: Float = 3.3
        let bronze = SIMD3<Float>(0.3, 0.36, 0.07)
        // The fan leans back a little, so its face looks forward and a little up.
        let normal = SIMD3<Float>(0, 0.25, 1).normalized
        func out(_ angle: Float) -> SIMD3<Float> { SIMD3(sinf(angle), cosf(angle), -0.25 * cosf(angle)) }
        let center = mesh.addVertex(root, normal: normal, color: palette.skin)
        var previous: (rim: UInt32, middle: UInt32)?
        for feather in 0...feathers {
            // From low on one side over the top to low on the other.
            let angle = (Float(feather) / Float(feathers) - 0.5) * spread
            let shade: Float = feather % 2 == 0 ? 1 : 0.8
            let middle = mesh.addVertex(root + out(angle) * (reach * 0.5), normal: normal, color: bronze * shade)
            let rim = mesh.addVertex(root + out(angle) * reach, normal: normal, color: bronze * (shade * 0.85))
            if let previous {
                // Feathers, not a wing's skin: only a little light shines through.
                mesh.addTriangle(center, middle, previous.middle, material: .foliage)
                mesh.addTriangle(previous.middle, rim, previous.rim, material: .foliage)
                mesh.addTriangle(previous.middle, middle, rim, material: .foliage)
            }
            previous = (rim, middle)
        }
        let rings: [(radius: Float, color: SIMD3<Float>)] = [
            (0.075, SIMD3(0.42, 0.3, 0.06)), (0.052, SIMD3(0.04, 0.32, 0.26)), (0.03, SIMD3(0.02, 0.03, 0.22)),
        ]
        // Staggered rows of eyes that grow toward the rim.
        for (row, count) in [(Float(0.42), 7), (0.58, 11), (0.74, 15), (0.9, 19)] {
            for k in 0..<count {
                let angle = ((Float(k) + 0.5) / Float(count) - 0.5) * (spread - 0.2)
                for (layer, ring) in rings.enumerated() {
                    let spot = root + out(angle) * (reach * row) + normal * (0.008 * Float(layer + 1))
                    mesh.addDisc(center: spot, radius: ring.radius * row, normal: normal, color: ring.color, material: .foliage)
                }
            }
        }
    }

    /// A penguin stands upright: a body like a bottle, black back and white front, a round
    /// head with a short bill, flippers at its sides that it holds out as it waddles.
    private func addPenguin(to mesh: inout Mesh, pose: ActorPose) {
        let sway = sinf(pose.gaitPhase) * 0.06 * pose.stride
        // Short, dense feathers lie sleek and a little glossy, like a seal's skin, never fluffy.
        let plumage = MaterialID.skin
        // The back is the tube's top: the belly colour falls on the front.
        mesh.addTube(Tube(points: [SIMD3(0, -0.22, 0), SIMD3(0, -0.05, 0.01), SIMD3(0, 0.18, 0.02), SIMD3(0, 0.32, 0.03)],
                          radii: [0.1, 0.19, 0.15, 0.1], color: palette.skin, undersideColor: palette.belly, material: plumage,
                          up: SIMD3(0, 0, -1), squash: SIMD2(0.85, 1), sides: 12))
        let head = SIMD3<Float>(sway * 0.3, 0.4, 0.04)
        mesh.addBall(center: head, radius: 0.1, color: palette.skin, material: plumage, sides: 10)
        mesh.addTube(Tube(points: [head + SIMD3(0, -0.01, 0.08), head + SIMD3(0, -0.03, 0.2)], radii: [0.025, 0.004], color: palette.horn,
                          material: .bone, subdivisions: 1, sides: 6))
        for side: Float in [-1, 1] {
            let shoulder = SIMD3<Float>(side * 0.15, 0.12, 0.0)
            let tip = shoulder + SIMD3(side * (0.08 + abs(sway)), -0.3, 0.02)
            mesh.addTube(Tube(points: [shoulder, tip], radii: [0.04, 0.015], color: palette.skin, material: plumage, up: SIMD3(side, 0, 0),
                              squash: SIMD2(1, 0.3), subdivisions: 2, sides: 6))
            let foot = SIMD3<Float>(side * 0.07, -form.legLength, 0.06 + sway * side)
            mesh.addTube(Tube(points: [foot - SIMD3(0, 0, 0.05), foot + SIMD3(0, 0, 0.06)], radii: [0.03, 0.025], color: SIMD3(0.55, 0.3, 0.12),
                              squash: SIMD2(1.3, 0.4), subdivisions: 1, sides: 6))
        }
    }
}
