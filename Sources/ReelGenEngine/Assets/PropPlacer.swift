import Foundation

/// Set dressing for the static mesh: trees, rocks, buildings, lamps and neon, placed by the
/// seeded generator inside the camera's view, on the ground, never where the plan removed them.
struct PropPlacer: Sendable {
    var terrain: Terrain
    var camera: SIMD2<Float>
    var viewYaw: Float
    var night: Bool
    /// The camera's lines of sight to the subjects over the clip: nothing grows on them.
    var sightlines: [Sightline] = []
    /// No tree grows nearer the camera than this: by a lake or a river, the open ground
    /// between the camera and the water.
    var openGround: Float = 0
    /// Broadleaf crowns in autumn colours, each its own shade of orange, red or gold.
    var autumn = false

    /// Autumn leaves (linear): orange, red, gold, rust.
    static let autumnLeaves: [SIMD3<Float>] = [SIMD3(0.35, 0.1, 0.01), SIMD3(0.3, 0.04, 0.02), SIMD3(0.4, 0.22, 0.02), SIMD3(0.2, 0.07, 0.02)]

    /// The shape of the trees a setting grows.
    enum TreeForm: Sendable {
        /// A round crown on a trunk.
        case broadleaf
        /// Three stacked cones: a fir.
        case conifer
        /// A flat, wide crown on a bare trunk: the savanna's acacia.
        case acacia
    }

    /// Trees out to `reach` metres; a tree's crown as well as its trunk stays off the sightlines.
    func trees(count: Int, form: TreeForm, reach: Float = 900, random: inout SeededGenerator, to mesh: inout Mesh) {
        for _ in 0..<count {
            let height = random.value(6, 16) * (form == .acacia ? 0.6 : 1)
            let near = max(form == .conifer ? 70 : 25, openGround)
            guard let base = woodedSpot(near: near, far: max(reach, near * 2), clearance: height * 0.3, random: &random) else { continue }
            let tint = random.value(0.7, 1.2)
            var leaves = SIMD3<Float>(0.025, 0.06, 0.02) * tint
            if autumn && form != .conifer { leaves = Self.autumnLeaves[Int(random.next() % UInt64(Self.autumnLeaves.count))] * tint * 0.7 }
            let bark = SIMD3<Float>(0.06, 0.04, 0.025)
            let offset = SIMD2(base.x, base.z) - camera
            let distance = (offset * offset).sum().squareRoot()
            let sides = distance > 300 ? 5 : 8
            if form == .acacia {
                let lean = SIMD3(random.value(-0.12, 0.12), 0, random.value(-0.12, 0.12)) * height
                let crown = base + SIMD3(0, height * 0.85, 0) + lean
                mesh.addTube(Tube(points: [base - SIMD3(0, 0.5, 0), base + SIMD3(0, height * 0.45, 0) + lean * 0.5, crown],
                                  radii: [height * 0.04, height * 0.03, height * 0.02], color: bark, material: .bark, sides: 5))
                // A tube laid flat and squashed thin: an umbrella wider than the tree is tall.
                let spread = random.value(0, .pi)
                let across = SIMD3(cosf(spread), 0, sinf(spread)) * (height * 0.28)
                mesh.addTube(Tube(points: [crown - across, crown, crown + across], radii: [height * 0.3, height * 0.42, height * 0.3],
                                  color: autumn ? leaves * 1.4 : SIMD3(0.045, 0.06, 0.02) * tint, material: .foliage, squash: SIMD2(1, 0.28),
                                  subdivisions: 1, sides: sides + 2))
                continue
            }
            mesh.addTube(Tube(points: [base - SIMD3(0, 0.5, 0), base + SIMD3(0, height * 0.45, 0)], radii: [height * 0.03, height * 0.02],
                              color: bark, material: .bark, subdivisions: 1, sides: 5))
            if form == .conifer {
                // Three stacked tiers give a fir its ragged silhouette.
                for tier in 0..<3 {
                    let bottom = height * (0.18 + 0.25 * Float(tier)), top = bottom + height * (0.45 - 0.08 * Float(tier))
                    mesh.addTube(Tube(points: [base + SIMD3(0, bottom, 0), base + SIMD3(0, top, 0)], radii: [height * (0.24 - 0.05 * Float(tier)), 0.02],
                                      color: leaves * 0.6, material: .foliage, subdivisions: 1, sides: sides))
                }
            } else {
                let crown = base + SIMD3(0, height * 0.62, 0)
                mesh.addTube(Tube(points: [crown - SIMD3(0, height * 0.2, 0), crown + SIMD3(0, height * 0.2, 0)],
                                  radii: [height * 0.3, height * 0.3], color: leaves * 1.4, material: .foliage, subdivisions: 1, sides: sides))
            }
        }
    }

