import Foundation

/// A plant as the subject of the shot, built to be filmed close: flowers on stems, a leafy
/// houseplant, a succulent rosette, a cactus, mushrooms, a sprig of leaves, a bush, or a
/// tree (broadleaf, fir, palm, or bare branches). Built one unit tall, base at the origin,
/// then scaled to its height; everything bends with the wind, more the higher it grows.
struct PlantModel: Sendable {
    var species: Species
    /// Which take of the species: stems, leaves and branches fall differently for each.
    var variant: UInt64

    func mesh(for pose: ActorPose, length: Float) -> Mesh {
        var random = SeededGenerator(seed: variant)
        var mesh = Mesh()
        var base = SIMD3<Float>.zero
        if species.potted {
            mesh.addFrustum(base: .zero, height: Self.potHeight, bottomRadius: 0.1, topRadius: 0.14, color: species.pot,
                            topColor: SIMD3(0.03, 0.02, 0.012), material: .stone, sides: 20)
            base.y = Self.potHeight * 0.92
        }
        let plant = species.potted ? 1 - Self.potHeight : 1
        switch species.form {
        case .flowers: addFlowers(to: &mesh, base: base, height: plant, random: &random)
        case .foliage: addFoliage(to: &mesh, base: base, height: plant, random: &random)
        case .succulent: addSucculent(to: &mesh, base: base, height: plant, random: &random)
        case .cactus: addCactus(to: &mesh, base: base, height: plant, random: &random)
        case .mushrooms: addMushrooms(to: &mesh, random: &random)
        case .sprig: addSprig(to: &mesh, base: base, height: plant, random: &random)
        case .bush: addBush(to: &mesh, base: base, height: plant, random: &random)
        case .broadleafTree: addBroadleafTree(to: &mesh, base: base, height: plant, random: &random)
        case .bareTree: addBareTree(to: &mesh, base: base, height: plant, random: &random)
        case .conifer: addConifer(to: &mesh, base: base, height: plant, random: &random)
        case .palm: addPalm(to: &mesh, base: base, height: plant, random: &random)
        }
        bendInWind(&mesh, above: base.y, time: pose.time)
        mesh.place(in: BodyFrame(origin: pose.position, forward: pose.forward, bank: 0, scale: length))
        return mesh
    }

    /// Share of a potted plant's height that is pot.
    static let potHeight: Float = 0.24

    /// Sways everything above `floor`: the displacement grows with the square of the height,
    /// so stems and trunks bend rather than slide, and a ripple runs up the plant.
    private func bendInWind(_ mesh: inout Mesh, above floor: Float, time: Float) {
        let strength = species.form.windStrength
        let phase = Float(variant % 1000) * 0.01
        for i in mesh.positions.indices {
            let p = mesh.positions[i]
            let rise = max(p.y - floor, 0)
            let gust = sinf(time * 1.6 + phase - rise * 1.5) * 0.7 + sinf(time * 3.7 + phase * 2 + p.x * 4) * 0.3
            let bend = rise * rise * strength * gust
            mesh.positions[i] = p + SIMD3(bend, -abs(bend) * 0.3, bend * 0.4)
        }
    }

    // MARK: Small plants

