import Foundation

/// A person from tubes: torso, head with hair, arms and legs driven by a walk/run cycle
/// with counter-swinging arms; one arm can wave. Designed 1.75 m tall, origin at the hips.
/// Palette: `skin` is the top (and the dress), `belly` the trousers, `membrane` the skin
/// tone, `horn` the hair.
struct PersonModel: Sendable {
    var palette: CreaturePalette
    var figure = Figure()
    /// A kitchen knife in the held hand, which chops up and down.
    var knife = false

    /// Hair, clothes and age: in a wide shot, what tells a woman from a man, and a child
    /// from a grown-up, at a glance.
    /// What a garment the person wears dresses, as its catalogue row's form names it: the top
    /// (a coat), top and trousers (a suit), a dress (a gown, a robe), or the head (a hat,
    /// drawn over the hair).
    enum Garment: String, Sendable, CatalogueForm {
        case top, whole, dress, head

        static let usual = Garment.top
    }

    struct Figure: Sendable, Equatable {
        var longHair = false
        var dress = false
        /// A child's head is larger for its height: scaled down alone, a grown-up figure
        /// reads as a small adult.
        var child = false

        /// A woman or a girl has long hair, and a dress or trousers as the seed decides; a
        /// man or a boy ("a fisherman", "a policeman") neither; a baby neither; anyone else (a
        /// person, a child, one of a crowd) either. A family is a father, a mother and their
        /// children, in that order of `member`. `traits` say who they are, from their
        /// catalogue row and the person words before them ("a male vendor"); a word no row
        /// names tells by its ending ("a businesswoman").
        static func chosen(concept: String, traits: Set<CatalogueEntry.Trait>, infant: Bool, member: Int, random: inout SeededGenerator) -> Figure {
            let roll = random.unit(), style = random.unit()
            let child = traits.contains(.young) || (concept == "family" && member >= 2)
            let isFeminine = traits.contains(.female) || concept.hasSuffix("woman") || (concept == "family" && member == 1)
            let isMasculine = traits.contains(.male) || concept.hasSuffix("man") || (concept == "family" && member == 0)
            if infant || (!isFeminine && isMasculine) { return Figure(child: child) }
            guard isFeminine || roll < 0.5 else { return Figure(child: child) }
            return Figure(longHair: true, dress: style < 0.6, child: child)
        }
    }

    /// Where a seated person's right hand rests on the table before them, from the hips:
    /// the top of a table at `DishModel.tableHeight`, just past its near edge.
    static let tableHand = SIMD3<Float>(0.14, 0.31, 0.38)

    /// How much larger a child's head is than a grown-up's scaled to the child's height.
    static let childHeadScale: Float = 1.4

