import Foundation

/// The last pass, in display space: edge anti-aliasing, ink outlines, the look's own
/// treatment (halftone, pencil, paper, pixels, film), vignette and grain, then bytes.
/// Grain moves every frame; everything else depends only on the image, so still scenes
/// stay still.
struct FinishPass: Sendable {
    var look: LookSettings
    var noise: ValueNoise
    var tables: FinishTables
    var frame: Int
    /// The grade's depth of field, which motion blur need not repeat.
    var defocus: Defocus

    /// Writes the finished frame; `motion`, when given, blurs what moved while the shutter was open.
    func finish(_ display: HDRImage, soft: HDRImage, visibility: VisibilityBuffer, motion: MotionBuffer?, into image: inout RGBImage, pool: RenderThreadPool) {
        guard let motion else {
            return finish(display, soft: soft, visibility: visibility, blur: nil, into: &image, pool: pool)
        }
        display.pixels.withUnsafeBufferPointer { pixels in
        visibility.inverseDepth.withUnsafeBufferPointer { depth in
        motion.motion.withUnsafeBufferPointer { moves in
        motion.neighbourMax.withUnsafeBufferPointer { neighbourMax in
            let blur = MotionBlur(
                pixels: pixels, inverseDepth: depth, motion: moves, neighbourMax: neighbourMax,
                width: display.width, height: display.height, tilesAcross: motion.tilesAcross, noise: noise, defocus: defocus)
            finish(display, soft: soft, visibility: visibility, blur: blur, into: &image, pool: pool)
        }
        }
        }
        }
    }

    private func finish(_ display: HDRImage, soft: HDRImage, visibility: VisibilityBuffer, blur: MotionBlur?, into image: inout RGBImage, pool: RenderThreadPool) {
        let width = display.width, height = display.height
        precondition(tables.width == width)
        let grainOffset = tables.grainOffset(frame: frame, noise: noise)
        let wrap = FinishTables.grainTile - 1
        let block = max(2, height / 90)
        let pixelated = look.kind == .pixelArt, inked = look.outline > 0, grains = look.grain > 0
        // A plain look without ink leaves the colour as it is: skip stylizing altogether.
        let stylized = inked || look.posterize > 0 || Self.hasOwnTreatment(look.kind)
        image.pixels.withUnsafeMutableBufferPointer { bytes in
        display.pixels.withUnsafeBufferPointer { pixels in
        visibility.inverseDepth.withUnsafeBufferPointer { depth in
        tables.vignette.withUnsafeBufferPointer { vignette in
        tables.grain.withUnsafeBufferPointer { grain in
            pool.parallelFor(height) { y in
                let grainRow = ((y + grainOffset.y) & wrap) * FinishTables.grainTile
                // Motion is judged per tile: look it up when a tile begins, not at every pixel.
                var dominant: (motion: SIMD2<Float>, length: Float)?
                for x in 0..<width {
                    if x % MotionBuffer.tileSize == 0 { dominant = blur?.dominant(x: x, y: y) }
                    var c: SIMD3<Float>
                    if pixelated {
                        let bx = min(x / block * block + block / 2, width - 1), by = min(y / block * block + block / 2, height - 1)
                        c = pixels[by * width + bx]
                    } else if let blur, let dominant {
                        c = blur.blurred(x: x, y: y, along: dominant)
                    } else {
                        c = antialiased(pixels, x: x, y: y, width: width, height: height)
                    }
                    if stylized {
                        let ink = inked ? outline(depth, x: x, y: y, width: width, height: height) * look.outline : 0
                        c = stylize(c, soft: soft, x: x, y: y, width: width, height: height, ink: ink)
                    }

                    c *= vignette[y * width + x]
                    if grains {
                        let luma = c.luma
                        let midtones = 4 * luma * (1 - luma) + 0.2
                        c += SIMD3(repeating: grain[grainRow + ((x + grainOffset.x) & wrap)] * midtones)
                    }
                    let p = (y * width + x) * 3
                    bytes[p] = UInt8(min(max(c.x, 0), 1) * 255 + 0.5)
                    bytes[p + 1] = UInt8(min(max(c.y, 0), 1) * 255 + 0.5)
                    bytes[p + 2] = UInt8(min(max(c.z, 0), 1) * 255 + 0.5)
                }
            }
        }
        }
        }
        }
        }
    }

    /// Edge-directed smoothing (NFAA): blend along an edge, never across it.
    @inline(__always)
    private func antialiased(_ pixels: UnsafeBufferPointer<SIMD3<Float>>, x: Int, y: Int, width: Int, height: Int) -> SIMD3<Float> {
        let center = pixels[y * width + x]
        guard x > 0, y > 0, x < width - 1, y < height - 1 else { return center }
        let north = pixels[(y - 1) * width + x], south = pixels[(y + 1) * width + x]
        let west = pixels[y * width + x - 1], east = pixels[y * width + x + 1]
        let gx = east.luma - west.luma, gy = south.luma - north.luma
        let strength = abs(gx) + abs(gy)
        guard strength > 0.06 else { return center }
        // The edge runs perpendicular to the gradient: average along it.
        let tx = -gy / strength, ty = gx / strength
        let ax = min(max(Int((Float(x) + tx).rounded()), 0), width - 1), ay = min(max(Int((Float(y) + ty).rounded()), 0), height - 1)
        let bx = min(max(Int((Float(x) - tx).rounded()), 0), width - 1), by = min(max(Int((Float(y) - ty).rounded()), 0), height - 1)
        let along = (pixels[ay * width + ax] + pixels[by * width + bx]) * 0.5
        let cross = (north + south + west + east) * 0.25
        return center * 0.4 + along * 0.4 + cross * 0.2
    }