    private func addFlowers(to mesh: inout Mesh, base: SIMD3<Float>, height: Float, random: inout SeededGenerator) {
        let shape = species.bloom
        let stems = shape.stems
        for stem in 0..<stems {
            let yaw = Float(stem) / Float(stems) * 2 * .pi + random.value(-0.4, 0.4)
            let spread = stems == 1 ? 0 : random.value(0.04, 0.14)
            let root = base + SIMD3(cosf(yaw), 0, sinf(yaw)) * spread * 0.5
            let top = base + SIMD3(cosf(yaw) * spread * 1.6, height * random.value(0.72, 1) - shape.size * 0.3, sinf(yaw) * spread * 1.6)
            let middle = root.mixed(with: top, 0.5) + SIMD3(random.value(-0.03, 0.03), 0, random.value(-0.03, 0.03))
            mesh.addTube(Tube(points: [root, middle, top], radii: [0.012, 0.009, 0.007], color: species.stem, material: .foliage,
                              subdivisions: 2, sides: 5))
            for leaf in 0..<2 {
                let at = root.mixed(with: middle, 0.3 + 0.5 * Float(leaf))
                let outward = SIMD3(cosf(yaw + Float(leaf) * 2.6), 0.7, sinf(yaw + Float(leaf) * 2.6)).normalized
                mesh.addBlade(base: at, direction: outward, facing: SIMD3(0, 1, 0), length: height * 0.25, width: height * 0.09,
                              droop: SIMD3(0, -0.5, 0), color: species.leaf * random.value(0.85, 1.1))
            }
            // Blooms turn up and toward the lens (local +z); a sunflower's faces it.
            let facing = (SIMD3<Float>(cosf(yaw) * spread * 3, 1, sinf(yaw) * spread * 3) + SIMD3(0, 0, shape.turn)).normalized
            addBloom(to: &mesh, at: top, facing: facing, shape: shape, random: &random)
        }
        // Leaves at the foot of the clump.
        for k in 0..<7 {
            let yaw = Float(k) * 0.9 + random.value(0, 0.5)
            mesh.addBlade(base: base, direction: SIMD3(cosf(yaw), 0.9, sinf(yaw)).normalized, facing: SIMD3(0, 1, 0),
                          length: height * 0.3, width: height * 0.08, droop: SIMD3(0, -0.6, 0), color: species.leaf * random.value(0.8, 1.05))
        }
    }

    /// Petals around a heart, facing `facing`: a cup for a tulip, a flat ring for a daisy,
    /// layered for a rose.
    private func addBloom(to mesh: inout Mesh, at center: SIMD3<Float>, facing: SIMD3<Float>, shape: Bloom, random: inout SeededGenerator) {
        var across = facing.cross(SIMD3(0, 0, 1))
        if across.dot(across) < 1e-4 { across = SIMD3(1, 0, 0) }
        across = across.normalized
        let over = facing.cross(across)
        for layer in 0..<shape.layers {
            let count = shape.petals - layer * 2
            let cup = shape.cup + Float(layer) * 0.5
            let size = shape.size * (1 - Float(layer) * 0.25)
            for k in 0..<count {
                let angle = (Float(k) + Float(layer) * 0.5) / Float(count) * 2 * .pi + random.value(-0.1, 0.1)
                let outward = across * cosf(angle) + over * sinf(angle)
                let direction = (outward + facing * cup).normalized
                let tint = species.bloomColor * random.value(0.85, 1.1) * (1 - Float(layer) * 0.12)
                mesh.addBlade(base: center + facing * (size * 0.05), direction: direction, facing: (facing - outward * cup * 0.5).normalized,
                              length: size, width: size * shape.petalWidth, droop: facing * -0.15 * (1 - cup), fold: 0.25, color: tint, segments: 3)
            }
        }
        mesh.addBall(center: center + facing * (shape.size * 0.08), radius: shape.size * shape.heart, axis: facing, squash: 0.55,
                     color: species.heart, material: .skin, sides: 10)
    }

    private func addFoliage(to mesh: inout Mesh, base: SIMD3<Float>, height: Float, random: inout SeededGenerator) {
        for k in 0..<20 {
            let yaw = Float(k) * 2.4 + random.value(-0.2, 0.2)
            let direction = SIMD3(cosf(yaw), random.value(1.4, 4), sinf(yaw)).normalized
            // Arching over, the tips bend down but stay above the ground.
            mesh.addBlade(base: base, direction: direction, facing: (SIMD3(0, 1, 0) - direction * direction.y).normalized,
                          length: height * random.value(0.7, 1.05), width: height * random.value(0.16, 0.24),
                          droop: SIMD3(0, -direction.y * random.value(0.15, 0.45), 0),
                          fold: 0.2, color: species.leaf * random.value(0.75, 1.15), segments: 5)
        }
    }

    private func addSucculent(to mesh: inout Mesh, base: SIMD3<Float>, height: Float, random: inout SeededGenerator) {
        for ring in 0..<4 {
            let count = 11 - ring * 2
            let rise = 0.7 + Float(ring) * 0.6
            let size = height * (0.8 - Float(ring) * 0.14)
            for k in 0..<count {
                let yaw = (Float(k) + Float(ring) * 0.5) / Float(count) * 2 * .pi
                let direction = SIMD3(cosf(yaw), rise, sinf(yaw)).normalized
                mesh.addBlade(base: base + SIMD3(0, 0.05, 0), direction: direction, facing: (SIMD3(0, 1, 0) - direction * direction.y).normalized,
                              length: size, width: size * 0.5, fold: 0.45, color: species.leaf * random.value(0.85, 1.15),
                              tipColor: species.leaf.mixed(with: species.bloomColor, 0.5), segments: 3)
            }
        }
    }

