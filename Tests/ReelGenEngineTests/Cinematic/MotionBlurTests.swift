import Foundation
@testable import ReelGenEngine
import Testing

/// Motion blur: the motion each pixel records, and the blur that follows it.
@Suite struct MotionBlurTests {
    private static let width = 96, height = 54

    /// A wall 20 m ahead filling the view, and a 2 m box (the actor) 10 m ahead.
    private static func visibility(camera: Camera) -> VisibilityBuffer {
        var wall = Mesh(), box = Mesh()
        wall.addBox(center: SIMD3(0, 1.5, 20), size: SIMD3(60, 40, 1), color: SIMD3(repeating: 0.5), material: .stone)
        box.addBox(center: SIMD3(0, 1.5, 10), size: SIMD3(2, 2, 2), color: SIMD3(repeating: 0.5), material: .stone)
        var buffer = VisibilityBuffer(width: width, height: height)
        Rasterizer(width: width, height: height).rasterize([wall, box], camera: camera, pool: CinematicFixtures.pool, into: &buffer)
        return buffer
    }

    private static func camera(yaw: Float = 0) -> Camera {
        Camera(position: SIMD3(0, 1.5, 0), yaw: yaw, pitch: 0, roll: 0, verticalFieldOfView: 0.8, focusDistance: 10)
    }

    private static func pose(x: Float) -> ActorPose {
        ActorPose(position: SIMD3(x, 1.5, 10), forward: SIMD3(0, 0, 1))
    }

    private static func measure(before: Camera, actorFrom start: Float) -> MotionBuffer {
        let now = camera()
        var buffer = MotionBuffer(width: width, height: height)
        MotionPass(now: now, before: before, actors: [RigidMotion(from: pose(x: start), to: pose(x: 0))], limit: 100)
            .measure(visibility(camera: now), pool: CinematicFixtures.pool, into: &buffer)
        return buffer
    }

    private static func motion(_ buffer: MotionBuffer, x: Int, y: Int) -> SIMD2<Float> {
        let stored = buffer.motion[y * width + x]
        return SIMD2(Float(stored.x), Float(stored.y)) / MotionBuffer.unitsPerPixel
    }

    private static let focal = Float(height) * 0.5 / tanf(0.4)

    @Test func stillCameraAndStillActorRecordNoMotion() {
        let buffer = Self.measure(before: Self.camera(), actorFrom: 0)
        #expect(buffer.motion.allSatisfy { $0 == .zero })
        #expect(buffer.neighbourMax.allSatisfy { $0 == .zero })
    }

    @Test func aMovingActorMovesOnlyItsOwnPixels() {
        let buffer = Self.measure(before: Self.camera(), actorFrom: -1)
        // The box's near face is 9 m away: 1 m of travel is focal / 9 pixels to the right.
        let centre = Self.motion(buffer, x: Self.width / 2, y: Self.height / 2)
        #expect(abs(centre.x - Self.focal / 9) < 0.5, "box centre moved \(centre)")
        #expect(abs(centre.y) < 0.25)
        #expect(Self.motion(buffer, x: 3, y: 3) == .zero, "the wall did not move")
        let centreTile = (Self.height / 2 / MotionBuffer.tileSize) * buffer.tilesAcross + Self.width / 2 / MotionBuffer.tileSize
        #expect(buffer.tileMax[centreTile].x > 5)
        #expect(buffer.tileMax[0] == .zero)
    }

    @Test func panningMovesTheWholeFrameTheOtherWay() {
        // The camera turned right by 0.02 rad while the shutter was open: the scene slides left.
        let buffer = Self.measure(before: Self.camera(yaw: -0.02), actorFrom: 0)
        // Above the box in the middle column, a turn moves the wall by focal × tan(turn).
        let top = Self.motion(buffer, x: Self.width / 2, y: 3)
        #expect(abs(top.x + Self.focal * tanf(0.02)) < 0.2, "wall moved \(top)")
        #expect(abs(top.y) < 0.2)
    }

    // MARK: - The blur in the finish pass

