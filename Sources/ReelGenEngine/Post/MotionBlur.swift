/// Motion blur as a reconstruction filter, after McGuire et al., "A Reconstruction Filter
/// for Plausible Motion Blur" (2012): each pixel gathers samples along the longest motion
/// near it, weighted by depth and by whose motion reaches whom. A moving body smears over
/// the still background behind it, and the background shows through its blurred edge.
///
/// It gathers from the graded frame inside the finish pass, so it costs no frame-sized
/// buffer of its own (peak memory at 1080p is near its budget), and only where something
/// moves far enough to see.
struct MotionBlur {
    let pixels: UnsafeBufferPointer<SIMD3<Float>>
    let inverseDepth: UnsafeBufferPointer<Float>
    let motion: UnsafeBufferPointer<SIMD2<Int16>>
    let neighbourMax: UnsafeBufferPointer<SIMD2<Float>>
    let width: Int
    let height: Int
    let tilesAcross: Int
    let noise: ValueNoise
    let defocus: Defocus

    /// Below this much travel, in pixels per 720 rows, grain and compression hide a blur.
    private static let visibleTravel: Float = 2.5
    private static let maxSamples = 8
    /// Display luma steps below this (about 4 of 255) are lost in grain and compression.
    private static let flat: Float = 0.015
    /// Travel, in pixels per 720 rows, that the depth-of-field blur already smears as much.
    private static let hiddenByDefocus: Float = 12

    /// The longest motion near `(x, y)` and its length, or nil where nothing nearby moves visibly.
    @inline(__always) func dominant(x: Int, y: Int) -> (motion: SIMD2<Float>, length: Float)? {
        let longest = neighbourMax[(y / MotionBuffer.tileSize) * tilesAcross + x / MotionBuffer.tileSize]
        let length = (longest * longest).sum().squareRoot()
        return length >= Self.visibleTravel * Float(height) / 720 ? (longest, length) : nil
    }

    /// The pixel at `(x, y)` as the open shutter saw it.
    @inline(__always) func blurred(x: Int, y: Int, along dominant: (motion: SIMD2<Float>, length: Float)) -> SIMD3<Float> {
        let p = y * width + x
        let nearX = inverseDepth[p]
        let lengthX = Self.length(motion[p])
        // Fully out of focus and moving with everything near it: the depth-of-field blur
        // already hides a streak this short.
        if lengthX > 0.8 * dominant.length && dominant.length < Self.hiddenByDefocus * Float(height) / 720
            && defocus.circle(inverseDepth: nearX) > 0.95 { return pixels[p] }
        // Where both ends of the streak and a point between look like its middle (sky, snow,
        // still water), a blur changes nothing anyone could see.
        let center = pixels[p]
        func matches(_ t: Float) -> Bool {
            abs(pixels[sampleIndex(x: x, y: y, offset: dominant.motion * t)].luma - center.luma) < Self.flat
        }
        if matches(0.5) && matches(-0.5) && matches(0.25) { return center }
        let reachX = 1 / lengthX
        var total = reachX
        var sum = center * total
        let count = min(Self.maxSamples, Int(dominant.length * 0.25) + 3)
        // A per-pixel offset of the sample positions turns banding into fine noise.
        let jitter = noise.hash(Int32(x), Int32(y)) - 0.5
        let step = 1 / Float(count)
        for i in 0..<count {
            let t = (Float(i) + 0.5 + jitter * 0.9) * step - 0.5
            let offset = dominant.motion * t
            let q = sampleIndex(x: x, y: y, offset: offset)
            let distance = abs(t) * dominant.length
            let nearY = inverseDepth[q]
            let lengthY = Self.length(motion[q])
            // Compared in 1/depth with a 2 % band, so a surface counts as level with itself.
            let yInFront: Float = nearY >= nearX * 0.98 ? 1 : 0
            let yBehind: Float = nearY <= nearX * 1.02 ? 1 : 0
            // Y in front smears over X as far as Y moved; X moving reveals Y behind it; two
            // surfaces both moving past each other blend.
            var weight = yInFront * Easing.clamp01(1 - distance / lengthY) + yBehind * Easing.clamp01(1 - distance * reachX)
            if distance < lengthX && distance < lengthY { weight += 2 }
            total += weight
            sum += pixels[q] * weight
        }
        return sum / total
    }

    /// Length of a stored motion in pixels, at least half a pixel. The octagonal estimate
    /// (within 7 %) spares a square root per sample.
    @inline(__always) private static func length(_ stored: SIMD2<Int16>) -> Float {
        let x = abs(Float(stored.x)), y = abs(Float(stored.y))
        return max((max(x, y) + 0.375 * min(x, y)) * (1 / MotionBuffer.unitsPerPixel), 0.5)
    }

    /// The pixel nearest `offset` from `(x, y)`, clamped to the frame.
    @inline(__always) private func sampleIndex(x: Int, y: Int, offset: SIMD2<Float>) -> Int {
        let sx = min(max(x + Self.nearest(offset.x), 0), width - 1)
        let sy = min(max(y + Self.nearest(offset.y), 0), height - 1)
        return sy * width + sx
    }

    /// Rounds to the nearest integer without a call into libm.
    @inline(__always) private static func nearest(_ value: Float) -> Int {
        Int(value + 4096.5) - 4096
    }
}