    func mesh(for pose: ActorPose, length: Float) -> Mesh {
        let frame = BodyFrame(origin: pose.position, forward: pose.forward, bank: 0, scale: length / 1.75)
        var mesh = Mesh()
        let phase = pose.gaitPhase, stride = pose.stride
        let bob = abs(cosf(phase)) * 0.03 * stride
        let lean = 0.06 * max(stride - 1, 0)
        let chest = SIMD3<Float>(0, 0.5 + bob, lean * 0.5)
        mesh.addTube(Tube(points: [SIMD3(0, bob - 0.05, 0), SIMD3(0, 0.22 + bob, lean * 0.2), chest], radii: [0.15, 0.14, 0.17],
                          color: palette.skin, material: .fabric, squash: SIMD2(1, 0.65), sides: 10))
        let neck = chest + SIMD3(0, 0.12, lean * 0.3)
        mesh.addTube(Tube(points: [chest, neck], radii: [0.06, 0.05], color: palette.membrane, subdivisions: 1, sides: 8))
        let head = neck + SIMD3(0, 0.14, 0.01)
        let headStart = mesh.positions.count
        mesh.addTube(Tube(points: [head - SIMD3(0, 0.08, 0), head + SIMD3(0, 0.08, 0)], radii: [0.09, 0.09], color: palette.membrane,
                          subdivisions: 1, sides: 14))
        addFace(to: &mesh, head: head)
        mesh.addTube(Tube(points: [head + SIMD3(0, 0.02, -0.03), head + SIMD3(0, 0.1, -0.01)], radii: [0.1, 0.085], color: palette.horn,
                          material: .fur, subdivisions: 1, sides: 10))
        if figure.longHair {
            // Falls from the crown behind the head to the shoulder blades.
            mesh.addTube(Tube(points: [head + SIMD3(0, 0.06, -0.04), head + SIMD3(0, -0.08, -0.07), head + SIMD3(0, -0.26, -0.08)],
                              radii: [0.1, 0.1, 0.075], color: palette.horn, material: .fur, squash: SIMD2(1.05, 0.7), sides: 10))
        }
        if figure.child { mesh.scale(from: headStart, about: neck, by: Self.childHeadScale) }
        if figure.dress {
            // Flares from the waist to just above the knee; the legs swing beneath it.
            mesh.addTube(Tube(points: [SIMD3(0, 0.2 + bob, lean * 0.2), SIMD3(0, -0.05 + bob, 0), SIMD3(0, -0.42 + bob, 0)],
                              radii: [0.14, 0.19, 0.27], color: palette.skin, material: .fabric, squash: SIMD2(1, 0.8), sides: 12))
        }
        if pose.seated {
            addSeatedLimbs(to: &mesh, chest: chest, stroke: pose.paddling ? phase : nil, reaching: pose.holding ? pose.time : nil, astride: pose.astride)
            mesh.place(in: frame)
            return mesh
        }
        for side: Float in [-1, 1] {
            let legPhase = phase + (side > 0 ? 0 : .pi)
            let swing = sinf(legPhase) * 0.35 * stride
            let lift = max(0, -cosf(legPhase)) * 0.18 * stride
            let hip = SIMD3<Float>(side * 0.09, bob - 0.05, 0)
            let knee = hip + SIMD3(0, -0.45 + lift * 0.3, swing * 0.5 + lift * 0.5)
            let ankle = SIMD3<Float>(hip.x, -0.92 + lift, swing)
            mesh.addTube(Tube(points: [hip, knee, ankle], radii: figure.dress ? [0.065, 0.05, 0.04] : [0.08, 0.06, 0.045],
                              color: figure.dress ? palette.membrane : palette.belly, material: figure.dress ? .skin : .fabric, sides: 8))
            mesh.addTube(Tube(points: [ankle, ankle + SIMD3(0, -0.03, 0.14)], radii: [0.05, 0.04], color: palette.eye * 0.2,
                              subdivisions: 1, sides: 6))

            let shoulder = chest + SIMD3(side * 0.2, 0.05, 0)
            let armSwing = -sinf(legPhase) * 0.3 * stride
            var elbow = shoulder + SIMD3(side * 0.03, -0.27, armSwing * 0.6)
            var hand = elbow + SIMD3(0, -0.25, armSwing + 0.05 * stride)
            if side > 0 && pose.holding {
                // Forearm forward, hand in front of the waist where a held thing rests, or
                // raised before the chest to show it.
                let held = pose.presenting ? ActorTrack.presentedOffset.mixed(with: ActorTrack.sippedOffset, pose.sip) : ActorTrack.heldOffset
                hand = held + SIMD3(0, 0.02, -0.04)
                elbow = shoulder + (pose.presenting ? SIMD3(0.06, -0.2, 0.03).mixed(with: SIMD3(0.12, -0.12, 0.08), pose.sip) : SIMD3(0.02, -0.26, 0.08))
                if knife { addKnife(to: &mesh, chopping: &hand, time: pose.time) }
            }
            if side > 0 && pose.wave > 0 {
                let raise = pose.wave
                elbow = shoulder.mixed(with: shoulder + SIMD3(0.22, 0.12, 0.05), raise).mixed(with: elbow, 1 - raise)
                let sway = sinf(pose.time * 9) * 0.12 * raise
                hand = elbow.mixed(with: elbow + SIMD3(0.05 + sway, 0.27, 0.04), raise).mixed(with: hand, 1 - raise)
            }
            mesh.addTube(Tube(points: [shoulder, elbow, hand], radii: [0.055, 0.045, 0.04], color: palette.skin, material: .fabric, sides: 8))
            mesh.addTube(Tube(points: [hand, hand + (hand - elbow).normalized * 0.06], radii: [0.04, 0.03], color: palette.membrane,
                              subdivisions: 1, sides: 6))
        }
        if pose.lying { Self.layDown(&mesh) }
        mesh.place(in: frame)
        return mesh
    }

    /// A face that reads at a medium shot: dark eyes under brows in the hair's colour, the
    /// bump of a nose, a mouth.
    private func addFace(to mesh: inout Mesh, head: SIMD3<Float>) {
        for side: Float in [-1, 1] {
            mesh.addBall(center: head + SIMD3(side * 0.032, 0.015, 0.081), radius: 0.012, color: SIMD3(0.02, 0.018, 0.016), material: .skin, sides: 8)
            mesh.addTube(Tube(points: [head + SIMD3(side * 0.016, 0.042, 0.087), head + SIMD3(side * 0.05, 0.04, 0.079)], radii: [0.006, 0.005],
                              color: palette.horn * 0.8, material: .fur, subdivisions: 1, sides: 5))
        }
        mesh.addBall(center: head + SIMD3(0, -0.008, 0.09), radius: 0.016, squash: 1.3, color: palette.membrane, material: .skin, sides: 8)
        mesh.addTube(Tube(points: [head + SIMD3(-0.022, -0.042, 0.083), head + SIMD3(0, -0.044, 0.087), head + SIMD3(0.022, -0.042, 0.083)],
                          radii: [0.004, 0.005, 0.004], color: SIMD3(0.3, 0.08, 0.07), material: .mouth, subdivisions: 1, sides: 5))
    }