    private static func finish(_ display: HDRImage, inverseDepth: [Float], motion: MotionBuffer?) -> RGBImage {
        var look = LookSettings(kind: .cinematic)
        look.grain = 0
        look.vignette = 0
        look.depthOfField = 0
        let noise = ValueNoise(seed: 1)
        var visibility = VisibilityBuffer(width: display.width, height: display.height)
        visibility.inverseDepth = inverseDepth
        let pass = FinishPass(look: look, noise: noise, tables: FinishTables(look: look, noise: noise, width: display.width, height: display.height),
                              frame: 0, defocus: .none)
        var image = RGBImage(width: display.width, height: display.height)
        pass.finish(display, soft: display, visibility: visibility, motion: motion, into: &image, pool: CinematicFixtures.pool)
        return image
    }

    /// Uniform motion of `travel` pixels everywhere, except `still` pixels, which do not move.
    private static func uniformMotion(_ travel: SIMD2<Float>, width: Int, height: Int, still: (Int, Int) -> Bool = { _, _ in false }) -> MotionBuffer {
        var buffer = MotionBuffer(width: width, height: height)
        let stored = SIMD2(Int16(travel.x * MotionBuffer.unitsPerPixel), Int16(travel.y * MotionBuffer.unitsPerPixel))
        for y in 0..<height {
            for x in 0..<width { buffer.motion[y * width + x] = still(x, y) ? .zero : stored }
        }
        buffer.tileMax = buffer.tileMax.map { _ in travel }
        buffer.neighbourMax = buffer.neighbourMax.map { _ in travel }
        return buffer
    }

    private static func red(_ image: RGBImage, x: Int, y: Int) -> Int {
        Int(image.pixels[(y * image.width + x) * 3])
    }

    @Test func sidewaysMotionSmearsAnUprightEdgeButNotALevelOne() {
        let width = 64, height = 32
        var upright = HDRImage(width: width, height: height), level = HDRImage(width: width, height: height)
        for y in 0..<height {
            for x in 0..<width {
                upright.pixels[y * width + x] = SIMD3(repeating: x < 32 ? 0.1 : 0.9)
                level.pixels[y * width + x] = SIMD3(repeating: y < 16 ? 0.1 : 0.9)
            }
        }
        let depth = [Float](repeating: 0.1, count: width * height)
        let motion = Self.uniformMotion(SIMD2(12, 0), width: width, height: height)
        let sharp = Self.finish(upright, inverseDepth: depth, motion: nil)
        let blurred = Self.finish(upright, inverseDepth: depth, motion: motion)

        #expect(Self.red(sharp, x: 28, y: 16) == 26 && Self.red(sharp, x: 36, y: 16) == 230)
        #expect(Self.red(blurred, x: 28, y: 16) > 45, "the bright side smears over the dark")
        #expect(Self.red(blurred, x: 36, y: 16) < 210, "the dark side smears over the bright")
        #expect(Self.red(blurred, x: 8, y: 16) == 26 && Self.red(blurred, x: 56, y: 16) == 230, "far from the edge nothing changes")

        let levelBlurred = Self.finish(level, inverseDepth: depth, motion: motion)
        #expect(Self.red(levelBlurred, x: 32, y: 13) == 26 && Self.red(levelBlurred, x: 32, y: 19) == 230)
    }

    @Test func aStillObjectInFrontStaysSharpOverAMovingBackground() {
        let width = 64, height = 32
        let inside = { (x: Int, y: Int) in x >= 24 && x < 40 && y >= 8 && y < 24 }
        var display = HDRImage(width: width, height: height)
        var depth = [Float](repeating: 0.05, count: width * height)
        for y in 0..<height {
            for x in 0..<width {
                let p = y * width + x
                if inside(x, y) {
                    display.pixels[p] = SIMD3(repeating: 0.5)
                    depth[p] = 0.5
                } else {
                    // Stripes that a 12-pixel streak would average to grey.
                    display.pixels[p] = SIMD3(repeating: (x / 3) % 2 == 0 ? 0.05 : 0.95)
                }
            }
        }
        let blurred = Self.finish(display, inverseDepth: depth, motion: Self.uniformMotion(SIMD2(12, 0), width: width, height: height, still: inside))
        for x in [25, 27, 32, 36, 38] {
            #expect(Self.red(blurred, x: x, y: 16) == 128, "the still object at x \(x) took on the background")
        }
        // The stripes themselves blur into grey.
        let stripes = (4..<18).map { Self.red(blurred, x: $0, y: 2) }
        #expect(stripes.max()! - stripes.min()! < 120, "background stripes stayed sharp: \(stripes)")
    }
}
