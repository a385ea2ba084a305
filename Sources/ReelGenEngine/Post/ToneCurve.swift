import Foundation

/// Film response as one table: exposure-scaled linear HDR → Narkowicz's ACES fit →
/// contrast → sRGB display value. The table is indexed by the top bits of the input's
/// float representation: entries are spaced evenly in log2 (256 per octave, steps of
/// 0.3 %), so shadows keep their precision and a lookup needs no square root or division.
struct ToneCurve: Sendable {
    private let table: [Float]
    /// Inputs are clamped to `floor...ceiling`: below `floor` every curve is black at 8 bits.
    private static let floor: Float = 0x1p-14
    private static let ceiling: Float = 64
    /// Float bits dropped: 23 mantissa bits less the 8 kept per octave.
    private static let shift: UInt32 = 15
    private static let base = floor.bitPattern >> shift

    init(contrast: Float) {
        let count = Int(Self.ceiling.bitPattern >> Self.shift - Self.base) + 1
        table = (0..<count).map { index in
            // Each entry holds the curve at the middle of the inputs that map to it.
            let low = Float(bitPattern: (UInt32(index) + Self.base) << Self.shift)
            let high = Float(bitPattern: (UInt32(index) + Self.base + 1) << Self.shift)
            let linear = Self.aces((low + high) * 0.5)
            let display = linear <= 0.0031308 ? linear * 12.92 : 1.055 * powf(linear, 1 / 2.4) - 0.055
            return min(max((display - 0.5) * contrast + 0.5, 0), 1)
        }
    }

    @inline(__always) static func aces(_ x: Float) -> Float {
        min(max((x * (2.51 * x + 0.03)) / (x * (2.43 * x + 0.59) + 0.14), 0), 1)
    }

    /// Display value (0...1, sRGB-encoded) of a linear HDR value; NaN reads as black.
    @inline(__always) func display(_ linear: Float) -> Float {
        let clamped = linear > Self.floor ? min(linear, Self.ceiling) : Self.floor
        return table[Int(clamped.bitPattern >> Self.shift &- Self.base)]
    }

    @inline(__always) func display(_ color: SIMD3<Float>) -> SIMD3<Float> {
        SIMD3(display(color.x), display(color.y), display(color.z))
    }
}
