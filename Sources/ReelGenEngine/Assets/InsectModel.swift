import Foundation

/// Small creatures filmed close: butterflies and moths with patterned wings, bees, dragonflies
/// and flies, and the crawlers (ants, beetles and ladybugs, spiders, caterpillars, snails,
/// crabs). Designed one unit long from head to tail, origin at the body's centre, facing +z.
struct InsectModel: Sendable {
    enum Form: String, Sendable, Equatable, CatalogueForm {
        case butterfly, moth, bee, dragonfly, fly, ant, beetle, ladybug, spider, caterpillar, snail, crab, hermitCrab

        static let usual = Form.beetle

        /// Whether it has wings to fly with; the rest only crawl.
        var flies: Bool {
            [.butterfly, .moth, .bee, .dragonfly, .fly].contains(self)
        }

        /// Height of the body's centre above the ground, in body lengths.
        var clearance: Float {
            switch self {
            case .caterpillar, .snail: 0.08
            case .spider, .crab, .hermitCrab: 0.16
            default: 0.1
            }
        }
    }

    var form: Form
    /// Linear albedo of the body or wings, when the prompt names a colour or the species has
    /// its own (a monarch's orange).
    var color: SIMD3<Float>?
    /// Which take: the seed picks a butterfly's colours.
    var variant: UInt64 = 0

    private static let black = SIMD3<Float>(0.012, 0.01, 0.009)

    func mesh(for pose: ActorPose, length: Float) -> Mesh {
        var mesh = Mesh()
        switch form {
        case .butterfly, .moth: addButterfly(to: &mesh, pose: pose)
        case .bee, .fly: addBee(to: &mesh, pose: pose)
        case .dragonfly: addDragonfly(to: &mesh, pose: pose)
        case .ant: addAnt(to: &mesh, pose: pose)
        case .beetle, .ladybug: addBeetle(to: &mesh, pose: pose)
        case .spider: addSpider(to: &mesh, pose: pose)
        case .caterpillar: addCaterpillar(to: &mesh, pose: pose)
        case .snail: addSnail(to: &mesh, pose: pose)
        case .crab, .hermitCrab: addCrab(to: &mesh, pose: pose)
        }
        mesh.place(in: BodyFrame(origin: pose.position, forward: pose.forward, bank: pose.bank, scale: length))
        return mesh
    }

    // MARK: Parts

    /// Jointed legs in `pairs` along the body from `front` to `back`, `reach` out to the side,
    /// feet on the ground; walking moves them in alternating tripods.
    private func addLegs(to mesh: inout Mesh, pairs: Int, front: Float, back: Float, reach: Float, radius: Float,
                         color: SIMD3<Float>, pose: ActorPose) {
        let ground = -form.clearance
        for pair in 0..<pairs {
            let z = pairs == 1 ? front : front + (back - front) * Float(pair) / Float(pairs - 1)
            for side: Float in [-1, 1] {
                let step = sinf(pose.gaitPhase * 2 + Float(pair) * .pi + (side > 0 ? 0 : .pi)) * 0.06 * min(pose.stride, 1)
                let hip = SIMD3<Float>(side * 0.05, -0.02, z)
                let knee = SIMD3<Float>(side * reach * 0.55, ground + form.clearance * 1.6 + 0.04, z + (z - (front + back) / 2) * 0.4 + step)
                let foot = SIMD3<Float>(side * reach, ground, z + (z - (front + back) / 2) * 0.8 + step)
                mesh.addTube(Tube(points: [hip, knee, foot], radii: [radius, radius * 0.8, radius * 0.5], color: color, material: .bark,
                                  subdivisions: 1, sides: 4))
            }
        }
    }

    /// Two thin feelers from the head, ending in clubs for a butterfly.
    private func addAntennae(to mesh: inout Mesh, head: SIMD3<Float>, length: Float, clubbed: Bool, color: SIMD3<Float>) {
        for side: Float in [-1, 1] {
            let tip = head + SIMD3(side * length * 0.35, length * 0.55, length * 0.75)
            mesh.addTube(Tube(points: [head + SIMD3(side * 0.02, 0.02, 0.02), head.mixed(with: tip, 0.5) + SIMD3(0, 0.03, 0), tip],
                              radii: [0.008, 0.006, 0.005], color: color, material: .bark, subdivisions: 1, sides: 4))
            if clubbed { mesh.addBall(center: tip, radius: 0.02, color: color, material: .skin, sides: 6) }
        }
    }

