import Foundation

/// A four-legged animal (dog, horse, deer, wolf...) from tubes, with a diagonal-pair gait,
/// a bobbing head and a swaying tail. Designed 2 m long, standing 1 m at the back.
struct QuadrupedModel: Sendable {
    var palette: CreaturePalette
    var build: QuadrupedBuild = .hoofed
    /// Parts some species have and others of the same build lack.
    var features: Set<Feature> = []

    /// Parts a catalogue row's traits give a body: a lion's mane, a goat's horns.
    enum Feature: Sendable, CaseIterable {
        case mane, horns, spines, ringedTail, darkLegs, tuftedEars, hump
        /// A thick coat that puffs the body out round and rings the neck in a ruff.
        case fluff

        /// The features a catalogue row's traits ask for.
        static func of(_ entry: CatalogueEntry?) -> Set<Feature> {
            guard let entry else { return [] }
            return Set(allCases.filter { entry.has($0.trait) })
        }

        private var trait: CatalogueEntry.Trait {
            switch self {
            case .mane: .maned
            case .horns: .horned
            case .spines: .spiny
            case .ringedTail: .ringtailed
            case .darkLegs: .pointed
            case .tuftedEars: .tufted
            case .hump: .humped
            case .fluff: .fluffy
            }
        }
    }

    /// Where a rider's hips sit, on the back just behind the withers, in design metres.
    static let saddle = SIMD3<Float>(0, 0.36, 0.1)

    /// How much rounder a fluffy coat makes the body.
    static let fluffGirth: Float = 1.35

    /// How much higher a rider sits on a hump, in design metres.
    static let humpRise = SIMD3<Float>(0, 0.22, 0)

    /// How much of a sitting body's tilt the head turns back, to look ahead rather than up.
    static let levelling: Float = 0.85
    /// Height of the body's centre above the ground when lying down or sitting, in body lengths.
    static let lyingHeight: Float = 0.16

