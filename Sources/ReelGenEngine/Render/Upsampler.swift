/// Bilinear upsampling of a reduced-resolution image (sky, blurs) at every pixel of the
/// frame. Where each column and row lands in the small image is worked out once per frame,
/// so a pixel costs four loads and three blends instead of clamps and conversions.
/// Gives exactly what `HDRImage.sample` gives at the pixel's centre.
struct Upsampler: Sendable {
    /// One axis position: the two source cells either side and the blend between them.
    struct Tap: Sendable {
        var lower: Int
        var upper: Int
        var weight: Float
    }

    private let columns: [Tap]
    /// Row taps hold offsets of whole source rows.
    private let rows: [Tap]

    /// For a `width`×`height` frame sampling `source` at `scale` source pixels per frame pixel.
    init(_ source: HDRImage, scale: Float, width: Int, height: Int) {
        columns = Self.taps(count: width, scale: scale, limit: source.width, stride: 1)
        rows = Self.taps(count: height, scale: scale, limit: source.height, stride: source.width)
    }

    private static func taps(count: Int, scale: Float, limit: Int, stride: Int) -> [Tap] {
        (0..<count).map { index in
            let position = min(max((Float(index) + 0.5) * scale - 0.5, 0), Float(limit - 1))
            let lower = Int(position)
            return Tap(lower: lower * stride, upper: min(lower + 1, limit - 1) * stride, weight: position - Float(lower))
        }
    }

    @inline(__always) func row(_ y: Int) -> Tap { rows[y] }

    /// The source sampled at the centre of pixel (`x`, the row given by `row`).
    @inline(__always) func sample(_ pixels: UnsafeBufferPointer<SIMD3<Float>>, x: Int, row: Tap) -> SIMD3<Float> {
        let column = columns[x]
        let top = pixels[row.lower + column.lower].mixed(with: pixels[row.lower + column.upper], column.weight)
        let bottom = pixels[row.upper + column.lower].mixed(with: pixels[row.upper + column.upper], column.weight)
        return top.mixed(with: bottom, row.weight)
    }
}