    /// A wing as a fan from its root along the body: `outline` points in the wing's own plane
    /// (x out from the body, z along it), rounded off, coloured from `inner` at the root to
    /// `outer` at the rim, raised `angle` radians above the horizontal. A `marked` wing (a
    /// butterfly's) has a crisp border in `outer` with pale spots along it, and dark veins.
    private func addWing(to mesh: inout Mesh, root: SIMD3<Float>, outline: [SIMD2<Float>], side: Float, angle: Float,
                         inner: SIMD3<Float>, middle: SIMD3<Float>, outer: SIMD3<Float>, marked: Bool = false) {
        let out = SIMD3(side * cosf(angle), sinf(angle), 0)
        let normal = SIMD3(-side * sinf(angle), cosf(angle), 0)
        let outline = Self.rounded(outline)
        func point(_ p: SIMD2<Float>, _ reach: Float, lift: Float = 0) -> SIMD3<Float> {
            root + (out * p.x + SIMD3(0, 0, p.y)) * reach + normal * lift
        }
        let center = mesh.addVertex(root, normal: normal, color: inner)
        // Rings out from the root: the colour holds to a crisp border where the wing is marked.
        let reaches: [Float] = marked ? [0.62, 0.8, 0.84, 1] : [0.62, 1]
        let colors = marked ? [middle, middle, outer, outer] : [middle, outer]
        var ringVertices: [[UInt32]] = []
        for (reach, color) in zip(reaches, colors) {
            ringVertices.append(outline.map { mesh.addVertex(point($0, reach), normal: normal, color: color) })
        }
        for k in 0..<(outline.count - 1) {
            mesh.addTriangle(center, ringVertices[0][k], ringVertices[0][k + 1], material: .membrane)
            for (near, far) in zip(ringVertices, ringVertices.dropFirst()) {
                mesh.addTriangle(near[k], far[k], far[k + 1], material: .membrane)
                mesh.addTriangle(near[k], far[k + 1], near[k + 1], material: .membrane)
            }
        }
        guard marked else { return }
        let lift: Float = 0.004
        // Pale spots along the border, and veins fanning dark from the root over the colour.
        for k in stride(from: 1, to: outline.count - 1, by: 2) {
            let spot = (outline[k] + outline[k + 1]) * 0.5, size: Float = 0.028
            let reach = max((spot * spot).sum().squareRoot(), 1e-4), middle = point(spot, 0.92, lift: lift)
            let across = SIMD2(-spot.y, spot.x) / reach * size
            let corners = [middle, middle + out * across.x + SIMD3(0, 0, across.y),
                           point(spot, 0.92 - size / reach * 1.5, lift: lift),
                           middle - out * across.x - SIMD3(0, 0, across.y)]
            let ids = corners.map { mesh.addVertex($0, normal: normal, color: Self.wingSpot) }
            mesh.addTriangle(ids[0], ids[1], ids[2], material: .membrane)
            mesh.addTriangle(ids[0], ids[2], ids[3], material: .membrane)
        }
        for k in stride(from: 0, to: outline.count, by: 3) {
            let tip = outline[k], width: Float = 0.01
            let across = SIMD2(-tip.y, tip.x) / max((tip * tip).sum().squareRoot(), 1e-4) * width
            let base = root + normal * lift
            let ids = [mesh.addVertex(base + out * across.x + SIMD3(0, 0, across.y), normal: normal, color: outer),
                       mesh.addVertex(base - out * across.x - SIMD3(0, 0, across.y), normal: normal, color: outer),
                       mesh.addVertex(point(tip, 0.84, lift: lift), normal: normal, color: outer)]
            mesh.addTriangle(ids[0], ids[1], ids[2], material: .membrane)
        }
    }

    /// Pale spots on a butterfly's wing border.
    static let wingSpot = SIMD3<Float>(0.8, 0.78, 0.7)