    func rocks(count: Int, random: inout SeededGenerator, to mesh: inout Mesh) {
        for _ in 0..<count {
            let size = random.value(0.4, 2.5)
            guard let base = groundSpot(near: 20, far: 400, clearance: size, random: &random) else { continue }
            mesh.addTube(Tube(points: [base - SIMD3(0, size * 0.3, 0), base + SIMD3(random.value(-0.2, 0.2), size * 0.3, 0)],
                              radii: [size, size * 0.8], color: terrain.palette.rock * 0.8, material: .stone,
                              squash: SIMD2(1.3, 0.8), subdivisions: 1, sides: 7))
        }
    }

    /// Coral reef colours (linear): pink, orange, violet, yellow, sea green.
    static let corals: [SIMD3<Float>] = [SIMD3(0.5, 0.12, 0.2), SIMD3(0.55, 0.2, 0.05), SIMD3(0.25, 0.08, 0.35), SIMD3(0.5, 0.4, 0.06), SIMD3(0.06, 0.3, 0.22)]

    /// A reef on the sea floor, near and far: branching coral, round brain coral, sea
    /// anemones and weed standing up from the sand, in the colours a reef has.
    func reef(count: Int, random: inout SeededGenerator, to mesh: inout Mesh) {
        for _ in 0..<count {
            let size = random.value(0.4, 1.6)
            guard let base = groundSpot(near: 2.5, far: 70, clearance: size * 0.6, random: &random) else { continue }
            let color = Self.corals[Int(random.next() % UInt64(Self.corals.count))] * random.value(0.75, 1.2)
            switch random.next() % 4 {
            case 0:
                // Branching coral: crooked fingers reaching up and out.
                for _ in 0..<7 {
                    let lean = SIMD3(random.value(-0.6, 0.6), 1, random.value(-0.6, 0.6)).normalized
                    let bend = SIMD3(random.value(-0.3, 0.3), 0.2, random.value(-0.3, 0.3))
                    mesh.addTube(Tube(points: [base, base + lean * (size * 0.5), base + (lean + bend).normalized * size],
                                      radii: [size * 0.09, size * 0.07, size * 0.05], color: color, material: .stone, subdivisions: 2, sides: 6))
                }
            case 1:
                mesh.addBall(center: base + SIMD3(0, size * 0.2, 0), radius: size * 0.55, squash: 0.75, color: color, material: .stone, sides: 12)
            case 2:
                addAnemone(at: base, size: size * 0.6, random: &random, to: &mesh)
            default:
                // Weed: tall ribbons, swaying in a bend.
                for k in 0..<5 {
                    let facing = SIMD3(cosf(Float(k) * 1.3), 0, sinf(Float(k) * 1.3))
                    mesh.addBlade(base: base + facing * 0.1, direction: SIMD3(0, 1, 0), facing: facing, length: size * 1.8, width: size * 0.16,
                                  droop: SIMD3(random.value(-0.3, 0.3), 0, random.value(-0.3, 0.3)), color: SIMD3(0.05, 0.16, 0.04),
                                  tipColor: SIMD3(0.12, 0.2, 0.03), segments: 5)
                }
            }
        }
    }

    /// Sea anemone colours (linear): sand green, rose, lilac.
    static let anemones: [SIMD3<Float>] = [SIMD3(0.42, 0.45, 0.22), SIMD3(0.6, 0.22, 0.3), SIMD3(0.4, 0.25, 0.5)]

    /// A sea anemone: a squat column crowned with a mop of tentacles curling up and out,
    /// paler at their tips.
    private func addAnemone(at base: SIMD3<Float>, size: Float, random: inout SeededGenerator, to mesh: inout Mesh) {
        let color = Self.anemones[Int(random.next() % UInt64(Self.anemones.count))] * random.value(0.85, 1.15)
        let crown = base + SIMD3(0, size * 0.35, 0)
        mesh.addTube(Tube(points: [base, crown], radii: [size * 0.3, size * 0.35], color: color * 0.6, material: .skin, subdivisions: 1, sides: 10))
        for k in 0..<36 {
            let yaw = Float(k) * 2.39996, reach = 0.25 + 0.75 * Float(k % 6) / 5
            let out = SIMD3(cosf(yaw), 0, sinf(yaw))
            let root = crown + out * (size * 0.3 * reach)
            let tip = root + (out * (0.3 + 0.4 * reach) + SIMD3(0, 1, 0)).normalized * (size * random.value(0.4, 0.6))
            mesh.addTube(Tube(points: [root, root.mixed(with: tip, 0.5) + out * size * 0.06, tip], radii: [size * 0.04, size * 0.03, size * 0.018],
                              color: color, undersideColor: color * 1.5, material: .skin, up: -out, subdivisions: 1, sides: 5))
        }
    }

