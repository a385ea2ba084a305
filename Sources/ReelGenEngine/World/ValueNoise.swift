/// Seeded hash-based value noise: cheap, smooth, and identical on every platform.
/// Terrain, clouds and surface detail are all built from it.
struct ValueNoise: Sendable {
    let seed: UInt32

    /// A lattice point's value in 0..<1.
    @inline(__always) func hash(_ x: Int32, _ y: Int32) -> Float {
        hash(SIMD8(repeating: UInt32(bitPattern: x)), SIMD8(repeating: UInt32(bitPattern: y)))[0]
    }

    /// Smooth noise in 0...1, for coordinates within ±2²².
    @inline(__always) func value(_ x: Float, _ y: Float) -> Float {
        values(SIMD8(repeating: x), SIMD8(repeating: y))[0]
    }

    /// `value` at eight points at once: the ground's detail for a row of pixels costs about
    /// what one point does. Whole numbers and floats change places through their bits,
    /// which costs no conversion instruction.
    @inline(__always) func values(_ x: SIMD8<Float>, _ y: SIMD8<Float>) -> SIMD8<Float> {
        // Adding 1.5 · 2²³ rounds to a whole number and leaves it in the low bits.
        let shifter = SIMD8<Float>(repeating: 12_582_912)
        var fx = (x + shifter) - shifter, fy = (y + shifter) - shifter
        fx.replace(with: fx - 1, where: fx .> x)
        fy.replace(with: fy - 1, where: fy .> y)
        let ix = unsafeBitCast(fx + shifter, to: SIMD8<UInt32>.self) &- 0x4B40_0000
        let iy = unsafeBitCast(fy + shifter, to: SIMD8<UInt32>.self) &- 0x4B40_0000
        let tx = x - fx, ty = y - fy
        let ux = tx * tx * tx * (tx * (tx * 6 - 15) + 10)
        let uy = ty * ty * ty * (ty * (ty * 6 - 15) + 10)
        let a = hash(ix, iy), b = hash(ix &+ 1, iy)
        let c = hash(ix, iy &+ 1), d = hash(ix &+ 1, iy &+ 1)
        return a + (b - a) * ux + (c - a) * uy + (a - b - c + d) * ux * uy
    }

    /// `hash` of eight lattice points, given as the bits of their whole coordinates.
    @inline(__always) func hash(_ x: SIMD8<UInt32>, _ y: SIMD8<UInt32>) -> SIMD8<Float> {
        var h = x &* 0x27D4_EB2D ^ y &* 0x1656_67B1 ^ SIMD8(repeating: seed &* 0x9E37_79B9)
        h = (h ^ (h &>> 15)) &* 0x85EB_CA6B
        h = (h ^ (h &>> 13)) &* 0xC2B2_AE35
        h ^= h &>> 16
        // The top 24 bits as a float: the low 23 under 2²³'s exponent, plus 2²³ if bit 24 is set.
        let top = h &>> 8
        let low = unsafeBitCast((top & 0x7F_FFFF) | 0x4B00_0000, to: SIMD8<Float>.self) - 8_388_608
        let high = unsafeBitCast((top &>> 23) &* 0x4B00_0000, to: SIMD8<Float>.self)
        return (low + high) * (1 / Float(1 << 24))
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
