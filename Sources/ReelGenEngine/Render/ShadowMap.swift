/// What the sun sees of a set of casters: the depth of the nearest one along parallel sun
/// rays. The actors' map is drawn each frame, so a walking person or a diving dragon casts a
/// shadow that moves with it; the props' map (trees, rocks, buildings near the camera) is
/// drawn once per clip. Terrain shades itself with its baked shadow.
///
/// A map covers only its casters' outline as the sun sees them, so its texels stay small
/// whatever the scene's size; a receiver outside that outline cannot be in its shadow.
struct ShadowMap: Sendable {
    /// Where texels lie and how they are read: plain values, so a reader copies freely.
    fileprivate struct Layout: Sendable {
        var size: Int
        /// Unit direction sunlight travels (from the sun).
        var light: SIMD3<Float>
        /// The map's axes across the light, scaled to texels, and the texel coordinates of
        /// the world origin: a point's texel is two dot products away.
        var across: SIMD3<Float>
        var down: SIMD3<Float>
        var origin: SIMD2<Float>
        /// Penumbra half-width, in texels: the sun's disk blurs a shadow edge.
        var spread: Float
        var bias: Float
        var blocksAcross: Int
    }

    private let layout: Layout
    /// Distance along the light of the nearest caster per texel; infinity where none.
    private var depth: [Float]
    /// Per block of `blockSize`² texels, the nearest and farthest depth found in it and
    /// its eight neighbours: a receiver nearer the sun than all of them is lit, one beyond
    /// all of them is in shadow, without reading a texel.
    private var blockNearest: [Float] = []
    private var blockFarthest: [Float] = []
    private static let blockSize = 16

    /// Draws `casters`' triangles as the sun at `sun` (a unit vector toward it) sees them, on
    /// `size`² texels, with a penumbra `softness` of the casters' extent wide; nil when there
    /// is nothing to cast or the sun is down.
    init?(casters: [Mesh], sun: SIMD3<Float>, size: Int, softness: Float) {
        guard sun.y > 0.02, casters.contains(where: { $0.triangleCount > 0 }) else { return nil }
        let light = -sun.normalized
        let reference = abs(light.y) < 0.99 ? SIMD3<Float>(0, 1, 0) : SIMD3<Float>(1, 0, 0)
        let right = reference.cross(light).normalized, up = light.cross(right)
        var low = SIMD2<Float>(repeating: .infinity), high = SIMD2<Float>(repeating: -.infinity)
        for mesh in casters {
            for position in mesh.positions {
                let along = SIMD2(position.dot(right), position.dot(up))
                low = pointwiseMin(low, along)
                high = pointwiseMax(high, along)
            }
        }
        let extent = max(high.x - low.x, high.y - low.y, 0.01)
        // A margin of a few texels keeps the penumbra of the outermost edge inside the map.
        let texel = extent / Float(size - 8)
        // The block shortcut covers a footprint up to one block either side.
        let spread = min(max(1, extent * softness / texel), Float(Self.blockSize - 1))
        layout = Layout(
            size: size, light: light, across: right / texel, down: up / texel, origin: -(low / texel) + SIMD2(repeating: 4),
            spread: spread, bias: texel * (spread + 2) + 0.02, blocksAcross: (size + Self.blockSize - 1) / Self.blockSize)
        depth = [Float](repeating: .infinity, count: size * size)
        for mesh in casters { draw(mesh) }
        summarizeBlocks()
    }

    /// How much sunlight reaches `position`, from 0 (in full shadow) to 1.
    func sunlight(at position: SIMD3<Float>) -> Float {
        withReader { $0.sunlight(at: position) }
    }