    func mesh(for pose: ActorPose, length: Float) -> Mesh {
        // A thick coat is long hair all over.
        let coat = features.contains(.fluff) && build.coat == .fur ? MaterialID.shag : build.coat
        let frame = BodyFrame(origin: pose.position, forward: pose.forward, bank: 0, scale: length / 2)
        var mesh = Mesh()
        let phase = pose.gaitPhase, stride = pose.stride
        let bob = abs(sinf(phase)) * 0.04 * stride
        var bulk = build.bulk
        if features.contains(.fluff) { bulk.body *= Self.fluffGirth }
        if build == .serpent {
            addSerpent(to: &mesh, phase: phase, stride: stride)
            mesh.place(in: frame)
            return mesh
        }
        let raised = build.shoulderLift
        // Sitting, the body tips up from the hips; a build that cannot sit lies down instead.
        let sits = pose.seated && build.sittingPitch != nil, lies = pose.lying || (pose.seated && !sits)
        let sittingPitch = build.sittingPitch ?? 0, headTilt = -sittingPitch * Self.levelling
        let haunch = Self.haunch, tipUp = Mesh.pitching(by: sittingPitch)
        // Sitting upright, the body hunches shorter from the haunch.
        let hunch = sits ? build.sittingLength : 1
        func hunched(_ point: SIMD3<Float>) -> SIMD3<Float> { SIMD3(point.x, point.y, haunch.z + (point.z - haunch.z) * hunch) }
        func upright(_ point: SIMD3<Float>) -> SIMD3<Float> { sits ? haunch + tipUp(hunched(point) - haunch) : point }
        // A marked coat (`membrane` in a coat's palette) needs rings close enough to band or spot it.
        // A ringed tail's colour is the tail's alone.
        let marks: Tube.Marks? = palette.membrane == .zero || features.contains(.ringedTail) ? nil
            : palette.spotted ? .spots(palette.membrane, build.spots) : .stripes(palette.membrane)
        // A fleece stops at the face and legs, bare in the second colour (a sheep's dark face).
        let bare = build.bareFaceAndLegs
        let legColor = features.contains(.darkLegs) || bare ? palette.belly : palette.skin, faceColor = bare ? palette.belly : palette.skin
        let rings = marks == nil ? 3 : 10, limbRings = marks == nil ? 3 : 6, bodySides = palette.spotted ? 20 : 12
        mesh.addTube(Tube(points: [SIMD3(0, 0.05 + bob, -0.75), SIMD3(0, bob + raised * 0.4, -0.2), SIMD3(0, 0.05 + bob + raised * 0.85, 0.45),
                                   SIMD3(0, 0.12 + bob + raised, 0.7)],
                          radii: [0.25, 0.28, 0.32, 0.25].map { $0 * bulk.body }, color: palette.skin, undersideColor: bare ? palette.skin : palette.belly, material: coat, squash: SIMD2(0.82, 1.05),
                          subdivisions: rings, sides: bodySides, marks: marks))
        let nod = sinf(phase * 2) * 0.04 * stride
        // Lying down, the head rests low over the forepaws.
        let headBase = SIMD3<Float>(0, lies ? 0.05 : build.head.height + raised + nod, 1.05)
        mesh.addTube(Tube(points: [SIMD3(0, 0.15 + bob + raised, 0.65), SIMD3(0, 0.15 + raised + (build.head.height - 0.15) * 0.58 + bob, 0.9), headBase],
                          radii: [0.22, 0.16, 0.12], color: palette.skin, undersideColor: palette.belly, material: coat, subdivisions: limbRings, sides: 10,
                          marks: marks))
        if features.contains(.hump) {
            mesh.addBall(center: SIMD3(0, 0.28 + bob + raised * 0.6, 0.08), radius: 0.26 * bulk.body, squash: 0.85, color: palette.skin,
                         material: coat, sides: 12)
        }
        if features.contains(.spines) { addSpines(to: &mesh, bob: bob, girth: bulk.body) }
        if build == .shelled {
            // The shell: a dome over the back, its rim just above the legs.
            // Dark in the seams between the plates laid over it.
            mesh.addTube(Tube(points: [SIMD3(0, 0.1 + bob, -0.7), SIMD3(0, 0.18 + bob, -0.1), SIMD3(0, 0.1 + bob, 0.5)], radii: [0.3, 0.56, 0.3],
                              color: palette.skin * 0.45, material: .scales, squash: SIMD2(1.15, 0.62), sides: 16))
            addScutes(to: &mesh, bob: bob)
        }
        if build == .woolly { addFleece(to: &mesh, bob: bob, girth: bulk.body) }
        // The head keeps level when the body sits up: its parts are turned back after.
        let headStart = mesh.positions.count
        // A round skull behind a tapering muzzle (dogs, cats, bears), or a long wedge of a
        // head that stays deep to the nose (horses, deer): a head, not a stick.
        if build.roundSkull {
            mesh.addBall(center: headBase + SIMD3(0, 0.02, -0.02), radius: 0.145, squash: 1.1, color: faceColor, material: coat, sides: 16)
        }
        let snoutTip = headBase + SIMD3(0, -0.1, build.head.snout)
        // The chin and the underside of the muzzle are pale as the belly is: a wolf's mask.
        mesh.addTube(Tube(points: [headBase - SIMD3(0, 0, 0.05), headBase + SIMD3(0, -0.05, build.head.snout * 0.53), snoutTip],
                          radii: build.muzzle, color: faceColor, undersideColor: bare ? nil : palette.belly, material: coat, sides: 14))
        if build.roundSkull {
            // A dark, damp nose at the tip of the muzzle: what a face is read by.
            mesh.addBall(center: snoutTip + SIMD3(0, 0.035, 0.06), radius: features.contains(.tuftedEars) ? 0.06 : 0.032, squash: 0.8,
                         color: Self.nose, material: .skin, sides: 8)
        }
        if features.contains(.horns) { addHorns(to: &mesh, head: headBase) }
        if features.contains(.fluff) {
            // A ruff of the coat's own colour round the neck, framing the face.
            mesh.addBall(center: headBase + SIMD3(0, -0.1, -0.16), radius: 0.27, axis: SIMD3(0, 0, 1), squash: 0.9, color: palette.skin,
                         material: .shag, sides: 12)
        }
        if features.contains(.mane) {
            // A shaggy ruff, darker than the coat, framing the face and covering the neck.
            // It rings the head from behind: the face stands out in front of it.
            mesh.addBall(center: headBase + SIMD3(0, -0.03, -0.2), radius: 0.3, axis: SIMD3(0, 0, 1), squash: 0.55, color: palette.skin * 0.5,
                         material: .shag, sides: 12)
            mesh.addTube(Tube(points: [SIMD3(0, 0.2 + bob + raised, 0.55), headBase + SIMD3(0, -0.05, -0.15)], radii: [0.26, 0.28],
                              color: palette.skin * 0.5, material: .shag, sides: 10))
        }
        for side: Float in [-1, 1] where build.hasEars {
            if features.contains(.tuftedEars) {
                // Round and fluffy, standing out to the sides and turned half outward, so they
                // show from the side as from the front: a dark disc in a pale fringe.
                let facing = SIMD3<Float>(side * 0.7, 0, 0.7).normalized, ear = headBase + SIMD3(side * 0.16, 0.1, -0.04)
                mesh.addBall(center: ear, radius: 0.12, axis: facing, squash: 0.4, color: palette.belly, material: .shag, sides: 12)
                mesh.addBall(center: ear + facing * 0.02, radius: 0.08, axis: facing, squash: 0.4, color: palette.skin * 0.7, material: coat, sides: 10)
            } else {
                let ear = headBase + SIMD3(side * 0.07, 0.1, -0.02)
                let ears = build.ears
                mesh.addTube(Tube(points: [ear, ear + SIMD3(side * 0.03, ears.length, -0.03)], radii: [ears.radius, ears.tip],
                                  color: legColor, material: coat, subdivisions: 1, sides: 6))
            }
            // Where the skull meets the muzzle, looking forward.
            let eye = headBase + (build.roundSkull ? SIMD3(side * 0.075, 0.035, 0.13) : SIMD3(side * 0.085, 0.04, 0.12))
            mesh.addTube(Tube(points: [eye, eye + SIMD3(0, 0, 0.01)], radii: [0.022, 0.022], color: SIMD3(0.02, 0.02, 0.02),
                              material: .skin, subdivisions: 1, sides: 8))
        }
        // A head larger for its body grows from the neck.
        if build.headScale != 1 { mesh.scale(from: headStart, about: headBase - Self.neckBehindHead, by: build.headScale) }
        if hunch < 1 {
            let shift = hunched(headBase) - headBase
            mesh.shorten(0..<headStart, toward: haunch.z, by: hunch)
            for index in headStart..<mesh.positions.count { mesh.positions[index] += shift }
        }
        if sits {
            mesh.pitch(0..<mesh.positions.count, about: haunch, by: sittingPitch)
            mesh.pitch(headStart..<mesh.positions.count, about: upright(headBase), by: headTilt)
        }
        let paws = Self.paws(of: build)
        let ground = -2 * Self.lyingHeight + 0.06
        let legs: [(SIMD3<Float>, Float)] = [(SIMD3(-0.16, 0, 0.5), 0), (SIMD3(0.16, 0, 0.5), .pi), (SIMD3(-0.16, 0, -0.6), .pi), (SIMD3(0.16, 0, -0.6), 0)]
        for (hip, offset) in legs {
            let swing = sinf(phase + offset) * 0.28 * stride
            let lift = max(0, cosf(phase + offset)) * 0.12 * stride
            let shoulder = hip.z > 0 ? build.shoulderLift : 0
            let hind = hip.z < 0
            let top = upright(hip + SIMD3(0, bob - 0.05 + shoulder, 0))
            let splay = hip.x / 0.16 * build.sprawl
            var knee = SIMD3(hip.x + splay, -0.45 * build.legScale + lift * 0.5 + shoulder * 0.5, hip.z + swing * 0.5)
            var foot = SIMD3(hip.x + splay, -0.98 * build.legScale + lift, hip.z + swing)
            if lies {
                // Folded on the ground: forelegs stretched ahead, hind legs tucked along the flank.
                knee = SIMD3(hip.x * 1.7, ground + 0.05, hip.z + (hip.z > 0 ? 0.15 : -0.15))
                foot = SIMD3(hip.x * 1.4, ground, hip.z + (hip.z > 0 ? 0.5 : 0.3))
            }
            if sits {
                if hind {
                    // On its haunches: the thigh along the flank, the foot flat on the ground ahead.
                    knee = SIMD3(hip.x * 1.5, ground + 0.14, hip.z + 0.3)
                    foot = SIMD3(hip.x * 1.2, ground + 0.03, hip.z + 0.42)
                } else if pose.holding && build.eatsSittingUp {
                    // Forepaws up at the mouth, holding what it eats.
                    foot = paws + SIMD3(hip.x * 0.35, 0, 0)
                    knee = top.mixed(with: foot, 0.5) + SIMD3(hip.x * 0.6, -0.12, 0.08)
                } else {
                    // Forelegs straight down to the ground before it.
                    foot = SIMD3(hip.x, ground, top.z + 0.06)
                    knee = top.mixed(with: foot, 0.5)
                }
            }
            // The thigh swells into the body as muscle does; a hind leg bends back at the hock.
            var ankle = knee.mixed(with: foot, 0.55)
            if hind && !lies && !sits && build.hasHocks { knee.z += 0.08; ankle.z -= 0.1 }
            mesh.addTube(Tube(points: [top + SIMD3(0, 0.08, hind ? -0.04 : 0), knee, ankle, foot],
                              radii: (hind ? [0.17, 0.085, 0.06, 0.05] : [0.15, 0.085, 0.06, 0.05]).map { $0 * bulk.legs }, color: legColor,
                              material: coat, subdivisions: limbRings, sides: 8, marks: marks))
        }
        if build == .elephant { addTrunkAndEars(to: &mesh, head: headBase, flap: sinf(pose.time * 2.3)) }
        let wag = sinf(pose.time * 5) * 0.15
        if features.contains(.ringedTail) {
            // Long and bushy, hooped in the third colour, carried in a curve.
            let sway = sinf(pose.time * 2.1) * 0.1
            mesh.addTube(Tube(points: [SIMD3(0, 0.08 + bob, -0.85), SIMD3(sway * 0.5, 0.05, -1.2), SIMD3(sway, 0.15, -1.55), SIMD3(sway * 1.5, 0.35, -1.8)],
                              radii: [0.08, 0.1, 0.09, 0.06], color: palette.skin, material: coat, subdivisions: 5, sides: 8,
                              marks: .stripes(palette.membrane)))
        }
        switch build {
        case _ where features.contains(.ringedTail):
            break
        case .primate, .serpent:
            break
        case .canine where features.contains(.fluff):
            // A spitz's plume, curled up over its back.
            mesh.addTube(Tube(points: [SIMD3(0, 0.1 + bob, -0.8), SIMD3(wag * 0.3, 0.45, -0.98), SIMD3(wag * 0.5, 0.62, -0.72), SIMD3(wag * 0.6, 0.52, -0.45)],
                              radii: [0.08, 0.17, 0.15, 0.06], color: palette.skin, material: coat, sides: 10))
        case .feline:
            // Long, hanging low and curling up at the tip, flicking as it walks.
            let flick = sinf(pose.time * 2.3) * 0.12
            mesh.addTube(Tube(points: [SIMD3(0, 0.1 + bob, -0.85), SIMD3(flick * 0.5, -0.2, -1.15), SIMD3(flick, -0.28, -1.5), SIMD3(flick * 1.5, -0.12, -1.72)],
                              radii: [0.055, 0.045, 0.04, 0.04], color: palette.skin, material: coat, sides: 6))
        case .rodent:
            // Bushy, curled up over the back and out again at the tip, flicking.
            let flick = sinf(pose.time * 3.1) * 0.06
            mesh.addTube(Tube(points: [SIMD3(0, 0.05 + bob, -0.8), SIMD3(flick, 0.35, -1.15), SIMD3(flick, 0.85, -1.1), SIMD3(flick * 2, 1.05, -0.8)],
                              radii: [0.09, 0.2, 0.22, 0.12], color: palette.skin, material: coat, sides: 10))
        case .crawler, .shelled, .woolly:
            // A heavy tail dragged low and swinging with the stride, or a stub.
            let reach: Float = build == .crawler ? 1.2 : 0.18, root: Float = build == .crawler ? 0.16 : 0.07
            let swing = sinf(phase) * 0.2 * reach
            mesh.addTube(Tube(points: [SIMD3(0, 0.02 + bob, -0.8), SIMD3(swing * 0.5, -0.04, -0.8 - reach * 0.5), SIMD3(swing, -0.08, -0.8 - reach)],
                              radii: [root, root * 0.55, root * 0.1], color: palette.skin, undersideColor: palette.belly, material: coat, sides: 8))
        default:
            let tailRadii: [Float] = build == .canine ? [0.08, 0.13, 0.04] : [0.06, 0.04, 0.01]
            let tailDrop: Float = build == .canine ? 0.05 : 0.2
            mesh.addTube(Tube(points: [SIMD3(0, 0.1 + bob, -0.85), SIMD3(wag, 0.0, -1.1), SIMD3(wag * 2, -tailDrop, -1.3)],
                              radii: tailRadii, color: palette.skin, material: coat, sides: 6))
        }
        mesh.place(in: frame)
        return mesh
    }

