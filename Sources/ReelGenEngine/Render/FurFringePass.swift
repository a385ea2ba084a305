import Foundation

/// Hair standing out past a furry body's outline. A mesh's silhouette is a clean curve, and
/// a clean curve reads as plastic: fur is known by its soft, broken edge. Each pixel of fur
/// on an outline (the pixel beyond it sky or something farther) sends a strand outward,
/// its length a hash of where it grows, tapering to nothing at the tip.
struct FurFringePass: Sendable {
    /// The longest strand as a share of the frame's height, however near the fur: longer, a
    /// close-up would smear rather than bristle.
    static let longestStrand: Float = 1 / 36
    /// Share of outline pixels that grow a strand: gaps between them are what break the edge.
    static let density: Float = 0.7
    /// How much nearer the fur must be than what lies beyond the edge (in 1/depth): at a
    /// paw on the ground, the ground just past it is hardly farther, and hair does not spread onto it.
    static let separation: Float = 1.04

    func draw(into image: inout HDRImage, visibility: VisibilityBuffer, camera: Camera, pool: RenderThreadPool) {
        let width = image.width, height = image.height
        let focal = Float(height) / (2 * tanf(camera.verticalFieldOfView / 2))
        let depths = visibility.inverseDepth
        // Outlines are found band by band in parallel, then drawn in order: the same strands
        // whatever thread found them.
        let bandHeight = 16, bandCount = (height - 2 + bandHeight - 1) / bandHeight
        var bands = [[Strand]](repeating: [], count: bandCount)
        bands.withUnsafeMutableBufferPointer { bands in
            pool.parallelFor(bandCount) { band in
                let rows = (1 + band * bandHeight)..<min(1 + (band + 1) * bandHeight, height - 1)
                bands[band] = strands(in: rows, visibility: visibility, focal: focal, image: image)
            }
        }
        for strand in bands.joined() {
            let rootX = strand.root % width, rootY = strand.root / width, nearness = depths[strand.root]
            for t in 1...strand.length {
                let side = Int((Float(t) * strand.lean).rounded())
                let x = rootX + strand.step.x * t + strand.step.y * side, y = rootY + strand.step.y * t + strand.step.x * side
                guard x >= 0, x < width, y >= 0, y < height else { break }
                let index = y * width + x
                guard depths[index] * Self.separation < nearness else { continue }
                // Thinning toward the tip, where the hair lets more of what is behind show through.
                let cover = 1 - Float(t) / Float(strand.length + 1)
                image.pixels[index] = image.pixels[index].mixed(with: strand.color, cover * 0.85)
            }
        }
    }

    /// A hair from an outline pixel (`root`) out along `step`, bent aside by `lean` a pixel.
    private struct Strand: Sendable {
        var root: Int
        var step: (x: Int, y: Int)
        var length: Int
        var lean: Float
        var color: SIMD3<Float>
    }

    /// Directions a strand can grow in: right, left, down, up.
    private static let steps = [(x: 1, y: 0), (x: -1, y: 0), (x: 0, y: 1), (x: 0, y: -1)]

    /// The strands growing from the outlines of fur in `rows`.
    private func strands(in rows: Range<Int>, visibility: VisibilityBuffer, focal: Float, image: HDRImage) -> [Strand] {
        let width = image.width, depths = visibility.inverseDepth, longest = Float(image.height) * Self.longestStrand
        var strands: [Strand] = []
        for y in rows {
            for x in 1..<(width - 1) {
                let root = y * width + x, triangle = visibility.triangle[root]
                guard triangle >= 0, let hair = visibility.triangles[Int(triangle)].material.hairLength else { continue }
                let nearness = depths[root]
                let reach = min(hair * focal * nearness, longest)
                guard reach >= 1 else { continue }
                // Where on the body this pixel is, found once, and only for a pixel on an outline.
                var spot: SIMD2<Int32>?
                for (direction, step) in Self.steps.enumerated() {
                    guard depths[root + step.y * width + step.x] * Self.separation < nearness else { continue }
                    let place = spot ?? Self.spot(of: root, in: visibility)
                    spot = place
                    let hash = Self.hash(place, direction)
                    guard hash.x < Self.density else { continue }
                    strands.append(Strand(root: root, step: step, length: Int(reach * (0.35 + 0.65 * hash.y)) + 1,
                                          lean: (hash.z - 0.5) * 0.8, color: image.pixels[root]))
                }
            }
        }
        return strands
    }

    /// Spacing of strands on the body's own surface, metres.
    static let strandSpacing: Float = 0.01

    /// Which strand grows at a pixel: its place on the body's own surface (`Mesh.surface`),
    /// so a strand stays with the body as it moves rather than with the screen.
    @inline(__always) private static func spot(of index: Int, in visibility: VisibilityBuffer) -> SIMD2<Int32> {
        let t = visibility.triangles[Int(visibility.triangle[index])]
        let weights = visibility.barycentric[index] / visibility.inverseDepth[index]
        let spot = t.s0 * (1 - weights.x - weights.y) + t.s1 * weights.x + t.s2 * weights.y
        return SIMD2(Int32(truncatingIfNeeded: Int((spot.x / strandSpacing).rounded(.down))),
                     Int32(truncatingIfNeeded: Int((spot.y / strandSpacing).rounded(.down))))
    }

    /// Three values in 0..<1 from a strand's place and its direction.
    @inline(__always) private static func hash(_ spot: SIMD2<Int32>, _ direction: Int) -> SIMD3<Float> {
        var h = UInt32(bitPattern: spot.x &* 73_856_093 ^ spot.y &* 19_349_663 ^ Int32(direction) &* 83_492_791)
        var values = SIMD3<Float>()
        for lane in 0..<3 {
            h ^= h >> 16; h &*= 0x7FEB_352D; h ^= h >> 15; h &*= 0x846C_A68B; h ^= h >> 16
            values[lane] = Float(h >> 8) / Float(1 << 24)
        }
        return values
    }
}
