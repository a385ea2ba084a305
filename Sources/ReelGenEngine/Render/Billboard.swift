/// A plane standing at a point and turned to face the camera, its "up" as close to the
/// world's as the view allows: flames and smoke are drawn as fields on it, so they read
/// from the side, from above and from every angle between.
struct Billboard: Sendable {
    var origin: SIMD3<Float>
    var across: SIMD3<Float>
    var up: SIMD3<Float>
    /// Toward the camera.
    var normal: SIMD3<Float>

    init(origin: SIMD3<Float>, camera: Camera) {
        self.origin = origin
        let normal = (camera.position - origin).normalized
        var up = SIMD3<Float>(0, 1, 0) - normal * normal.y
        // Looking straight down, world up has no direction on the plane: the frame's up stands in.
        if up.length < 0.3 { up = camera.up - normal * camera.up.dot(normal) }
        up = up.normalized
        var across = up.cross(normal)
        if across.dot(camera.right) < 0 { across = -across }
        self.normal = normal
        self.up = up
        self.across = across
    }

    /// Where a view ray from the camera meets the plane: metres across and up from the
    /// origin, and the view depth (the ray is scaled to unit depth, as `ScreenProjection` gives it).
    @inline(__always) func hit(_ ray: SIMD3<Float>, from eye: SIMD3<Float>) -> SIMD3<Float>? {
        let facing = ray.dot(normal)
        guard facing < -1e-5 else { return nil }
        let depth = (origin - eye).dot(normal) / facing
        guard depth > 0.02 else { return nil }
        let offset = eye + ray * depth - origin
        return SIMD3(offset.dot(across), offset.dot(up), depth)
    }

    /// The pixel rectangle that holds the plane's patch `across` metres either side of the
    /// origin, from `below` to `above` metres up; nil when it is off screen.
    func screenBounds(across halfWidth: Float, below: Float, above: Float, screen: ScreenProjection) -> (x: Range<Int>, y: Range<Int>)? {
        var low = SIMD2<Float>(repeating: .infinity), high = SIMD2<Float>(repeating: -.infinity)
        for corner in [SIMD2(-halfWidth, -below), SIMD2(halfWidth, -below), SIMD2(-halfWidth, above), SIMD2(halfWidth, above)] {
            let world = origin + across * corner.x + up * corner.y
            // A corner behind the lens: the patch may cover any part of the frame.
            guard let point = screen.project(world, margin: .infinity) else {
                low = .zero
                high = SIMD2(Float(screen.width), Float(screen.height))
                break
            }
            low = SIMD2(min(low.x, point.x), min(low.y, point.y))
            high = SIMD2(max(high.x, point.x), max(high.y, point.y))
        }
        let x0 = Int(max(low.x - 1, 0)), x1 = Int(min(high.x + 2, Float(screen.width)))
        let y0 = Int(max(low.y - 1, 0)), y1 = Int(min(high.y + 2, Float(screen.height)))
        guard x0 < x1, y0 < y1 else { return nil }
        return (x0..<x1, y0..<y1)
    }
}