    /// Where the neck meets the head, behind and below its base: a larger head grows from there.
    static let neckBehindHead = SIMD3<Float>(0, 0.05, 0.1)

    /// Where a body tips up from when it sits: the hips.
    static let haunch = SIMD3<Float>(0, 0.05, -0.6)

    /// Where the forepaws of `build` meet, sitting up, design metres: just under and behind
    /// the mouth. Food eaten sitting up is held there.
    static func paws(of build: QuadrupedBuild) -> SIMD3<Float> {
        sittingMouth(of: build) + SIMD3(0, -0.08, -0.04)
    }

    /// Where the mouth of `build` is once the body sits up and the head turns level, design metres.
    static func sittingMouth(of build: QuadrupedBuild) -> SIMD3<Float> {
        let pitch = build.sittingPitch ?? 0, tipUp = Mesh.pitching(by: pitch)
        let head = SIMD3<Float>(0, build.head.height + build.shoulderLift, 1.05)
        let neck = head - neckBehindHead, snoutTip = head + SIMD3(0, -0.1, build.head.snout)
        let hunchedHead = SIMD3(head.x, head.y, haunch.z + (head.z - haunch.z) * build.sittingLength)
        return haunch + tipUp(hunchedHead - haunch)
            + Mesh.pitching(by: -pitch * levelling)(tipUp((neck + (snoutTip - neck) * build.headScale) - head))
    }

