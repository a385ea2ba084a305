import Foundation

/// Works out where each pixel's surface was on screen when the shutter opened. Scenery
/// moves only with the camera; each actor moves as a rigid body between its two poses, so
/// a body's travel blurs while wing beats and strides stay crisp.
struct MotionPass: Sendable {
    /// The camera when the shutter closes (the frame's own) and when it opened.
    var now: Camera
    var before: Camera
    /// Per actor mesh, in the order after the static mesh: where its points were before.
    var actors: [RigidMotion]
    /// The longest blur, in pixels: a dragon filling the lens would otherwise smear the frame.
    var limit: Float

    func measure(_ visibility: VisibilityBuffer, pool: RenderThreadPool, into buffer: inout MotionBuffer) {
        let width = visibility.width, height = visibility.height
        precondition(buffer.width == width && buffer.height == height)
        let screen = ScreenProjection(camera: now, width: width, height: height)
        let focalNow = screen.focal, focalBefore = ScreenProjection(camera: before, width: width, height: height).focal
        let center = SIMD2(Float(width), Float(height)) * 0.5
        let tileSize = MotionBuffer.tileSize, tilesAcross = buffer.tilesAcross
        let meshStarts = visibility.meshStarts
        let cameraShift = earlierAxes(now.position - before.position)
        visibility.triangle.withUnsafeBufferPointer { ids in
        visibility.inverseDepth.withUnsafeBufferPointer { inverseDepth in
        buffer.motion.withUnsafeMutableBufferPointer { motion in
        buffer.tileMax.withUnsafeMutableBufferPointer { tileMax in
            pool.parallelFor(buffer.tilesDown) { tileRow in
                for tile in 0..<tilesAcross { tileMax[tile + tileRow * tilesAcross] = .zero }
                for y in (tileRow * tileSize)..<min((tileRow + 1) * tileSize, height) {
                    let py = (center.y - Float(y) - 0.5) / focalNow
                    // The view ray's components along the earlier camera's axes (right, up,
                    // forward) are linear along a row: a start and a step per pixel.
                    var along = earlierAxes(now.forward + now.up * py + now.right * ((0.5 - center.x) / focalNow))
                    let step = earlierAxes(now.right / focalNow)
                    for x in 0..<width {
                        defer { along += step }
                        let p = y * width + x
                        let id = ids[p]
                        var seen: SIMD3<Float>
                        if id < 0 {
                            // Sky is infinitely far: only the camera's turn moves it.
                            seen = along
                        } else {
                            let depth = 1 / inverseDepth[p]
                            let mesh = Self.mesh(of: id, starts: meshStarts)
                            if mesh > 0 {
                                let point = now.position + screen.ray(x: x, y: y) * depth
                                seen = earlierAxes(actors[mesh - 1].earlier(point) - before.position)
                            } else {
                                seen = along * depth + cameraShift
                            }
                        }
                        let scale = focalBefore / seen.z
                        let earlier = seen.z > Rasterizer.nearPlane
                            ? SIMD2(center.x + seen.x * scale, center.y - seen.y * scale)
                            : SIMD2(Float.infinity, 0)
                        var moved = SIMD2(Float(x) + 0.5, Float(y) + 0.5) - earlier
                        // A point that was behind the camera, or anything moving further,
                        // is held to the limit (or to no motion when there is no direction).
                        let squared = (moved * moved).sum()
                        if !(squared <= limit * limit) {
                            let length = squared.squareRoot()
                            moved = length.isFinite ? moved * (limit / length) : .zero
                        }
                        let stored = SIMD2(Int16(moved.x * MotionBuffer.unitsPerPixel), Int16(moved.y * MotionBuffer.unitsPerPixel))
                        motion[p] = stored
                        // Tiles keep what was stored, so rounding dust never counts as motion.
                        moved = SIMD2(Float(stored.x), Float(stored.y)) * (1 / MotionBuffer.unitsPerPixel)
                        let tile = tileRow * tilesAcross + x / tileSize
                        if (moved * moved).sum() > (tileMax[tile] * tileMax[tile]).sum() { tileMax[tile] = moved }
                    }
                }
            }
        }
        }
        }
        }
        spreadToNeighbours(&buffer)
    }

    /// Each tile's neighbour maximum: the longest of its own and its eight neighbours' maxima.
    private func spreadToNeighbours(_ buffer: inout MotionBuffer) {
        let across = buffer.tilesAcross, down = buffer.tilesDown
        for ty in 0..<down {
            for tx in 0..<across {
                var longest = SIMD2<Float>.zero
                for ny in max(ty - 1, 0)...min(ty + 1, down - 1) {
                    for nx in max(tx - 1, 0)...min(tx + 1, across - 1) {
                        let candidate = buffer.tileMax[ny * across + nx]
                        if (candidate * candidate).sum() > (longest * longest).sum() { longest = candidate }
                    }
                }
                buffer.neighbourMax[ty * across + tx] = longest
            }
        }
    }

    /// A vector in the earlier camera's axes: right, up, forward.
    @inline(__always) private func earlierAxes(_ v: SIMD3<Float>) -> SIMD3<Float> {
        SIMD3(v.dot(before.right), v.dot(before.up), v.dot(before.forward))
    }

    /// Which mesh a triangle came from: the last one that starts at or before it.
    @inline(__always)
    private static func mesh(of triangle: Int32, starts: [Int32]) -> Int {
        var mesh = starts.count - 1
        while mesh > 0 && starts[mesh] > triangle { mesh -= 1 }
        return mesh
    }
}

/// A body's move between two instants, from its position and facing at each: maps a
/// point on the body now to where that point was before.
struct RigidMotion: Sendable {
    private let now: Frame
    private let before: Frame

    init(from before: ActorPose, to now: ActorPose) {
        self.now = Frame(now)
        self.before = Frame(before)
    }

    func earlier(_ point: SIMD3<Float>) -> SIMD3<Float> {
        let d = point - now.origin
        let local = SIMD3(d.dot(now.right), d.dot(now.up), d.dot(now.forward))
        return before.origin + before.right * local.x + before.up * local.y + before.forward * local.z
    }

    private struct Frame: Sendable {
        var origin: SIMD3<Float>
        var right: SIMD3<Float>
        var up: SIMD3<Float>
        var forward: SIMD3<Float>

        init(_ pose: ActorPose) {
            origin = pose.position
            forward = pose.forward.normalized
            // Any axis not along the facing will do, as long as both instants use the same one.
            let reference = abs(forward.y) < 0.95 ? SIMD3<Float>(0, 1, 0) : SIMD3<Float>(1, 0, 0)
            right = reference.cross(forward).normalized
            up = forward.cross(right)
        }
    }
}
