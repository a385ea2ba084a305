@testable import ReelGenEngine
import Testing

/// Hair past a furry outline: fur's edge is broken by strands, skin's stays clean, and the
/// strands stay short and on what lies behind.
@Suite struct FurFringeTests {
    private static let width = 240, height = 180
    private static let camera = Camera(position: .zero, yaw: 0, pitch: 0, roll: 0, verticalFieldOfView: 0.8, focusDistance: 3)
    private static let coat = SIMD3<Float>(1, 0.5, 0), backdrop = SIMD3<Float>(0, 0, 1)

    /// A ball 3 m ahead against a blue sky, painted its vertex colour, before and after the pass.
    private static func fringe(_ material: MaterialID) -> (before: HDRImage, after: HDRImage, buffer: VisibilityBuffer) {
        var ball = Mesh()
        ball.addBall(center: SIMD3(0, 0, 3), radius: 0.5, color: coat, material: material, sides: 24)
        var buffer = VisibilityBuffer(width: width, height: height)
        Rasterizer(width: width, height: height).rasterize([ball], camera: camera, pool: CinematicFixtures.pool, into: &buffer)
        var image = HDRImage(width: width, height: height)
        for p in image.pixels.indices {
            image.pixels[p] = buffer.triangle[p] >= 0 ? coat : backdrop
        }
        var after = image
        FurFringePass().draw(into: &after, visibility: buffer, camera: camera, pool: CinematicFixtures.pool)
        return (image, after, buffer)
    }

    /// Distance in pixels from each pixel to the nearest pixel of the ball, up to `limit`.
    private static func distanceToBall(_ buffer: VisibilityBuffer, limit: Int) -> [Int] {
        (0..<(width * height)).map { p in
            let x = p % width, y = p / width
            var nearest = limit + 1
            for dy in -limit...limit {
                for dx in -limit...limit {
                    let sx = x + dx, sy = y + dy
                    guard sx >= 0, sx < width, sy >= 0, sy < height, buffer.triangle[sy * width + sx] >= 0 else { continue }
                    nearest = min(nearest, max(abs(dx), abs(dy)))
                }
            }
            return nearest
        }
    }

    @Test func furBreaksItsOutlineWithShortStrands() {
        let (before, after, buffer) = Self.fringe(.fur)
        let distance = Self.distanceToBall(buffer, limit: 12)
        var reached = 0, outlinePixels = 0
        for p in before.pixels.indices {
            let changed = after.pixels[p] != before.pixels[p]
            if buffer.triangle[p] >= 0 {
                #expect(!changed, "fur itself keeps its colour")
                continue
            }
            if distance[p] == 1 { outlinePixels += 1 }
            if changed {
                reached += 1
                // Hair is the coat's colour laid over the sky, never another colour.
                #expect(after.pixels[p].x > 0 && after.pixels[p].z < 1)
                #expect(distance[p] <= Int(Float(Self.height) * FurFringePass.longestStrand) + 1, "a strand reaches at most the longest strand's length")
            }
        }
        // 3 cm of hair on a ball 3 m away in a 180-pixel frame: about 2 pixels, on most of the outline.
        #expect(reached > outlinePixels / 2, "strands break the outline: \(reached) pixels over \(outlinePixels) outline pixels")
        // A broken edge: not every pixel just outside the outline is covered.
        let covered = before.pixels.indices.filter { distance[$0] == 1 && after.pixels[$0] != before.pixels[$0] }.count
        #expect(covered < outlinePixels, "gaps between strands")
    }

    /// How far past the outline the farthest strand reaches, pixels.
    private static func reach(_ material: MaterialID) -> Int {
        let (before, after, buffer) = fringe(material)
        let distance = distanceToBall(buffer, limit: 12)
        return before.pixels.indices.filter { after.pixels[$0] != before.pixels[$0] }.map { distance[$0] }.max() ?? 0
    }

    @Test func aShaggyCoatStandsOutFartherThanFur() {
        let fur = Self.reach(.fur), shag = Self.reach(.shag)
        #expect(shag > fur, "a mane's strands reach \(shag) px, short fur's \(fur) px")
    }

    @Test func skinKeepsACleanOutline() {
        let (before, after, _) = Self.fringe(.skin)
        #expect(after.pixels == before.pixels)
    }
}
