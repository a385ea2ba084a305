import Foundation

/// A pinhole camera for one frame, plus the focus the depth-of-field pass uses.
struct Camera: Sendable {
    var position: SIMD3<Float>
    var forward: SIMD3<Float>
    var right: SIMD3<Float>
    var up: SIMD3<Float>
    /// Full vertical field of view, radians.
    var verticalFieldOfView: Float
    /// Distance to the subject, which stays sharp.
    var focusDistance: Float

    /// Looks along yaw (about y, 0 = +z) and pitch (up positive), rolled by `roll`.
    init(position: SIMD3<Float>, yaw: Float, pitch: Float, roll: Float, verticalFieldOfView: Float, focusDistance: Float) {
        let forward = SIMD3<Float>(sinf(yaw) * cosf(pitch), sinf(pitch), cosf(yaw) * cosf(pitch))
        let flatRight = SIMD3<Float>(cosf(yaw), 0, -sinf(yaw))
        let flatUp = forward.cross(flatRight)
        let c = cosf(roll), s = sinf(roll)
        self.position = position
        self.forward = forward
        self.right = flatRight * c + flatUp * s
        self.up = flatUp * c - flatRight * s
        self.verticalFieldOfView = verticalFieldOfView
        self.focusDistance = focusDistance
    }

    /// Yaw and pitch that look from `position` at `target`.
    static func angles(from position: SIMD3<Float>, to target: SIMD3<Float>) -> (yaw: Float, pitch: Float) {
        let d = (target - position).normalized
        return (atan2f(d.x, d.z), asinf(max(min(d.y, 1), -1)))
    }
}