    private func addCactus(to mesh: inout Mesh, base: SIMD3<Float>, height: Float, random: inout SeededGenerator) {
        let radius = height * 0.11
        mesh.addTube(Tube(points: [base - SIMD3(0, 0.02, 0), base + SIMD3(0, height * 0.5, 0), base + SIMD3(0, height - radius, 0)],
                          radii: [radius, radius * 1.05, radius * 0.95], color: species.leaf, material: .skin, subdivisions: 3, sides: 14))
        for arm in 0..<2 {
            let side: Float = arm == 0 ? 1 : -1
            let from = base + SIMD3(0, height * random.value(0.3, 0.5), 0)
            let elbow = from + SIMD3(side * height * 0.24, height * 0.04, 0)
            let tip = elbow + SIMD3(0, height * random.value(0.2, 0.32), 0)
            mesh.addTube(Tube(points: [from, elbow, tip], radii: [radius * 0.55, radius * 0.6, radius * 0.55], color: species.leaf * 0.95,
                              material: .skin, subdivisions: 3, sides: 10))
        }
    }

    private func addMushrooms(to mesh: inout Mesh, random: inout SeededGenerator) {
        let spotted = species.bloomColor.x > species.bloomColor.y * 3
        for k in 0..<4 {
            let scale: Float = k == 0 ? 1 : random.value(0.45, 0.75)
            let spot = k == 0 ? SIMD3<Float>.zero : SIMD3(random.value(-0.5, 0.5), 0, random.value(-0.35, 0.35))
            let top = spot + SIMD3(random.value(-0.04, 0.04), 0.7 * scale, 0)
            mesh.addTube(Tube(points: [spot - SIMD3(0, 0.02, 0), spot.mixed(with: top, 0.5), top], radii: [0.1 * scale, 0.08 * scale, 0.07 * scale],
                              color: species.stem, material: .skin, subdivisions: 2, sides: 10))
            let cap = top + SIMD3(0, 0.05 * scale, 0)
            mesh.addBall(center: cap, radius: 0.32 * scale, squash: 0.55, color: species.bloomColor, material: .skin, sides: 16)
            guard spotted else { continue }
            for s in 0..<6 {
                let angle = Float(s) * 1.05 + random.value(0, 0.4)
                let dot = cap + SIMD3(cosf(angle) * 0.19 * scale, 0.1 * scale, sinf(angle) * 0.19 * scale)
                mesh.addBall(center: dot, radius: 0.035 * scale, squash: 0.4, color: SIMD3(0.75, 0.72, 0.65), material: .skin, sides: 6)
            }
        }
    }

    private func addSprig(to mesh: inout Mesh, base: SIMD3<Float>, height: Float, random: inout SeededGenerator) {
        let lean = SIMD3<Float>(random.value(0.1, 0.25), 0, random.value(-0.1, 0.1))
        let points = (0...3).map { (k: Int) -> SIMD3<Float> in
            let t = Float(k) / 3
            return base + SIMD3(0, height * 0.85 * t, 0) + lean * (t * t * height)
        }
        mesh.addTube(Tube(points: points, radii: [0.016, 0.012, 0.009, 0.005], color: species.stem, material: .bark, subdivisions: 2, sides: 5))
        for k in 0..<14 {
            let t = 0.2 + 0.8 * Float(k) / 13
            let at = points[0].mixed(with: points[3], t) + lean * (t * t - t) * height
            let yaw = Float(k) * 2.4
            let direction = SIMD3(cosf(yaw), 0.45, sinf(yaw)).normalized
            mesh.addBlade(base: at, direction: direction, facing: SIMD3(0, 1, 0), length: height * 0.24 * (1.1 - t * 0.4),
                          width: height * 0.11 * (1.1 - t * 0.4), droop: SIMD3(0, -0.35, 0), fold: 0.12,
                          color: leafColor(random: &random), segments: 4)
        }
    }

