import Foundation

/// Mirror images in water, after pixel-projected reflections (Cichocki, GPU Pro 2017):
/// each shaded pixel above the water plane is mirrored in it and projected back onto the
/// screen, and the water pixel it lands on reflects that colour instead of the sky. What
/// the frame does not show (the far sides of things, whatever rises above the frame) keeps
/// reflecting the sky, faded in towards the frame's top edge so no seam shows.
struct WaterReflectionPass: Sendable {
    /// Height of the water plane.
    var level: Float
    var sky: Sky
    var fog: Fog
    /// The ripple noise `ShadingPass` used, so reflections wobble with the same waves.
    var noise: ValueNoise

    /// Replaces the sky in the water pixels' reflections; `sources` is per-pixel scratch.
    func reflect(_ buffer: VisibilityBuffer, camera: Camera, pool: RenderThreadPool, sources: inout [Int32], into image: inout HDRImage) {
        precondition(image.width == buffer.width && image.height == buffer.height && sources.count == image.pixels.count)
        let screen = ScreenProjection(camera: camera, width: buffer.width, height: buffer.height)
        let spans = scatter(buffer, screen: screen, into: &sources)
        gather(buffer, sources: sources, spans: spans, screen: screen, pool: pool, into: &image)
    }

    /// Each water pixel gets the index of the nearest mirrored pixel landing on it, or -1.
    /// One pass in pixel order: two sources may land on one target, so this stays serial.
    /// Returns, per row, the first and last column that got one, or nil where none did.
    private func scatter(_ buffer: VisibilityBuffer, screen: ScreenProjection, into sources: inout [Int32]) -> [ClosedRange<Int>?] {
        let width = buffer.width
        let eye = screen.camera.position
        // The mirror shows the world as seen from the eye's reflection below the water.
        let mirroredEye = SIMD3(eye.x, 2 * level - eye.y, eye.z)
        var spans = [ClosedRange<Int>?](repeating: nil, count: buffer.height)
        buffer.triangle.withUnsafeBufferPointer { ids in
        buffer.inverseDepth.withUnsafeBufferPointer { inverseDepth in
        buffer.barycentric.withUnsafeBufferPointer { barycentric in
        buffer.triangles.withUnsafeBufferPointer { triangles in
        sources.withUnsafeMutableBufferPointer { sources in
            sources.update(repeating: -1)
            func worldPoint(_ p: Int) -> SIMD3<Float> { eye + screen.ray(x: p % width, y: p / width) / inverseDepth[p] }
            func mirrored(_ point: SIMD3<Float>) -> SIMD3<Float> { SIMD3(point.x, 2 * level - point.y, point.z) }
            for p in 0..<ids.count {
                let id = ids[p]
                guard id >= 0 else { continue }
                let triangle = triangles[Int(id)]
                guard triangle.material != .water else { continue }
                let position = worldPoint(p)
                guard position.y > level else { continue }
                let image = mirrored(position)
                let w = barycentric[p] * (1 / inverseDepth[p])
                let normal = triangle.n0 * (1 - w.x - w.y) + triangle.n1 * w.x + triangle.n2 * w.y
                // Faces turned away from the mirror do not show in it. Ground seen edge-on
                // counts as facing it: its facets would otherwise flicker in and out as
                // notches along the bank.
                let toEye = mirroredEye - position
                guard triangle.material.isTwoSided || normal.dot(toEye) > -0.08 * normal.length * toEye.length else { continue }
                guard let target = screen.project(image, margin: 0) else { continue }
                let q = Int(target.y) * width + Int(target.x)
                let onto = ids[q]
                // Only water reflects, and only what lies beyond its surface.
                guard onto >= 0, triangles[Int(onto)].material == .water, inverseDepth[q] * target.z > 1 else { continue }
                let current = sources[q]
                if current < 0 || target.z < (mirrored(worldPoint(Int(current))) - eye).dot(screen.camera.forward) { sources[q] = Int32(p) }
                let row = q / width, column = q % width
                spans[row] = spans[row].map { min($0.lowerBound, column)...max($0.upperBound, column) } ?? column...column
            }
        }
        }
        }
        }
        }
        return spans
    }

    /// Rows looked at, in order, for a mirrored colour the scatter left out.
    private static let fillRows = [0, -1, 1, -2, 2]

    /// Each water pixel swaps its reflected sky for the mirrored colour found at its spot,
    /// shifted by the ripples; pixels the mirror stretched over are filled from a row away.
    private func gather(
        _ buffer: VisibilityBuffer, sources: [Int32], spans: [ClosedRange<Int>?], screen: ScreenProjection, pool: RenderThreadPool, into image: inout HDRImage
    ) {
        let width = buffer.width, height = buffer.height
        let eye = screen.camera.position
        let fogBase = fog.density(atHeight: eye.y)
        let fade = Float(height) * 0.08
        let fillRows = Self.fillRows
        let shiftScale = screen.focal * 0.25
        // Ripples shift a lookup by at most this much; further from any source, nothing changes.
        let reach = Int((shiftScale * WaterSurface.maxRipple).rounded(.up)) + 2
        buffer.triangle.withUnsafeBufferPointer { ids in
        buffer.inverseDepth.withUnsafeBufferPointer { inverseDepth in
        buffer.triangles.withUnsafeBufferPointer { triangles in
        sources.withUnsafeBufferPointer { sources in
        image.pixels.withUnsafeMutableBufferPointer { pixels in
            pool.parallelFor(height) { y in
                let near = spans[max(y - reach, 0)...min(y + reach, height - 1)].compactMap { $0 }
                guard let first = near.map(\.lowerBound).min(), let last = near.map(\.upperBound).max() else { return }
                for x in max(first - reach, 0)...min(last + reach, width - 1) {
                    let p = y * width + x
                    let id = ids[p]
                    guard id >= 0, triangles[Int(id)].material == .water else { continue }
                    let ray = screen.ray(x: x, y: y)
                    let depth = 1 / inverseDepth[p]
                    let rayLength = ray.length
                    let view = ray / rayLength, distance = depth * rayLength
                    let surface = WaterSurface(at: eye + ray * depth, view: view, noise: noise)
                    // Far off, many ripples share a pixel and average out: shift less there.
                    let shift = surface.ripple * (shiftScale * min(1, 40 / distance))
                    let sx = min(max(x + Int(shift.x), 0), width - 1), sy = min(max(y + Int(shift.y), 0), height - 1)
                    var source: Int32 = -1
                    for dy in fillRows where sy + dy >= 0 && sy + dy < height {
                        source = sources[(sy + dy) * width + sx]
                        if source >= 0 { break }
                    }
                    guard source >= 0 else { continue }
                    let edge = Easing.smoothstep(0, fade, Float(Int(source) / width))
                    let clear = 1 - fog.amount(base: fogBase, direction: view, distance: distance)
                    let sky = surface.skyReflection(self.sky, cameraHeight: eye.y)
                    pixels[p] += (pixels[Int(source)] - sky) * (surface.fresnel * edge * clear)
                }
            }
        }
        }
        }
        }
        }
    }
}