    /// An outline with its corners cut twice (Chaikin's scheme), ends kept: a wing's rim
    /// curves rather than running in straight edges between a few points.
    static func rounded(_ outline: [SIMD2<Float>]) -> [SIMD2<Float>] {
        var points = outline
        for _ in 0..<2 {
            var cut = [points[0]]
            for (a, b) in zip(points, points.dropFirst()) {
                cut.append(a * 0.75 + b * 0.25)
                cut.append(a * 0.25 + b * 0.75)
            }
            cut.append(points[points.count - 1])
            points = cut
        }
        return points
    }

    /// How high the wings are raised: beating in flight, slowly fanning at rest.
    private func wingAngle(_ pose: ActorPose, rest: Float, beat: Float) -> Float {
        if pose.flapAmplitude > 0 && !pose.onFeet { return rest + beat * sinf(pose.flapPhase * 1.6) }
        return rest + 0.12 * sinf(pose.time * 1.7)
    }

    // MARK: Flyers

    private func addButterfly(to mesh: inout Mesh, pose: ActorPose) {
        let moth = form == .moth
        let palettes: [(SIMD3<Float>, SIMD3<Float>)] = [
            (SIMD3(0.75, 0.25, 0.02), SIMD3(0.6, 0.12, 0.01)), (SIMD3(0.04, 0.2, 0.75), SIMD3(0.02, 0.08, 0.4)),
            (SIMD3(0.8, 0.62, 0.05), SIMD3(0.55, 0.3, 0.02)), (SIMD3(0.7, 0.1, 0.3), SIMD3(0.3, 0.04, 0.45)),
        ]
        var (fore, hind) = palettes[Int(variant % UInt64(palettes.count))]
        if moth { (fore, hind) = (SIMD3(0.3, 0.24, 0.16), SIMD3(0.22, 0.17, 0.11)) }
        if let color { (fore, hind) = (color, color * 0.7) }
        let edge = moth ? fore * 0.5 : Self.black
        let body = SIMD3<Float>(0.03, 0.025, 0.02)
        // A furry body: matte, where a shiny one would glint silver.
        mesh.addTube(Tube(points: [SIMD3(0, 0, -0.4), SIMD3(0, 0.01, 0), SIMD3(0, 0.02, 0.25)], radii: [0.02, 0.045, 0.04], color: body,
                          material: .bark, subdivisions: 2, sides: 8))
        let head = SIMD3<Float>(0, 0.02, 0.3)
        mesh.addBall(center: head, radius: 0.045, color: body, material: .bark, sides: 8)
        addAntennae(to: &mesh, head: head, length: 0.4, clubbed: !moth, color: body)
        let angle = wingAngle(pose, rest: moth ? 0.05 : 0.35, beat: 0.9)
        for side: Float in [-1, 1] {
            let forewing: [SIMD2<Float>] = [SIMD2(0.02, 0.22), SIMD2(0.35, 0.36), SIMD2(0.72, 0.34), SIMD2(0.78, 0.1), SIMD2(0.55, -0.05), SIMD2(0.1, -0.04)]
            let hindwing: [SIMD2<Float>] = [SIMD2(0.05, -0.02), SIMD2(0.5, -0.1), SIMD2(0.58, -0.35), SIMD2(0.35, -0.5), SIMD2(0.08, -0.3)]
            addWing(to: &mesh, root: SIMD3(side * 0.03, 0.03, 0.05), outline: forewing, side: side, angle: angle,
                    inner: fore * 0.7, middle: fore, outer: edge, marked: !moth)
            addWing(to: &mesh, root: SIMD3(side * 0.03, 0.025, -0.02), outline: hindwing, side: side, angle: angle * 0.92,
                    inner: hind * 0.7, middle: hind, outer: moth ? edge.mixed(with: hind, 0.3) : edge, marked: !moth)
        }
        if pose.onFeet { addLegs(to: &mesh, pairs: 3, front: 0.12, back: -0.08, reach: 0.2, radius: 0.008, color: body, pose: pose) }
    }