    private func addBush(to mesh: inout Mesh, base: SIMD3<Float>, height: Float, random: inout SeededGenerator) {
        for k in 0..<7 {
            let yaw = Float(k) * 0.9
            let reach: Float = k == 0 ? 0 : random.value(0.2, 0.38)
            let center = base + SIMD3(cosf(yaw) * reach, height * (k == 0 ? 0.6 : random.value(0.3, 0.5)), sinf(yaw) * reach)
            mesh.addLeafCluster(center: center, radius: height * random.value(0.3, 0.4), color: leafColor(random: &random), random: &random)
        }
    }

    // MARK: Trees

    private func addBroadleafTree(to mesh: inout Mesh, base: SIMD3<Float>, height: Float, random: inout SeededGenerator) {
        let fork = base + SIMD3(random.value(-0.03, 0.03), height * 0.42, random.value(-0.03, 0.03))
        mesh.addTube(Tube(points: [base - SIMD3(0, 0.02, 0), base + SIMD3(0, height * 0.2, 0), fork], radii: [0.05, 0.035, 0.03].map { $0 * height },
                          color: species.stem, material: .bark, subdivisions: 2, sides: 9))
        var crowns: [(center: SIMD3<Float>, radius: Float)] = [(fork + SIMD3(0, height * 0.34, 0), height * 0.22)]
        for branch in 0..<5 {
            let yaw = Float(branch) * 1.26 + random.value(-0.3, 0.3)
            let out = SIMD3(cosf(yaw), 0, sinf(yaw))
            let tip = fork + out * (height * random.value(0.2, 0.3)) + SIMD3(0, height * random.value(0.14, 0.3), 0)
            mesh.addTube(Tube(points: [fork - SIMD3(0, 0.02 * height, 0), fork.mixed(with: tip, 0.5) + SIMD3(0, 0.03 * height, 0), tip],
                              radii: [0.018, 0.012, 0.007].map { $0 * height }, color: species.stem, material: .bark, subdivisions: 2, sides: 6))
            crowns.append((tip + SIMD3(0, height * 0.04, 0), height * random.value(0.15, 0.2)))
            crowns.append((fork.mixed(with: tip, 0.6) + out * (height * 0.06) + SIMD3(0, height * 0.12, 0), height * random.value(0.13, 0.17)))
        }
        for crown in crowns {
            mesh.addLeafCluster(center: crown.center, radius: crown.radius, color: leafColor(random: &random), random: &random, leaves: 26)
            if let fruit = species.fruit { addFruit(fruit, to: &mesh, around: crown, size: height * 0.022, random: &random) }
        }
    }

    /// Fruit hanging from the lower half of a crown, just out of its leaves.
    private func addFruit(_ color: SIMD3<Float>, to mesh: inout Mesh, around crown: (center: SIMD3<Float>, radius: Float), size: Float,
                          random: inout SeededGenerator) {
        for _ in 0..<5 {
            let yaw = random.value(0, 2 * .pi), drop = random.value(-0.7, 0.1)
            let out = SIMD3(cosf(yaw) * (1 - drop * drop).squareRoot(), drop, sinf(yaw) * (1 - drop * drop).squareRoot())
            mesh.addBall(center: crown.center + out * (crown.radius * 0.92), radius: size, color: color * random.value(0.9, 1.1), material: .skin, sides: 8)
        }
    }

    /// Branches forking three times over, with no leaves: winter, or a dead tree.
    private func addBareTree(to mesh: inout Mesh, base: SIMD3<Float>, height: Float, random: inout SeededGenerator) {
        let fork = base + SIMD3(random.value(-0.04, 0.04), height * 0.38, random.value(-0.04, 0.04))
        mesh.addTube(Tube(points: [base - SIMD3(0, 0.02, 0), base + SIMD3(0, height * 0.2, 0), fork], radii: [0.05, 0.035, 0.028].map { $0 * height },
                          color: species.stem, material: .bark, subdivisions: 2, sides: 9))
        var limbs: [(from: SIMD3<Float>, direction: SIMD3<Float>, length: Float, radius: Float)] = (0..<4).map { k in
            let yaw = Float(k) * 1.57 + random.value(-0.4, 0.4)
            return (fork, SIMD3(cosf(yaw), 1, sinf(yaw)).normalized, height * 0.28, height * 0.022)
        }
        for _ in 0..<3 {
            var twigs: [(from: SIMD3<Float>, direction: SIMD3<Float>, length: Float, radius: Float)] = []
            for limb in limbs {
                let tip = limb.from + limb.direction * limb.length
                let bend = limb.from.mixed(with: tip, 0.5) + SIMD3(random.value(-1, 1), random.value(-0.3, 0.3), random.value(-1, 1)) * (limb.length * 0.12)
                mesh.addTube(Tube(points: [limb.from, bend, tip], radii: [limb.radius, limb.radius * 0.75, limb.radius * 0.55],
                                  color: species.stem, material: .bark, subdivisions: 2, sides: limb.radius > height * 0.01 ? 6 : 4))
                for k in 0..<3 {
                    let turn = Float(k - 1) * random.value(0.5, 0.9)
                    let direction = (limb.direction.rotatedAboutY(turn) + SIMD3(0, 0.25, 0)).normalized
                    twigs.append((tip, direction, limb.length * random.value(0.6, 0.75), limb.radius * 0.55))
                }
            }
            limbs = twigs
        }
    }

