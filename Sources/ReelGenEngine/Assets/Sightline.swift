/// Ground kept clear of props so the camera sees a subject: the strip from where the camera
/// is at one moment to where the subject is then, `radius` metres either side (x/z).
struct Sightline: Sendable {
    var from: SIMD2<Float>
    var to: SIMD2<Float>
    var radius: Float

    /// How far `point` is from the strip's centre line.
    func distance(to point: SIMD2<Float>) -> Float {
        let along = to - from, offset = point - from
        let t = min(max((offset * along).sum() / max((along * along).sum(), 1e-6), 0), 1)
        let gap = offset - along * t
        return (gap * gap).sum().squareRoot()
    }
}