    private func addBee(to mesh: inout Mesh, pose: ActorPose) {
        let bee = form == .bee
        let stripe: SIMD3<Float> = color ?? (bee ? SIMD3(0.7, 0.42, 0.02) : SIMD3(0.08, 0.08, 0.09))
        mesh.addBall(center: SIMD3(0, 0.02, 0.32), radius: 0.12, color: Self.black, material: .skin, sides: 10)
        // A bee's thorax is furry; a fly's is bare and glossy.
        mesh.addBall(center: SIMD3(0, 0.04, 0.12), radius: 0.16, color: bee ? stripe * 0.6 : Self.black * 2, material: bee ? .fur : .skin, sides: 12)
        // The abdomen in bands: yellow and black for a bee, all dark for a fly.
        for band in 0..<5 {
            let z = -0.08 - Float(band) * 0.1
            let radius = 0.19 * sinf(.pi * (0.35 + 0.13 * Float(band)))
            mesh.addBall(center: SIMD3(0, 0.02, z), radius: radius, axis: SIMD3(0, 0, 1), squash: 0.6,
                         color: band % 2 == 0 ? stripe : Self.black, material: bee ? .fur : .skin, sides: 12)
        }
        addAntennae(to: &mesh, head: SIMD3(0, 0.05, 0.38), length: 0.25, clubbed: false, color: Self.black)
        let angle = wingAngle(pose, rest: 0.25, beat: 1.1)
        let clear = SIMD3<Float>(0.5, 0.55, 0.6)
        for side: Float in [-1, 1] {
            let wing: [SIMD2<Float>] = [SIMD2(0.02, 0.05), SIMD2(0.3, 0.02), SIMD2(0.55, -0.12), SIMD2(0.5, -0.28), SIMD2(0.15, -0.2)]
            addWing(to: &mesh, root: SIMD3(side * 0.08, 0.14, 0.14), outline: wing, side: side, angle: angle, inner: clear, middle: clear, outer: clear * 0.7)
        }
        addLegs(to: &mesh, pairs: 3, front: 0.22, back: 0.02, reach: 0.3, radius: 0.018, color: Self.black, pose: pose)
    }

    private func addDragonfly(to mesh: inout Mesh, pose: ActorPose) {
        let bodies: [SIMD3<Float>] = [SIMD3(0.5, 0.04, 0.02), SIMD3(0.03, 0.2, 0.5), SIMD3(0.05, 0.35, 0.1)]
        let body = color ?? bodies[Int(variant % 3)]
        mesh.addTube(Tube(points: [SIMD3(0, 0, -0.65), SIMD3(0, 0, -0.2), SIMD3(0, 0.01, 0.1)], radii: [0.018, 0.025, 0.05], color: body,
                          material: .skin, subdivisions: 3, sides: 8))
        mesh.addBall(center: SIMD3(0, 0.02, 0.18), radius: 0.075, color: body * 0.7, material: .skin, sides: 10)
        for side: Float in [-1, 1] {
            mesh.addBall(center: SIMD3(side * 0.045, 0.03, 0.25), radius: 0.05, color: SIMD3(0.08, 0.1, 0.12), material: .eye, sides: 8)
        }
        let angle = wingAngle(pose, rest: 0.05, beat: 0.6)
        let clear = SIMD3<Float>(0.55, 0.58, 0.62)
        for side: Float in [-1, 1] {
            for (offset, tilt) in [(Float(0.14), Float(0.1)), (0.04, -0.15)] {
                let wing: [SIMD2<Float>] = [SIMD2(0.02, 0.03), SIMD2(0.3, 0.05 + tilt * 0.3), SIMD2(0.62, tilt), SIMD2(0.6, tilt - 0.07), SIMD2(0.2, -0.06)]
                addWing(to: &mesh, root: SIMD3(side * 0.03, 0.05, offset), outline: wing, side: side, angle: angle, inner: clear, middle: clear,
                        outer: clear * 0.8)
            }
        }
        addLegs(to: &mesh, pairs: 3, front: 0.2, back: 0.08, reach: 0.14, radius: 0.01, color: Self.black, pose: pose)
    }

    // MARK: Crawlers

