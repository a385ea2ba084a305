/// A corner in view space while a triangle is clipped against the near plane.
struct ClipVertex: Sendable {
    var view: SIMD3<Float>
    var normal: SIMD3<Float>
    var color: SIMD4<Float>
    var surface: SIMD2<Float>

    @inline(__always) func mixed(with other: ClipVertex, _ t: Float) -> ClipVertex {
        ClipVertex(view: view + (other.view - view) * t, normal: normal + (other.normal - normal) * t, color: color + (other.color - color) * t,
                   surface: surface + (other.surface - surface) * t)
    }
}