    /// Colour of a nose (linear): nearly black.
    static let nose = SIMD3<Float>(0.035, 0.025, 0.02)

    /// Two horns from the brow, sweeping up and back, ridged dark keratin.
    private func addHorns(to mesh: inout Mesh, head: SIMD3<Float>) {
        for side: Float in [-1, 1] {
            let root = head + SIMD3(side * 0.05, 0.11, 0.02)
            mesh.addTube(Tube(points: [root, root + SIMD3(side * 0.025, 0.14, -0.04), root + SIMD3(side * 0.06, 0.22, -0.17), root + SIMD3(side * 0.08, 0.19, -0.3)],
                              radii: [0.035, 0.026, 0.016, 0.004], color: palette.horn, material: .bone, subdivisions: 2, sides: 7))
        }
    }

    /// A fleece in clumps over the back and flanks, a shade apart from each other: wool
    /// reads by its lumpy outline, not as one smooth balloon.
    private func addFleece(to mesh: inout Mesh, bob: Float, girth: Float) {
        // Clumps scattered unevenly, as wool lies, each its own size and shade.
        for clump in 0..<28 {
            let u = Float(clump) * 0.618034, v = Float(clump) * 0.7548777
            let z = -0.62 + (u - u.rounded(.down)) * 1.12, angle = ((v - v.rounded(.down)) - 0.5) * 2.7
            let swell = 0.29 * girth * (1 - 0.25 * abs(z + 0.05))
            let center = SIMD3(sinf(angle) * swell * 0.82, 0.05 + bob + cosf(angle) * swell * 1.05, z)
            let size: Float = 0.06 + 0.05 * Float((clump * 5) % 7) / 6
            mesh.addBall(center: center, radius: size * girth, color: palette.skin * (0.88 + 0.04 * Float(clump % 4)), material: build.coat, sides: 8)
        }
    }

