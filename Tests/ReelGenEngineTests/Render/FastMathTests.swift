import Foundation
@testable import ReelGenEngine
import Testing

/// The renderer's inline stand-ins for libm must give what they replace.
@Suite struct FastMathTests {
    @Test func exponentialMatchesExpfAcrossTheRange() {
        var worst: Float = 0
        for step in 0...3_500 {
            let x = -87 + Float(step) * 0.05
            let exact = expf(x)
            worst = max(worst, abs(Float.exponential(x) - exact) / exact)
        }
        #expect(worst < 1e-5)
        #expect(Float.exponential(0) == 1)
        #expect(Float.exponential(-1000) > 0, "far below the range it clamps instead of wrapping")
    }

    @Test func eachLaneIsItsOwnExponential() {
        let x = SIMD8<Float>(-100, -20, -1.5, -0.25, 0, 0.7, 9, 100)
        let lanes = SIMD8<Float>.exponential(x)
        for lane in 0..<8 { #expect(lanes[lane] == Float.exponential(x[lane])) }
    }

    @Test func fogForEightRaysIsTheFogOfEach() {
        let fog = Fog(density: 0.02, falloff: 0.05, color: .one, sunGlow: .zero)
        let rising = SIMD8<Float>(-0.5, -0.01, -1e-7, 0, 1e-7, 0.02, 0.3, 0.9)
        let distance = SIMD8<Float>(5, 80, 300, 1_000, 2_000, 40, 600, 10)
        let amounts = fog.amounts(base: 0.015, rising: rising, distance: distance)
        for lane in 0..<8 {
            let direction = SIMD3<Float>((1 - rising[lane] * rising[lane]).squareRoot(), rising[lane], 0)
            #expect(amounts[lane] == fog.amount(base: 0.015, direction: direction, distance: distance[lane]))
            #expect((0...1).contains(amounts[lane]))
        }
    }

    @Test func fogHasNoJumpAtTheHorizon() {
        let fog = Fog(density: 0.02, falloff: 0.05, color: .one, sunGlow: .zero)
        // Rays from slightly down to slightly up: level ones take the general case's limit.
        let rising = SIMD8<Float>(-4e-4, -2e-4, -1e-5, -1e-7, 0, 1e-7, 1e-5, 2e-4)
        let amounts = fog.amounts(base: 0.002, rising: rising, distance: SIMD8(repeating: 400))
        for lane in 1..<8 { #expect(amounts[lane] <= amounts[lane - 1] + 1e-6, "less fog looking up") }
        #expect(amounts[3] - amounts[5] < 1e-5, "level and near-level rays agree")
        #expect(amounts[4] > 0.5, "400 m at this density is mostly fog")
    }

    @Test func vectorNoiseGivesTheBitsOfPlainScalarNoise() {
        let noise = ValueNoise(seed: 0xC0FF_EE42)
        for k in 0..<200 {
            let base = Float(k) * 37.3 - 4_000
            let x = SIMD8<Float>(0, 0.5, 1, -0.25, -1, 2.75, -3.5, 1e-3) * Float(k % 7 + 1) + base
            let y = SIMD8<Float>(-7, 3.3, 0, -0.5, 12.25, -9.75, 4, 100) + base * 0.3
            let values = noise.values(x, y)
            for lane in 0..<8 {
                #expect(values[lane] == Self.scalarNoise(seed: noise.seed, x[lane], y[lane]), "at \(x[lane]), \(y[lane])")
            }
        }
        #expect(noise.hash(-3, 77) == Self.scalarHash(seed: noise.seed, -3, 77))
    }

    /// Value noise written out one corner hash at a time, with the float conversions the
    /// vector code avoids.
    private static func scalarNoise(seed: UInt32, _ x: Float, _ y: Float) -> Float {
        let fx = x.rounded(.down), fy = y.rounded(.down)
        let ix = Int32(fx), iy = Int32(fy)
        let tx = x - fx, ty = y - fy
        let ux = tx * tx * tx * (tx * (tx * 6 - 15) + 10)
        let uy = ty * ty * ty * (ty * (ty * 6 - 15) + 10)
        let a = scalarHash(seed: seed, ix, iy), b = scalarHash(seed: seed, ix &+ 1, iy)
        let c = scalarHash(seed: seed, ix, iy &+ 1), d = scalarHash(seed: seed, ix &+ 1, iy &+ 1)
        return a + (b - a) * ux + (c - a) * uy + (a - b - c + d) * ux * uy
    }

    private static func scalarHash(seed: UInt32, _ x: Int32, _ y: Int32) -> Float {
        var h = UInt32(bitPattern: x) &* 0x27D4_EB2D ^ UInt32(bitPattern: y) &* 0x1656_67B1 ^ seed &* 0x9E37_79B9
        h = (h ^ (h >> 15)) &* 0x85EB_CA6B
        h = (h ^ (h >> 13)) &* 0xC2B2_AE35
        h ^= h >> 16
        return Float(h >> 8) * (1 / Float(1 << 24))
    }

    @Test func nearUnitVectorsRenormalizeAsNormalizeDoes() {
        for k in 0..<100 {
            let angle = Float(k) * 0.37
            let unit = SIMD3<Float>(cosf(angle) * 0.6, 0.8, sinf(angle) * 0.6)
            for scale: Float in [0.5, 0.93, 0.97, 1, 1.02, 1.06, 3] {
                let exact = (unit * scale).normalized, fast = (unit * scale).renormalized
                #expect(abs(fast.x - exact.x) + abs(fast.y - exact.y) + abs(fast.z - exact.z) < 3e-3)
            }
        }
    }
}
