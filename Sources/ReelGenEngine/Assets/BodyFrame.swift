import Foundation

/// An actor's local axes in the world: models are built in metres around the origin
/// (x right, y up, z forward) and placed with one transform.
struct BodyFrame: Sendable {
    var origin: SIMD3<Float>
    var right: SIMD3<Float>
    var up: SIMD3<Float>
    var forward: SIMD3<Float>
    var scale: Float

    /// Axes from a facing direction, rolled by `bank` radians.
    init(origin: SIMD3<Float>, forward: SIMD3<Float>, bank: Float, scale: Float) {
        let f = forward.normalized
        var r = SIMD3<Float>(0, 1, 0).cross(f)
        if r.dot(r) < 1e-6 { r = SIMD3(1, 0, 0) }
        r = r.normalized
        let u = f.cross(r)
        let c = cosf(bank), s = sinf(bank)
        self.origin = origin
        self.right = r * c + u * s
        self.up = u * c - r * s
        self.forward = f
        self.scale = scale
    }

    @inline(__always) func toWorld(_ local: SIMD3<Float>) -> SIMD3<Float> {
        origin + (right * local.x + up * local.y + forward * local.z) * scale
    }

    @inline(__always) func toLocal(_ world: SIMD3<Float>) -> SIMD3<Float> {
        let d = (world - origin) / scale
        return SIMD3(d.dot(right), d.dot(up), d.dot(forward))
    }
}