    private func addAnt(to mesh: inout Mesh, pose: ActorPose) {
        let body = color ?? SIMD3(0.03, 0.015, 0.01)
        mesh.addBall(center: SIMD3(0, 0.03, 0.36), radius: 0.1, color: body, material: .skin, sides: 10)
        mesh.addTube(Tube(points: [SIMD3(0, 0.02, 0.25), SIMD3(0, 0.03, 0.05)], radii: [0.06, 0.05], color: body, material: .skin,
                          subdivisions: 1, sides: 8))
        mesh.addBall(center: SIMD3(0, 0.05, -0.22), radius: 0.17, axis: SIMD3(0, 0, 1), squash: 1.3, color: body, material: .skin, sides: 12)
        addAntennae(to: &mesh, head: SIMD3(0, 0.06, 0.42), length: 0.3, clubbed: false, color: body)
        addLegs(to: &mesh, pairs: 3, front: 0.22, back: 0.0, reach: 0.4, radius: 0.016, color: body, pose: pose)
    }

    private func addBeetle(to mesh: inout Mesh, pose: ActorPose) {
        let ladybug = form == .ladybug
        let shell: SIMD3<Float> = color ?? (ladybug ? SIMD3(0.55, 0.02, 0.01) : SIMD3(0.02, 0.06, 0.04))
        mesh.addBall(center: SIMD3(0, 0.05, -0.05), radius: 0.4, squash: 0.65, color: shell, material: .skin, sides: 16)
        // The seam between the wing cases.
        mesh.addTube(Tube(points: [SIMD3(0, 0.2, 0.28), SIMD3(0, 0.26, -0.05), SIMD3(0, 0.18, -0.38)], radii: [0.012, 0.012, 0.01],
                          color: Self.black, material: .skin, subdivisions: 2, sides: 4))
        mesh.addBall(center: SIMD3(0, 0.02, 0.38), radius: 0.14, squash: 0.8, color: Self.black, material: .skin, sides: 10)
        if ladybug {
            for (x, z) in [(Float(0.15), Float(0.1)), (0.2, -0.15), (0.08, -0.3), (-0.15, 0.1), (-0.2, -0.15), (-0.08, -0.3), (0, 0.2)] {
                // Standing just proud of the dome, or the shell swallows them.
                let y = 0.1 + 0.26 * (1 - (x * x + z * z) / 0.16).squareRoot()
                mesh.addBall(center: SIMD3(x, y, z), radius: 0.075, axis: SIMD3(x, 0.4, z).normalized, squash: 0.3, color: Self.black,
                             material: .skin, sides: 8)
            }
            for side: Float in [-1, 1] {
                mesh.addBall(center: SIMD3(side * 0.08, 0.08, 0.45), radius: 0.035, squash: 0.5, color: SIMD3(0.7, 0.7, 0.65), material: .skin, sides: 6)
            }
        }
        addAntennae(to: &mesh, head: SIMD3(0, 0.05, 0.48), length: 0.2, clubbed: ladybug, color: Self.black)
        addLegs(to: &mesh, pairs: 3, front: 0.2, back: -0.15, reach: 0.45, radius: 0.02, color: Self.black, pose: pose)
    }

    private func addSpider(to mesh: inout Mesh, pose: ActorPose) {
        let body = color ?? SIMD3(0.035, 0.025, 0.018)
        mesh.addBall(center: SIMD3(0, 0.02, 0.15), radius: 0.15, squash: 0.7, color: body, material: .skin, sides: 12)
        mesh.addBall(center: SIMD3(0, 0.08, -0.22), radius: 0.26, axis: SIMD3(0, 0, 1), squash: 1.2, color: body * 1.3, material: .skin, sides: 14)
        for x: Float in [-0.04, 0.04] {
            mesh.addBall(center: SIMD3(x, 0.07, 0.28), radius: 0.025, color: SIMD3(0.1, 0.1, 0.1), material: .eye, sides: 6)
        }
        addLegs(to: &mesh, pairs: 4, front: 0.26, back: 0.04, reach: 0.7, radius: 0.02, color: body, pose: pose)
    }

    private func addCaterpillar(to mesh: inout Mesh, pose: ActorPose) {
        let body = color ?? SIMD3(0.1, 0.22, 0.03)
        let crawl = pose.stride > 0 ? pose.gaitPhase : pose.time * 2
        for segment in 0..<10 {
            let z = -0.45 + Float(segment) * 0.1
            let hump = max(sinf(z * 9 - crawl * 1.5), 0) * 0.05
            let radius: Float = segment == 9 ? 0.085 : 0.075
            mesh.addBall(center: SIMD3(0, hump, z), radius: radius, color: segment == 9 ? body * 0.6 : body * (segment % 2 == 0 ? 1 : 0.85),
                         material: .skin, sides: 10)
        }
    }