    /// Ink where depth has a crease or a silhouette: the Laplacian of 1/depth is zero on
    /// any plane, so only real shape edges draw, not the slope of the ground.
    @inline(__always)
    private func outline(_ depth: UnsafeBufferPointer<Float>, x: Int, y: Int, width: Int, height: Int) -> Float {
        guard x > 0, y > 0, x < width - 1, y < height - 1 else { return 0 }
        let p = y * width + x
        let d = depth[p]
        let neighbours = depth[p - 1] + depth[p + 1] + depth[p - width] + depth[p + width]
        let nearest = max(d, depth[p - 1], depth[p + 1], depth[p - width], depth[p + width])
        guard nearest > 0 else { return 0 }
        let laplacian = abs(neighbours - 4 * d) / nearest
        return Easing.smoothstep(0.08, 0.4, laplacian)
    }

    /// Looks that `stylize` changes beyond ink and posterizing; keep in step with its cases.
    private static func hasOwnTreatment(_ kind: Look.Kind) -> Bool {
        switch kind {
        case .comic, .sketch, .watercolor, .oilPainting, .blackAndWhite, .vintageFilm: true
        case .cinematic, .anime, .clay, .threeDAnimation, .cyberpunk, .pixelArt: false
        }
    }

    @inline(__always)
    private func stylize(_ color: SIMD3<Float>, soft: HDRImage, x: Int, y: Int, width: Int, height: Int, ink: Float) -> SIMD3<Float> {
        var c = color
        if look.posterize > 0 {
            let levels = Float(look.posterize)
            c = SIMD3((c.x * levels).rounded() / levels, (c.y * levels).rounded() / levels, (c.z * levels).rounded() / levels)
        }
        let luma = c.luma
        let fx = Float(x), fy = Float(y)
        switch look.kind {
        case .comic:
            // Halftone dots on a 45° screen: darker tones get bigger dots.
            let cell: Float = max(4, Float(height) / 120)
            let u = (fx + fy) / cell, v = (fx - fy) / cell
            let du = u - u.rounded(), dv = v - v.rounded()
            let radius = (1 - luma).squareRoot() * 0.62
            if du * du + dv * dv < radius * radius { c *= 0.55 }
            return c * (1 - ink)
        case .sketch:
            let paper = SIMD3<Float>(0.95, 0.93, 0.88) * (0.96 + 0.04 * noise.value(fx * 0.5, fy * 0.5))
            var pencil: Float = 0
            if luma < 0.35 && Int(fx + fy) % 6 == 0 { pencil += 0.5 }
            if luma < 0.18 && Int(fx - fy + 4000) % 5 == 0 { pencil += 0.5 }
            if luma < 0.06 { pencil += 0.3 }
            let edge = max(ink, abs(luma - soft.sample(fx / 4 + 0.125, fy / 4 + 0.125).luma) * 3)
            return paper * (1 - min(pencil * 0.55 + min(edge, 1) * 0.8, 0.9))
        case .watercolor:
            let wash = soft.sample((fx + 0.5) / 4, (fy + 0.5) / 4)
            let paper = 0.92 + 0.08 * noise.value(fx * 0.35, fy * 0.35)
            let bleed = c.mixed(with: wash, 0.65)
            let pigment = SIMD3<Float>(repeating: 1).mixed(with: bleed, 0.85)
            let edge = Easing.smoothstep(0.02, 0.12, abs(c.luma - wash.luma))
            return pigment * paper * (1 - 0.35 * edge) * (1 - ink * 0.5)
        case .oilPainting:
            // Short strokes: smear along a direction that varies smoothly across the canvas.
            let angle = noise.value(fx / 24, fy / 24) * 6.28
            let sx = fx + cosf(angle) * 3, sy = fy + sinf(angle) * 3
            let stroke = soft.sample(sx / 4, sy / 4).mixed(with: c, 0.45)
            let canvas = 0.93 + 0.07 * noise.value(fx * 0.9, fy * 0.25)
            let levels: Float = 7
            return SIMD3((stroke.x * levels).rounded() / levels, (stroke.y * levels).rounded() / levels, (stroke.z * levels).rounded() / levels) * canvas
        case .blackAndWhite:
            return SIMD3(repeating: luma) * (1 - ink)
        case .vintageFilm:
            let sepia = SIMD3<Float>(1.07, 0.92, 0.72) * luma
            let faded = sepia.mixed(with: c, 0.3) * 0.88 + SIMD3(0.06, 0.05, 0.04)
            return faded * (1 - ink)
        default:
            return c * (1 - ink)
        }
    }
}
