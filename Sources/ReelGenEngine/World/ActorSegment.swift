/// What one actor does during one beat: a curved path plus the actions that shape its pose.
struct ActorSegment: Sendable {
    /// Seconds into the clip.
    var start: Float
    var end: Float
    /// Quadratic Bézier from `from` through the pull of `control` to `to`.
    var from: SIMD3<Float>
    var control: SIMD3<Float>
    var to: SIMD3<Float>
    var actions: Set<Action>
    var jawFrom: Float
    var jawTo: Float
    /// Direction to face when the actor is not travelling.
    var facing: SIMD3<Float>

    func point(_ s: Float) -> SIMD3<Float> {
        let a = from.mixed(with: control, s), b = control.mixed(with: to, s)
        return a.mixed(with: b, s)
    }

    func direction(_ s: Float) -> SIMD3<Float> {
        let d = (control - from) * (1 - s) + (to - control) * s
        return d.dot(d) > 1e-8 ? d.normalized : facing
    }

    var travels: Bool {
        (to - from).length > 0.01
    }
}