    /// A kitchen knife: a dark handle in the fist, the blade pointing ahead and inward, edge
    /// down. The hand lifts and drops with each chop, `time` seconds into the clip.
    private func addKnife(to mesh: inout Mesh, chopping hand: inout SIMD3<Float>, time: Float) {
        hand.y += max(sinf(time * 8), 0) * 0.05
        let along = SIMD3<Float>(-0.45, -0.25, 0.86).normalized
        let butt = hand - along * 0.05, hilt = hand + along * 0.06
        mesh.addTube(Tube(points: [butt, hilt], radii: [0.013, 0.012], color: SIMD3(0.04, 0.03, 0.02), subdivisions: 1, sides: 6))
        mesh.addTube(Tube(points: [hilt, hilt + along * 0.1, hilt + along * 0.19], radii: [0.02, 0.018, 0.004], color: SIMD3(0.6, 0.62, 0.64),
                          material: .metal, squash: SIMD2(0.15, 1), subdivisions: 1, sides: 6))
    }

    /// Tips a standing figure onto its back: up becomes backward and the face turns to the sky.
    private static func layDown(_ mesh: inout Mesh) {
        for i in mesh.positions.indices {
            let p = mesh.positions[i], n = mesh.normals[i]
            mesh.positions[i] = SIMD3(p.x, p.z, -p.y)
            mesh.normals[i] = SIMD3(n.x, n.z, -n.y)
        }
    }

    /// Sitting: thighs forward, shins down; hands resting on the thighs, or, given a
    /// `stroke` phase, both on a paddle that dips on the right and sweeps back.
    /// Given a `reaching` time, the right hand rests out on the table in front (at work
    /// with the knife, if it has one) instead of on the thigh.
    private func addSeatedLimbs(to mesh: inout Mesh, chest: SIMD3<Float>, stroke: Float?, reaching: Float?, astride: Bool) {
        let legColor = figure.dress ? palette.membrane : palette.belly
        for side: Float in [-1, 1] {
            // On a chair the thighs run forward; astride they part round the back beneath and hang down its sides.
            let hip = SIMD3<Float>(side * 0.09, -0.05, 0)
            let knee = astride ? SIMD3<Float>(side * 0.24, -0.22, 0.14) : SIMD3<Float>(side * 0.11, 0, 0.44)
            let ankle = astride ? SIMD3<Float>(side * 0.2, -0.58, 0.06) : SIMD3<Float>(side * 0.11, -0.42, 0.5)
            mesh.addTube(Tube(points: [hip, knee, ankle], radii: [0.08, 0.06, 0.045], color: legColor, material: figure.dress ? .skin : .fabric, sides: 8))
            mesh.addTube(Tube(points: [ankle, ankle + SIMD3(0, -0.03, 0.14)], radii: [0.05, 0.04], color: palette.eye * 0.2,
                              subdivisions: 1, sides: 6))
        }
        guard let stroke else {
            for side: Float in [-1, 1] {
                var hand = SIMD3<Float>(side * 0.13, 0.06, 0.3)
                if side > 0, let time = reaching {
                    hand = Self.tableHand
                    if knife { addKnife(to: &mesh, chopping: &hand, time: time) }
                }
                addArm(to: &mesh, from: chest + SIMD3(side * 0.2, 0.05, 0), to: hand, bend: SIMD3(side * 0.06, 0, -0.05))
            }
            return
        }
        // The paddle's top hand over the left shoulder, the lower hand out to the right;
        // the blade swings from ahead of the hip to behind it.
        let sweep = sinf(stroke) * 0.3, dip = max(cosf(stroke), 0) * 0.12
        let top = chest + SIMD3(-0.05, 0.12, 0.3 + sweep * 0.4), lower = chest + SIMD3(0.3, -0.2 - dip, 0.32 + sweep)
        for (side, hand) in [(Float(-1), top), (Float(1), lower)] {
            let shoulder = chest + SIMD3(side * 0.2, 0.05, 0)
            addArm(to: &mesh, from: shoulder, to: hand, bend: SIMD3(side * 0.1, -0.12, 0))
        }
        let shaft = (lower - top).normalized
        let blade = lower + shaft * 0.75
        let wood = SIMD3<Float>(0.3, 0.17, 0.07)
        mesh.addTube(Tube(points: [top - shaft * 0.12, blade], radii: [0.02, 0.02], color: wood, material: .bark, subdivisions: 1, sides: 5))
        mesh.addTube(Tube(points: [blade, blade + shaft * 0.5], radii: [0.09, 0.07], color: wood, material: .bark,
                          squash: SIMD2(1, 0.2), subdivisions: 1, sides: 6))
    }

    /// A sleeve from the shoulder to the hand, the elbow pushed out by `bend`, and the hand.
    private func addArm(to mesh: inout Mesh, from shoulder: SIMD3<Float>, to hand: SIMD3<Float>, bend: SIMD3<Float>) {
        let elbow = shoulder.mixed(with: hand, 0.5) + bend
        mesh.addTube(Tube(points: [shoulder, elbow, hand], radii: [0.055, 0.045, 0.04], color: palette.skin, material: .fabric, sides: 8))
        mesh.addTube(Tube(points: [hand - SIMD3(0, 0.02, 0), hand + SIMD3(0, 0.03, 0)], radii: [0.045, 0.035], color: palette.membrane,
                          subdivisions: 1, sides: 6))
    }
}