    /// A graveyard: rows of weathered headstones across the view, each a slab with a rounded
    /// top facing the camera, a little askew.
    func gravestones(random: inout SeededGenerator, to mesh: inout Mesh) {
        let forward = SIMD2(sinf(viewYaw), cosf(viewYaw)), side = SIMD2(cosf(viewYaw), -sinf(viewYaw))
        let stone = terrain.palette.rock.mixed(with: SIMD3(0.3, 0.3, 0.29), 0.6)
        // Rows further apart with distance, out to where a building the camera looks up at stands.
        for row in 0..<12 {
            let ahead = 8 * powf(1.18, Float(row))
            let across = Int(ahead * 0.9 / 2.2)
            for column in -across...across {
                let spot = camera + forward * (ahead + random.value(-0.3, 0.3)) + side * (Float(column) * 2.2 + Float(row % 2) * 1.1)
                if blocksASightline(spot, radius: 0.5, low: true) || random.unit() < 0.15 { continue }
                let ground = terrain.height(spot.x, spot.y)
                if let water = terrain.waterLevel, ground < water + 0.3 { continue }
                let height = random.value(0.6, 1.1), width = random.value(0.45, 0.7)
                let yaw = viewYaw + random.value(-0.12, 0.12), shade = random.value(0.7, 1.2)
                let base = SIMD3(spot.x, ground - 0.1, spot.y)
                mesh.addBox(center: base + SIMD3(0, height * 0.5, 0), size: SIMD3(width, height, 0.14), yaw: yaw, color: stone * shade, material: .stone)
                // The rounded top: a disc as thick as the slab, half of it above it.
                let facing = SIMD3(sinf(yaw), 0, cosf(yaw)) * 0.07, top = base + SIMD3(0, height, 0)
                mesh.addTube(Tube(points: [top - facing, top + facing], radii: [width * 0.5, width * 0.5],
                                  color: stone * shade, material: .stone, subdivisions: 1, sides: 12))
            }
        }
    }

    /// Blocks along both sides of a street that runs away from the camera.
    /// A whole city seen from the air: blocks on a grid of streets out to `reach` metres
    /// across the view, taller toward its middle when `tall`, some roofs lit at night.
    func cityGrid(reach: Float, tall: Bool, random: inout SeededGenerator, to mesh: inout Mesh) {
        let forward = SIMD2<Float>(sinf(viewYaw), cosf(viewYaw)), side = SIMD2<Float>(cosf(viewYaw), -sinf(viewYaw))
        let pitch: Float = 34
        let rows = Int(reach / pitch), columns = Int(reach * 0.8 / pitch)
        for row in 1...rows {
            for column in -columns...columns {
                let center = camera + forward * (Float(row) * pitch) + side * (Float(column) * pitch)
                let width = random.value(16, 26), depth = random.value(16, 26)
                // Downtown rises toward the middle distance.
                let middle = 1 - min(abs(Float(row) - Float(rows) * 0.5) / Float(rows), 1)
                let height = tall ? random.value(12, 40) + random.value(0, 110) * middle * middle : random.value(6, 22)
                if blocksASightline(center, radius: max(width, depth) * 0.5) { continue }
                let ground = terrain.height(center.x, center.y)
                if let water = terrain.waterLevel, ground < water + 0.5 { continue }
                let shade = random.value(0.6, 1.3)
                mesh.addBox(center: SIMD3(center.x, ground + height * 0.5 - 1, center.y), size: SIMD3(width, height + 2, depth), yaw: viewYaw,
                            color: SIMD3<Float>(0.1, 0.095, 0.09) * shade, material: .stone)
                if night && random.unit() < 0.4 {
                    mesh.addBox(center: SIMD3(center.x, ground + height + 0.2, center.y), size: SIMD3(width * 0.5, 0.4, depth * 0.5), yaw: viewYaw,
                                color: SIMD3(0.9, 0.65, 0.35) * 0.08, material: .neon)
                }
            }
        }
    }

