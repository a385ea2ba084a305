import Foundation

/// Food served on a white plate (a saucer under cups and glasses), shaped by its `Serving`.
/// Designed 0.32 m long (the plate), origin at the middle of the plate's underside, which rests on the
/// table that `table(under:)` builds.
struct DishModel: Sendable {
    var serving: Serving

    /// Table-top height above the floor, metres.
    static let tableHeight: Float = 0.76
    private static let porcelain = SIMD3<Float>(0.7, 0.7, 0.67)
    /// The serving's colours are how the food looks; albedo is a little darker.
    private static let albedo: Float = 0.7

    /// A plate (or a saucer): a flat well on a low foot, and a rim rising from it to a
    /// rounded lip, which catches the light as a ring: a plate, not a disc. Its well's floor
    /// is 0.014 m up, where the food rests.
    static func addPlate(to mesh: inout Mesh, radius: Float) {
        let well = radius * 0.65, sides = 40
        mesh.addFrustum(base: .zero, height: 0.014, bottomRadius: well * 0.75, topRadius: well, color: porcelain, material: .bone, sides: sides)
        let lip = SIMD3<Float>(0, 0.014 + radius * 0.1, 0), lipRadius = radius * 0.04
        // The rim: a band sloping up and out from the well's edge to the lip.
        let ring = (0...sides).map { k -> (inner: UInt32, outer: UInt32) in
            let angle = Float(k) / Float(sides) * 2 * .pi, out = SIMD3(cosf(angle), 0, sinf(angle))
            let inner = SIMD3(0, 0.014, 0) + out * well, outer = lip + out * (radius - lipRadius)
            let slope = (outer - inner).normalized, normal = (SIMD3(0, 1, 0) - slope * slope.y).normalized
            return (mesh.addVertex(inner, normal: normal, color: porcelain), mesh.addVertex(outer, normal: normal, color: porcelain))
        }
        for k in 0..<sides {
            mesh.addTriangle(ring[k].inner, ring[k + 1].outer, ring[k].outer, material: .bone)
            mesh.addTriangle(ring[k].inner, ring[k + 1].inner, ring[k + 1].outer, material: .bone)
        }
        // The lip, a rounded edge all the way round.
        let loop = (0...sides).map { k -> SIMD3<Float> in
            let angle = Float(k) / Float(sides) * 2 * .pi
            return lip + SIMD3(cosf(angle), 0, sinf(angle)) * (radius - lipRadius)
        }
        mesh.addTube(Tube(points: loop, radii: Array(repeating: lipRadius, count: loop.count), color: porcelain, material: .bone,
                          subdivisions: 1, sides: 6))
    }

