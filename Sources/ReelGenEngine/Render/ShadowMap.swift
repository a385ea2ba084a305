/// What the sun sees of a set of casters: the depth of the nearest one along parallel sun
/// rays. The actors' map is drawn each frame, so a walking person or a diving dragon casts a
/// shadow that moves with it; the props' map (trees, rocks, buildings near the camera) is
/// drawn once per clip. Terrain shades itself with its baked shadow.
///
/// A map covers only its casters' outline as the sun sees them, so its texels stay small
/// whatever the scene's size; a receiver outside that outline cannot be in its shadow.
struct ShadowMap: Sendable {
    private let size: Int

    /// Unit direction sunlight travels (from the sun), and the map's axes across it.
    private let light: SIMD3<Float>
    private let right: SIMD3<Float>
    private let up: SIMD3<Float>
    /// World coordinates along `right` and `up` of the map's first texel corner.
    private let corner: SIMD2<Float>
    private let texel: Float
    /// Penumbra half-width, in texels: the sun's disk blurs a shadow edge.
    private let spread: Float
    private let bias: Float
    /// Distance along `light` of the nearest caster per texel; infinity where none.
    private var depth: [Float]

    /// Draws `casters`' triangles as the sun at `sun` (a unit vector toward it) sees them, on
    /// `size`² texels, with a penumbra `softness` of the casters' extent wide; nil when there
    /// is nothing to cast or the sun is down.
    init?(casters: [Mesh], sun: SIMD3<Float>, size: Int, softness: Float) {
        guard sun.y > 0.02, casters.contains(where: { $0.triangleCount > 0 }) else { return nil }
        light = -sun.normalized
        let reference = abs(light.y) < 0.99 ? SIMD3<Float>(0, 1, 0) : SIMD3<Float>(1, 0, 0)
        right = reference.cross(light).normalized
        up = light.cross(right)
        self.size = size
        var low = SIMD2<Float>(repeating: .infinity), high = SIMD2<Float>(repeating: -.infinity)
        for mesh in casters {
            for position in mesh.positions {
                let across = SIMD2(position.dot(right), position.dot(up))
                low = pointwiseMin(low, across)
                high = pointwiseMax(high, across)
            }
        }
        let extent = max(high.x - low.x, high.y - low.y, 0.01)
        // A margin of a few texels keeps the penumbra of the outermost edge inside the map.
        texel = extent / Float(size - 8)
        corner = low - SIMD2(repeating: texel * 4)
        spread = max(1, extent * softness / texel)
        bias = texel * (spread + 2) + 0.02
        depth = [Float](repeating: .infinity, count: size * size)
        for mesh in casters { draw(mesh) }
    }

    /// How much sunlight reaches `position`, from 0 (in full shadow) to 1, softened over
    /// a 3 × 3 footprint as wide as the penumbra. Most receivers are wholly lit or wholly
    /// shadowed, which the four corner taps settle without the other five.
    @inline(__always) func sunlight(at position: SIMD3<Float>) -> Float {
        let u = (position.dot(right) - corner.x) / texel, v = (position.dot(up) - corner.y) / texel
        let limit = Float(size) + spread
        guard u > -spread, v > -spread, u < limit, v < limit else { return 1 }
        let reach = position.dot(light) - bias
        @inline(__always) func lit(_ dx: Float, _ dy: Float) -> Float {
            let row = Int(v + dy * spread), column = Int(u + dx * spread)
            guard row >= 0, column >= 0, row < size, column < size else { return 1 }
            return depth[row * size + column] >= reach ? 1 : 0
        }
        let corners = lit(-1, -1) + lit(1, -1) + lit(-1, 1) + lit(1, 1)
        if corners == 0 || corners == 4 { return corners * 0.25 }
        let edges = lit(0, -1) + lit(-1, 0) + lit(1, 0) + lit(0, 1)
        return (corners + edges + lit(0, 0)) * (1 / 9)
    }

    /// Keeps the nearest depth of one mesh's triangles over the texels whose centres they cover.
    private mutating func draw(_ mesh: Mesh) {
        let projected = mesh.positions.map { p in
            SIMD3((p.dot(right) - corner.x) / texel, (p.dot(up) - corner.y) / texel, p.dot(light))
        }
        let size = self.size
        depth.withUnsafeMutableBufferPointer { depth in
            for t in 0..<mesh.triangleCount {
                let a = projected[Int(mesh.indices[3 * t])], b = projected[Int(mesh.indices[3 * t + 1])], c = projected[Int(mesh.indices[3 * t + 2])]
                let area = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)
                guard abs(area) > 1e-9 else { continue }
                let minX = max(0, Int(min(a.x, b.x, c.x))), maxX = min(size - 1, Int(max(a.x, b.x, c.x)))
                let minY = max(0, Int(min(a.y, b.y, c.y))), maxY = min(size - 1, Int(max(a.y, b.y, c.y)))
                guard minX <= maxX, minY <= maxY else { continue }
                let inverseArea = 1 / area
                for y in minY...maxY {
                    let py = Float(y) + 0.5
                    for x in minX...maxX {
                        let px = Float(x) + 0.5
                        let wa = ((b.x - px) * (c.y - py) - (b.y - py) * (c.x - px)) * inverseArea
                        let wb = ((c.x - px) * (a.y - py) - (c.y - py) * (a.x - px)) * inverseArea
                        let wc = 1 - wa - wb
                        guard wa >= 0, wb >= 0, wc >= 0 else { continue }
                        let d = wa * a.z + wb * b.z + wc * c.z
                        if d < depth[y * size + x] { depth[y * size + x] = d }
                    }
                }
            }
        }
    }
}
