import Foundation

/// Film response as one table: exposure-scaled linear HDR → Narkowicz's ACES fit →
/// contrast → sRGB display value. Indexed by the square root of the input so shadows keep
/// their precision; one lookup per channel replaces three `pow`s.
struct ToneCurve: Sendable {
    private let table: [Float]
    private static let steps = 4096
    private static let ceiling: Float = 64

    init(contrast: Float) {
        table = (0..<Self.steps).map { index in
            let root = Float(index) / Float(Self.steps - 1)
            let linear = Self.aces(root * root * Self.ceiling)
            let display = linear <= 0.0031308 ? linear * 12.92 : 1.055 * powf(linear, 1 / 2.4) - 0.055
            return min(max((display - 0.5) * contrast + 0.5, 0), 1)
        }
    }

    @inline(__always) static func aces(_ x: Float) -> Float {
        min(max((x * (2.51 * x + 0.03)) / (x * (2.43 * x + 0.59) + 0.14), 0), 1)
    }

    /// Display value (0...1, sRGB-encoded) of a linear HDR value.
    @inline(__always) func display(_ linear: Float) -> Float {
        let root = (min(max(linear, 0), Self.ceiling) / Self.ceiling).squareRoot()
        return table[Int(root * Float(Self.steps - 1))]
    }

    @inline(__always) func display(_ color: SIMD3<Float>) -> SIMD3<Float> {
        SIMD3(display(color.x), display(color.y), display(color.z))
    }
}
