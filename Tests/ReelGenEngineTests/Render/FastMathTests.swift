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
}
