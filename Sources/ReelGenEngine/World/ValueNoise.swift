/// Seeded hash-based value noise: cheap, smooth, and identical on every platform.
/// Terrain, clouds and surface detail are all built from it.
struct ValueNoise: Sendable {
    let seed: UInt32

    @inline(__always) func hash(_ x: Int32, _ y: Int32) -> Float {
        var h = UInt32(bitPattern: x) &* 0x27D4_EB2D ^ UInt32(bitPattern: y) &* 0x1656_67B1 ^ seed &* 0x9E37_79B9
        h = (h ^ (h >> 15)) &* 0x85EB_CA6B
        h = (h ^ (h >> 13)) &* 0xC2B2_AE35
        h ^= h >> 16
        return Float(h >> 8) * (1 / Float(1 << 24))
    }

    /// Smooth noise in 0...1.
    @inline(__always) func value(_ x: Float, _ y: Float) -> Float {
        let fx = x.rounded(.down), fy = y.rounded(.down)
        let ix = Int32(truncatingIfNeeded: Int(fx)), iy = Int32(truncatingIfNeeded: Int(fy))
        let tx = x - fx, ty = y - fy
        let ux = tx * tx * tx * (tx * (tx * 6 - 15) + 10)
        let uy = ty * ty * ty * (ty * (ty * 6 - 15) + 10)
        let a = hash(ix, iy), b = hash(ix &+ 1, iy)
        let c = hash(ix, iy &+ 1), d = hash(ix &+ 1, iy &+ 1)
        return a + (b - a) * ux + (c - a) * uy + (a - b - c + d) * ux * uy
    }

    /// Fractal sum in roughly 0...1; octaves rotate to hide the grid.
    @inline(__always) func fbm(_ x: Float, _ y: Float, octaves: Int) -> Float {
        var px = x, py = y, amplitude: Float = 0.5, sum: Float = 0, norm: Float = 0
        for _ in 0..<octaves {
            sum += amplitude * value(px, py)
            norm += amplitude
            let rx = 1.6 * px - 1.2 * py, ry = 1.2 * px + 1.6 * py
            px = rx + 17.3
            py = ry - 9.1
            amplitude *= 0.5
        }
        return sum / norm
    }

    /// Ridged fractal in 0...1: sharp crests like eroded mountain ridges.
    @inline(__always) func ridged(_ x: Float, _ y: Float, octaves: Int) -> Float {
        var px = x, py = y, amplitude: Float = 0.5, sum: Float = 0, norm: Float = 0, weight: Float = 1
        for _ in 0..<octaves {
            var n = 1 - abs(value(px, py) * 2 - 1)
            n *= n * weight
            weight = min(max(n * 1.6, 0), 1)
            sum += amplitude * n
            norm += amplitude
            let rx = 1.6 * px - 1.2 * py, ry = 1.2 * px + 1.6 * py
            px = rx + 31.7
            py = ry + 4.3
            amplitude *= 0.5
        }
        return sum / norm
    }
}