    /// A shell's plates: a row down the spine and a row down each side, each a low dome with
    /// a paler middle where it grew from, dark seams between them.
    private func addScutes(to mesh: inout Mesh, bob: Float) {
        for (row, angle) in [Float(0), 0.95, -0.95].enumerated() {
            for step in 0..<5 {
                let z = -0.56 + Float(step) * 0.24 + (row == 0 ? 0 : 0.02)
                // The dome's radius here, as its tube is drawn: widest a little behind the middle.
                let along = (z + 0.7) / 1.2, radius = 0.3 + 0.26 * sinf(.pi * min(max(along, 0), 1))
                let height = 0.1 + 0.08 * sinf(.pi * min(max(along, 0), 1)) + bob
                let out = SIMD3(sinf(angle) * 1.15, cosf(angle) * 0.62, 0)
                let normal = SIMD3(sinf(angle) / 1.15, cosf(angle) / 0.62, 0).normalized
                let center = SIMD3(0, height, z) + out * radius * 0.97
                let shade: Float = 0.8 + 0.12 * Float((step + row) % 3) / 2
                let size: Float = row == 0 ? 0.125 : 0.13
                // A flat lozenge lying on the dome, flattened along its normal.
                for (lift, scale, color) in [(Float(0), Float(1), palette.skin * shade), (0.025, 0.45, palette.belly * shade)] {
                    let reach = SIMD3<Float>(0, 0, size * 0.4 * scale)
                    mesh.addTube(Tube(points: [center + normal * lift - reach, center + normal * lift + reach], radii: [size * scale, size * scale],
                                      color: color, material: .scales, up: normal, squash: SIMD2(1, 0.3), subdivisions: 1, sides: 8))
                }
            }
        }
    }