    func mesh(for pose: ActorPose, length: Float) -> Mesh {
        let frame = BodyFrame(origin: pose.position, forward: pose.forward, bank: 0, scale: length / 0.32)
        var mesh = Mesh()
        let drinks = serving.shape == .cup || serving.shape == .glass
        let plateRadius: Float = drinks ? 0.075 : 0.15
        switch serving.base {
        case .board:
            mesh.addBox(center: SIMD3(0, 0.007, 0), size: SIMD3(0.4, 0.014, 0.28), color: SIMD3(0.42, 0.26, 0.12), material: .bark)
        case .plate:
            Self.addPlate(to: &mesh, radius: plateRadius)
        case .ground, .hand:
            break
        }
        let rest = SIMD3<Float>(0, 0.014, 0)
        let color = serving.color * Self.albedo, topping = serving.topping * Self.albedo
        switch serving.shape {
        case .mound:
            mesh.addTube(Tube(points: [rest, rest + SIMD3(0, 0.035, 0), rest + SIMD3(0, 0.06, 0)], radii: [0.1, 0.08, 0.04],
                              color: color, material: .skin, up: SIMD3(0, 0, 1), squash: SIMD2(1, 1), sides: 24))
            mesh.addTube(Tube(points: [rest + SIMD3(0, 0.06, 0), rest + SIMD3(0, 0.075, 0)], radii: [0.05, 0.035],
                              color: topping, material: .skin, up: SIMD3(0, 0, 1), subdivisions: 1, sides: 20))
        case .flat:
            mesh.addFrustum(base: rest, height: 0.014, bottomRadius: 0.125, topRadius: 0.128, color: color, topColor: topping, material: .skin)
            for k in 0..<6 {
                let angle = Float(k) * 1.05 + 0.3
                let spot = rest + SIMD3(cosf(angle) * 0.07, 0.014, sinf(angle) * 0.07)
                mesh.addFrustum(base: spot, height: 0.004, bottomRadius: 0.02, topRadius: 0.018, color: topping * 0.7, material: .skin, sides: 12)
            }
        case .layered:
            mesh.addFrustum(base: rest, height: 0.05, bottomRadius: 0.095, topRadius: 0.095, color: color, topColor: topping, material: .skin)
            mesh.addFrustum(base: rest + SIMD3(0, 0.05, 0), height: 0.008, bottomRadius: 0.097, topRadius: 0.095,
                            color: topping, material: .skin)
            mesh.addFrustum(base: rest + SIMD3(0, 0.058, 0), height: 0.04, bottomRadius: 0.093, topRadius: 0.09, color: color,
                            topColor: topping, material: .skin)
        case .pieces:
            for (k, spot) in [SIMD3<Float>(0, 0, 0), SIMD3(0.06, 0, 0.035), SIMD3(-0.055, 0, 0.045), SIMD3(0.01, 0, -0.065), SIMD3(-0.06, 0, -0.03)].enumerated() {
                let radius: Float = k == 0 ? 0.045 : 0.038
                let center = rest + spot + SIMD3(0, radius * 0.9, 0)
                let shade: Float = 1 - 0.08 * Float(k % 3)
                mesh.addTube(Tube(points: [center - SIMD3(0, radius * 0.2, 0), center + SIMD3(0, radius * 0.2, 0)], radii: [radius, radius],
                                  color: color * shade, material: .skin, up: SIMD3(0, 0, 1), subdivisions: 1, sides: 16))
                if topping != color {
                    mesh.addTube(Tube(points: [center + SIMD3(0, radius * 0.5, 0), center + SIMD3(0, radius * 0.8, 0)],
                                      radii: [radius * 0.8, radius * 0.6], color: topping, material: .skin, up: SIMD3(0, 0, 1),
                                      subdivisions: 1, sides: 16))
                }
            }
        case .slab:
            mesh.addTube(Tube(points: [rest + SIMD3(-0.07, 0.022, 0), rest + SIMD3(0, 0.024, 0.01), rest + SIMD3(0.07, 0.022, 0)],
                              radii: [0.045, 0.055, 0.045], color: color, material: .skin, squash: SIMD2(1.2, 0.4), sides: 20))
        case .pod: Self.addPod(to: &mesh, rest: rest, color: color, topping: topping)
        case .crowned: Self.addCrowned(to: &mesh, rest: rest, color: color, topping: topping)
        case .florets: Self.addFlorets(to: &mesh, rest: rest, color: color, topping: topping)
        case .halved: Self.addHalf(to: &mesh, rest: rest, skin: color, flesh: topping, seeds: serving.seeds.map { $0 * Self.albedo })
        case .bowl:
            mesh.addFrustum(base: rest, height: 0.065, bottomRadius: 0.05, topRadius: 0.1, color: color, topColor: topping,
                            material: .bone, topMaterial: .skin)
        case .cup:
            mesh.addFrustum(base: rest, height: 0.085, bottomRadius: 0.034, topRadius: 0.043, color: color, topColor: topping,
                            material: .bone, topMaterial: .skin)
            mesh.addTube(Tube(points: [rest + SIMD3(0.04, 0.065, 0), rest + SIMD3(0.065, 0.05, 0), rest + SIMD3(0.04, 0.025, 0)],
                              radii: [0.006, 0.007, 0.006], color: color, material: .bone, up: SIMD3(0, 0, 1), sides: 8))
        case .glass:
            mesh.addFrustum(base: rest, height: 0.004, bottomRadius: 0.035, topRadius: 0.035, color: SIMD3(0.5, 0.55, 0.55), material: .glass)
            mesh.addTube(Tube(points: [rest, rest + SIMD3(0, 0.07, 0)], radii: [0.005, 0.005], color: SIMD3(0.5, 0.55, 0.55),
                              material: .glass, up: SIMD3(0, 0, 1), subdivisions: 1, sides: 8))
            mesh.addFrustum(base: rest + SIMD3(0, 0.07, 0), height: 0.08, bottomRadius: 0.025, topRadius: 0.042, color: color,
                            topColor: color * 1.2, material: .glass)
        }
        mesh.place(in: frame)
        return mesh
    }

    /// A wooden table of planks on four legs, its top at `top` (the dish's resting point),
    /// turned to `forward`, for a dish `length` metres long.
    static func table(under top: SIMD3<Float>, forward: SIMD3<Float>, length: Float) -> Mesh {
        let frame = BodyFrame(origin: top, forward: forward, bank: 0, scale: 1)
        let wood = SIMD3<Float>(0.2, 0.1, 0.045)
        var mesh = Mesh()
        let width = max(1.4, length * 5), depth = max(0.9, length * 3)
        let planks = 6
        for k in 0..<planks {
            let x = (Float(k) + 0.5) / Float(planks) * width - width / 2
            let tone: Float = [1, 0.88, 1.06, 0.93, 1.02, 0.85][k]
            mesh.addBox(center: SIMD3(x, -0.025, 0), size: SIMD3(width / Float(planks) - 0.004, 0.05, depth), color: wood * tone, material: .bark)
        }
        for (x, z) in [(Float(-1), Float(-1)), (1, -1), (-1, 1), (1, 1)] {
            mesh.addBox(center: SIMD3(x * (width / 2 - 0.08), -tableHeight / 2 - 0.025, z * (depth / 2 - 0.08)),
                        size: SIMD3(0.06, tableHeight - 0.05, 0.06), color: wood * 0.8, material: .bark)
        }
        mesh.place(in: frame)
        return mesh
    }
}
