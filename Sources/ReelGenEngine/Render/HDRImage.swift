/// A linear HDR frame in floats, the working buffer between shading and tone mapping.
struct HDRImage: Sendable {
    let width: Int
    let height: Int
    var pixels: [SIMD3<Float>]

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        pixels = [SIMD3<Float>](repeating: .zero, count: width * height)
    }

    /// Bilinear sample at pixel coordinates (centres at +0.5), clamped at the borders.
    @inline(__always) func sample(_ x: Float, _ y: Float) -> SIMD3<Float> {
        let fx = min(max(x - 0.5, 0), Float(width - 1)), fy = min(max(y - 0.5, 0), Float(height - 1))
        let x0 = Int(fx), y0 = Int(fy)
        let x1 = min(x0 + 1, width - 1), y1 = min(y0 + 1, height - 1)
        let tx = fx - Float(x0), ty = fy - Float(y0)
        let top = pixels[y0 * width + x0].mixed(with: pixels[y0 * width + x1], tx)
        let bottom = pixels[y1 * width + x0].mixed(with: pixels[y1 * width + x1], tx)
        return top.mixed(with: bottom, ty)
    }
}