    private func addConifer(to mesh: inout Mesh, base: SIMD3<Float>, height: Float, random: inout SeededGenerator) {
        mesh.addTube(Tube(points: [base - SIMD3(0, 0.02, 0), base + SIMD3(0, height * 0.95, 0)], radii: [0.035 * height, 0.006 * height],
                          color: species.stem, material: .bark, subdivisions: 1, sides: 7))
        let tiers = 9
        for tier in 0..<tiers {
            let t = Float(tier) / Float(tiers)
            let y = height * (0.15 + 0.8 * t)
            let reach = height * 0.3 * (1 - t * 0.85)
            let boughs = 11 - tier / 2
            for k in 0..<boughs {
                let yaw = (Float(k) + Float(tier) * 0.37) / Float(boughs) * 2 * .pi + random.value(-0.15, 0.15)
                let out = SIMD3(cosf(yaw), -0.25, sinf(yaw)).normalized
                mesh.addBlade(base: base + SIMD3(0, y, 0), direction: out, facing: SIMD3(0, 1, 0), length: reach * random.value(0.85, 1.1),
                              width: reach * 0.55, droop: SIMD3(0, -0.25, 0), fold: -0.2, color: species.leaf * random.value(0.7, 1.05), segments: 3)
            }
        }
    }

    private func addPalm(to mesh: inout Mesh, base: SIMD3<Float>, height: Float, random: inout SeededGenerator) {
        let lean = SIMD3<Float>(random.value(0.06, 0.14), 0, random.value(-0.05, 0.05)) * height
        let top = base + SIMD3(0, height * 0.82, 0) + lean
        mesh.addTube(Tube(points: [base - SIMD3(0, 0.02, 0), base + SIMD3(0, height * 0.4, 0) + lean * 0.2, top],
                          radii: [0.032, 0.024, 0.02].map { $0 * height }, color: species.stem, material: .bark, subdivisions: 4, sides: 8))
        for k in 0..<10 {
            let yaw = Float(k) * 2.4 + random.value(-0.2, 0.2)
            let direction = SIMD3(cosf(yaw), random.value(0.1, 0.6), sinf(yaw)).normalized
            mesh.addBlade(base: top, direction: direction, facing: SIMD3(0, 1, 0), length: height * random.value(0.38, 0.48), width: height * 0.1,
                          droop: SIMD3(0, -0.75, 0), fold: -0.35, color: species.leaf * random.value(0.8, 1.1), segments: 6)
        }
        for k in 0..<3 {
            let angle = Float(k) * 2.1
            mesh.addBall(center: top + SIMD3(cosf(angle) * 0.03, -0.035, sinf(angle) * 0.03) * height, radius: 0.025 * height,
                         color: SIMD3(0.12, 0.08, 0.02), material: .skin, sides: 8)
        }
    }

    /// The species' leaf colour; in blossom, mostly the blossom's; for autumn leaves one of
    /// its turning colours.
    private func leafColor(random: inout SeededGenerator) -> SIMD3<Float> {
        if species.blossoms && random.unit() < 0.7 { return species.bloomColor * random.value(0.85, 1.1) }
        guard species.autumn else { return species.leaf * random.value(0.8, 1.15) }
        let turning: [SIMD3<Float>] = [SIMD3(0.5, 0.2, 0.02), SIMD3(0.55, 0.33, 0.03), SIMD3(0.4, 0.08, 0.02), SIMD3(0.6, 0.42, 0.06)]
        return turning[Int(random.next() % UInt64(turning.count))] * random.value(0.8, 1.1)
    }
}
