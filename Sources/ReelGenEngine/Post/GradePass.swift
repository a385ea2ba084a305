/// HDR to display: depth of field (blend toward a blurred copy by circle of confusion),
/// bloom, exposure, saturation and split toning, then the tone curve. Works in place: each
/// pixel reads only itself from `image`, and a frame-sized allocation less is a frame's
/// worth of page faults less.
struct GradePass: Sendable {
    var look: LookSettings
    var curve: ToneCurve

    func grade(_ image: inout HDRImage, soft: HDRImage, glow: HDRImage, visibility: VisibilityBuffer, defocus: Defocus, pool: RenderThreadPool) {
        let width = image.width, height = image.height
        let softened = Upsampler(soft, scale: Float(soft.width) / Float(width), width: width, height: height)
        let glowing = Upsampler(glow, scale: Float(glow.width) / Float(width), width: width, height: height)
        // Only what outshines the bright-pass threshold glows, so most glow rows are black:
        // frame rows that read only black rows skip the sample.
        let glowingRows = (0..<glow.height).map { row in
            glow.pixels[(row * glow.width)..<((row + 1) * glow.width)].contains { $0 != .zero }
        }
        image.pixels.withUnsafeMutableBufferPointer { pixels in
        visibility.inverseDepth.withUnsafeBufferPointer { depth in
        soft.pixels.withUnsafeBufferPointer { softPixels in
        glow.pixels.withUnsafeBufferPointer { glowPixels in
            pool.parallelFor(height) { y in
                let softRow = softened.row(y), glowRow = glowing.row(y)
                let blooms = look.bloom > 0 && (glowingRows[glowRow.lower / glow.width] || glowingRows[glowRow.upper / glow.width])
                for x in 0..<width {
                    let p = y * width + x
                    var c = pixels[p]
                    let circle = defocus.circle(inverseDepth: depth[p])
                    if circle > 0.02 {
                        c = c.mixed(with: softened.sample(softPixels, x: x, row: softRow), circle * circle * (3 - 2 * circle))
                    }
                    if blooms { c += glowing.sample(glowPixels, x: x, row: glowRow) * look.bloom }
                    c *= look.exposure
                    let luma = c.luma
                    c = SIMD3(repeating: luma) + (c - SIMD3(repeating: luma)) * look.saturation
                    let highlight = luma / (luma + 0.25)
                    c *= look.shadowTint.mixed(with: look.highlightTint, highlight)
                    pixels[p] = curve.display(c)
                }
            }
        }
        }
        }
        }
    }
}