    /// Spines over the back and flanks, pointing back and out, dark with pale tips.
    private func addSpines(to mesh: inout Mesh, bob: Float, girth: Float) {
        for row in 0..<12 {
            let z = -0.75 + Float(row) * 0.12
            let radius = (0.26 + 0.06 * sinf(.pi * Float(row) / 11)) * girth
            for k in 0..<9 {
                let angle = (Float(k) / 8 - 0.5) * 2.4 + Float(row % 2) * 0.13
                let out = SIMD3(sinf(angle), cosf(angle), 0)
                let base = SIMD3(0, 0.05 + bob, z) + out * (radius * 0.85)
                let tip = base + (out + SIMD3(0, 0, -0.9)).normalized * 0.2
                mesh.addTube(Tube(points: [base, tip], radii: [0.022, 0.003], color: palette.skin * 0.6, undersideColor: palette.belly,
                                  material: build.coat, up: out, subdivisions: 1, sides: 4))
            }
        }
    }

    /// A snake: one body winding in S-curves that travel along it as it goes, the head
    /// raised a little at the front.
    private func addSerpent(to mesh: inout Mesh, phase: Float, stride: Float) {
        let coat = build.coat
        let points = (0...9).map { step -> SIMD3<Float> in
            let along = Float(step) / 9
            let z = 1 - along * 2.2
            return SIMD3(sinf(along * 9 + phase * (0.3 + stride)) * 0.18 * along, along < 0.1 ? 0.04 * (1 - along * 10) : 0, z)
        }
        let radii = (0...9).map { step in 0.085 * (1 - powf(Float(step) / 9, 2) * 0.85) + (step == 0 ? 0.01 : 0) }
        mesh.addTube(Tube(points: points, radii: radii, color: palette.skin, undersideColor: palette.belly, material: coat, squash: SIMD2(1, 0.75), subdivisions: 2, sides: 10))
        for side: Float in [-1, 1] {
            let eye = points[0] + SIMD3(side * 0.05, 0.04, 0.03)
            mesh.addTube(Tube(points: [eye, eye + SIMD3(0, 0, 0.01)], radii: [0.014, 0.014], color: SIMD3(0.02, 0.02, 0.02),
                              material: .glass, subdivisions: 1, sides: 6))
        }
    }

    /// A trunk hanging from the snout, curling forward at the tip, and two broad ears
    /// flattened against the head that fan slowly.
    private func addTrunkAndEars(to mesh: inout Mesh, head: SIMD3<Float>, flap: Float) {
        let coat = build.coat
        let snout = head + SIMD3(0, -0.1, build.head.snout - 0.02)
        mesh.addTube(Tube(points: [snout, snout + SIMD3(0, -0.3, 0.1), snout + SIMD3(0, -0.62, 0.08), snout + SIMD3(0, -0.72, 0.16)],
                          radii: [0.09, 0.07, 0.05, 0.04], color: palette.skin, material: coat, sides: 8))
        for side: Float in [-1, 1] {
            // Hanging down the side of the head: broad front to back, thin across.
            let root = head + SIMD3(side * 0.14, 0.06, -0.08)
            let tip = root + SIMD3(side * (0.06 + 0.06 * flap), -0.34, -0.08)
            mesh.addTube(Tube(points: [root, root.mixed(with: tip, 0.45), tip], radii: [0.14, 0.2, 0.06],
                              color: palette.skin, material: coat, up: SIMD3(side, 0, 0), squash: SIMD2(1, 0.2), sides: 8))
        }
    }
}