    /// Calls `body` with a reader of this map that holds raw pointers: a per-pixel lookup
    /// through the map itself would retain and release its arrays every time.
    func withReader<Result>(_ body: (Reader) -> Result) -> Result {
        depth.withUnsafeBufferPointer { depth in
        blockNearest.withUnsafeBufferPointer { nearest in
        blockFarthest.withUnsafeBufferPointer { farthest in
            body(Reader(layout: layout, depth: depth, nearest: nearest, farthest: farthest))
        }
        }
        }
    }

    /// Calls `body` with readers of up to two maps.
    static func withReaders<Result>(_ maps: [ShadowMap], _ body: (Readers) -> Result) -> Result {
        precondition(maps.count <= 2, "shading reads at most the props' and the actors' maps")
        guard let first = maps.first else { return body(Readers()) }
        return first.withReader { a in
            guard maps.count == 2 else { return body(Readers(first: a)) }
            return maps[1].withReader { b in body(Readers(first: a, second: b)) }
        }
    }

    struct Readers {
        var first: Reader?
        var second: Reader?

        @inline(__always) func sunlight(at position: SIMD3<Float>) -> Float {
            (first?.sunlight(at: position) ?? 1) * (second?.sunlight(at: position) ?? 1)
        }
    }

    struct Reader {
        fileprivate let layout: Layout
        fileprivate let depth: UnsafeBufferPointer<Float>
        fileprivate let nearest: UnsafeBufferPointer<Float>
        fileprivate let farthest: UnsafeBufferPointer<Float>

        /// How much sunlight reaches `position`, from 0 (in full shadow) to 1, softened over
        /// a 3 × 3 footprint as wide as the penumbra. Most receivers are wholly lit or wholly
        /// shadowed, which the block summary or the four corner taps settle.
        @inline(__always) func sunlight(at position: SIMD3<Float>) -> Float {
            let size = layout.size, spread = layout.spread
            let u = position.dot(layout.across) + layout.origin.x, v = position.dot(layout.down) + layout.origin.y
            let limit = Float(size) + spread
            guard u > -spread, v > -spread, u < limit, v < limit else { return 1 }
            let reach = position.dot(layout.light) - layout.bias
            let blockX = min(max(Int(u), 0), size - 1) / ShadowMap.blockSize, blockY = min(max(Int(v), 0), size - 1) / ShadowMap.blockSize
            let block = blockY * layout.blocksAcross + blockX
            if reach <= nearest[block] { return 1 }
            if reach > farthest[block] { return 0 }
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
    }

    /// Keeps the nearest depth of one mesh's triangles over the texels whose centres they cover.
    private mutating func draw(_ mesh: Mesh) {
        let layout = layout
        let projected = mesh.positions.map { p in
            SIMD3(p.dot(layout.across) + layout.origin.x, p.dot(layout.down) + layout.origin.y, p.dot(layout.light))
        }
        let size = layout.size
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

    /// Fills the per-block nearest and farthest depths, each widened to the neighbours.
    private mutating func summarizeBlocks() {
        let size = layout.size, blocks = layout.blocksAcross, block = Self.blockSize
        var nearest = [Float](repeating: .infinity, count: blocks * blocks)
        var farthest = [Float](repeating: -.infinity, count: blocks * blocks)
        for y in 0..<size {
            for x in 0..<size {
                let b = (y / block) * blocks + x / block, d = depth[y * size + x]
                nearest[b] = min(nearest[b], d)
                farthest[b] = max(farthest[b], d)
            }
        }
        blockNearest = nearest
        blockFarthest = farthest
        for by in 0..<blocks {
            for bx in 0..<blocks {
                for ny in max(by - 1, 0)...min(by + 1, blocks - 1) {
                    for nx in max(bx - 1, 0)...min(bx + 1, blocks - 1) {
                        blockNearest[by * blocks + bx] = min(blockNearest[by * blocks + bx], nearest[ny * blocks + nx])
                        blockFarthest[by * blocks + bx] = max(blockFarthest[by * blocks + bx], farthest[ny * blocks + nx])
                    }
                }
            }
        }
    }
}