    private func addSnail(to mesh: inout Mesh, pose: ActorPose) {
        let skin = SIMD3<Float>(0.25, 0.2, 0.14)
        let shell = color ?? SIMD3(0.3, 0.14, 0.05)
        mesh.addTube(Tube(points: [SIMD3(0, -0.04, -0.5), SIMD3(0, -0.02, 0), SIMD3(0, 0.02, 0.38), SIMD3(0, 0.08, 0.48)],
                          radii: [0.03, 0.1, 0.08, 0.06], color: skin, material: .skin, squash: SIMD2(1, 0.7), subdivisions: 3, sides: 10))
        for side: Float in [-1, 1] {
            let tip = SIMD3<Float>(side * 0.07, 0.3, 0.6)
            mesh.addTube(Tube(points: [SIMD3(side * 0.03, 0.1, 0.48), tip], radii: [0.018, 0.012], color: skin, material: .skin, subdivisions: 1, sides: 5))
            mesh.addBall(center: tip, radius: 0.022, color: SIMD3(0.05, 0.04, 0.03), material: .skin, sides: 6)
        }
        // A coiled shell: whorls shrinking toward the centre, standing on the back.
        for whorl in 0..<4 {
            let turn = Float(whorl) * 1.6
            let radius = 0.27 * powf(0.68, Float(whorl))
            let center = SIMD3<Float>(0, 0.3, -0.1) + SIMD3(0, sinf(turn), cosf(turn)) * (0.3 - radius) * 0.6
            mesh.addBall(center: center, radius: radius, axis: SIMD3(1, 0, 0), squash: 0.75, color: shell * (1 - 0.15 * Float(whorl % 2)),
                         material: .skin, sides: 14)
        }
    }

    private func addCrab(to mesh: inout Mesh, pose: ActorPose) {
        let shell = color ?? SIMD3(0.5, 0.12, 0.04)
        mesh.addBall(center: .zero, radius: 0.34, axis: SIMD3(0, 1, 0), squash: 0.45, color: shell, material: .skin, sides: 16)
        for side: Float in [-1, 1] {
            let stalk = SIMD3<Float>(side * 0.08, 0.16, 0.26)
            mesh.addTube(Tube(points: [SIMD3(side * 0.06, 0.05, 0.2), stalk], radii: [0.015, 0.012], color: shell, material: .skin, subdivisions: 1, sides: 5))
            mesh.addBall(center: stalk, radius: 0.03, color: Self.black, material: .eye, sides: 6)
            // A claw held up in front: upper arm, forearm, and the pincer.
            let elbow = SIMD3<Float>(side * 0.38, 0.02, 0.3), wrist = SIMD3<Float>(side * 0.26, 0.08, 0.52)
            mesh.addTube(Tube(points: [SIMD3(side * 0.25, 0, 0.15), elbow, wrist], radii: [0.04, 0.045, 0.05], color: shell, material: .skin,
                              subdivisions: 2, sides: 7))
            mesh.addBall(center: wrist + SIMD3(0, 0.01, 0.08), radius: 0.09, axis: SIMD3(1, 0, 0), squash: 0.55, color: shell * 1.1, material: .skin, sides: 10)
        }
        addLegs(to: &mesh, pairs: 4, front: 0.1, back: -0.2, reach: 0.62, radius: 0.025, color: shell * 0.9, pose: pose)
        if form == .hermitCrab {
            for whorl in 0..<4 {
                let radius = 0.36 * powf(0.7, Float(whorl))
                let center = SIMD3<Float>(0, 0.25 + Float(whorl) * 0.06, -0.25 - Float(whorl) * 0.12)
                mesh.addBall(center: center, radius: radius, axis: SIMD3(0, 0, 1), squash: 0.9,
                             color: SIMD3(0.45, 0.38, 0.3) * (1 - 0.12 * Float(whorl % 2)), material: .bone, sides: 14)
            }
        }
    }
}