    func buildings(count: Int, tall: Bool, neon: Bool, random: inout SeededGenerator, to mesh: inout Mesh) {
        let forward = SIMD3<Float>(sinf(viewYaw), 0, cosf(viewYaw)), side = SIMD3<Float>(cosf(viewYaw), 0, -sinf(viewYaw))
        for index in 0..<count {
            let row = Float(index / 2)
            let sign: Float = index % 2 == 0 ? -1 : 1
            let width = random.value(10, 18), depth = random.value(10, 18)
            let height = tall ? random.value(30, 120) : random.value(6, 16)
            let center2 = SIMD2(camera.x, camera.y) + SIMD2(forward.x, forward.z) * (row * 20 + 15) + SIMD2(side.x, side.z) * sign * (12 + depth * 0.5)
            if blocksASightline(center2, radius: max(width, depth) * 0.5) { continue }
            let ground = terrain.height(center2.x, center2.y)
            if let water = terrain.waterLevel, ground < water + 0.5 { continue }
            let shade = random.value(0.6, 1.2)
            let wall = SIMD3<Float>(0.09, 0.085, 0.08) * shade
            mesh.addBox(center: SIMD3(center2.x, ground + height * 0.5, center2.y), size: SIMD3(width, height, depth), yaw: viewYaw,
                        color: wall, material: .stone)
            guard night || neon else { continue }
            // Lit windows and signs facing the street.
            let facade = SIMD3(center2.x, ground, center2.y) - side * sign * (depth * 0.5 + 0.05)
            for floor in stride(from: Float(3), to: height - 2, by: 3.5) where random.unit() < 0.55 {
                let glow = neon && random.unit() < 0.3
                    ? (random.unit() < 0.5 ? SIMD3<Float>(1, 0.1, 0.7) : SIMD3<Float>(0.1, 0.8, 1))
                    : SIMD3<Float>(0.9, 0.65, 0.35) * 0.25
                mesh.addBox(center: facade + SIMD3(0, floor, 0) + forward * random.value(-width * 0.3, width * 0.3),
                            size: SIMD3(0.3, glow.x > 0.5 || glow.z > 0.5 ? 0.6 : 1.2, random.value(2, width * 0.6)), yaw: viewYaw,
                            color: glow, material: .neon)
            }
        }
    }

    /// A spot for a tree: near the camera anywhere, further off inside the woods, so distant
    /// trees gather into forest instead of standing about the land as lone specks.
    private func woodedSpot(near: Float, far: Float, clearance: Float, random: inout SeededGenerator) -> SIMD3<Float>? {
        for _ in 0..<4 {
            guard let spot = groundSpot(near: near, far: far, clearance: clearance, random: &random) else { continue }
            let offset = SIMD2(spot.x, spot.z) - camera
            if terrain.woodland <= 0 || (offset * offset).sum() < 200 * 200 || terrain.woodland(spot.x, spot.z) > 0.5 { return spot }
        }
        return nil
    }

    /// A random spot on dry ground inside the view wedge, or nil if it fell in water, on a
    /// steep slope, or within `clearance` metres of a sightline.
    private func groundSpot(near: Float, far: Float, clearance: Float, random: inout SeededGenerator) -> SIMD3<Float>? {
        let distance = near * powf(far / near, random.unit())
        let angle = viewYaw + random.value(-0.75, 0.75)
        let x = camera.x + sinf(angle) * distance, z = camera.y + cosf(angle) * distance
        let y = terrain.height(x, z)
        if let water = terrain.waterLevel, y < water + 0.5 { return nil }
        if terrain.normal(x, z).y < 0.8 { return nil }
        if blocksASightline(SIMD2(x, z), radius: clearance) { return nil }
        return SIMD3(x, y, z)
    }

    /// Whether something `radius` wide at `spot` would stand on a subject or between it and
    /// the camera. Something `low`, below the eye line, only keeps out of a lane along each
    /// line of sight, where a subject may walk: it hides no building or animal behind it.
    private func blocksASightline(_ spot: SIMD2<Float>, radius: Float, low: Bool = false) -> Bool {
        sightlines.contains { $0.distance(to: spot) < (low ? min($0.radius, Self.lowPropLane) : $0.radius) + radius }
    }

    /// Half the width of the lane a low prop leaves along a line of sight, metres.
    static let lowPropLane: Float = 1.5
}
