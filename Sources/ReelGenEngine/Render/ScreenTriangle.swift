/// A triangle after projection, ready to scan: pixel positions, 1/w for perspective-correct
/// interpolation, and the corner attributes the shading pass blends.
struct ScreenTriangle: Sendable {
    var p0: SIMD2<Float>
    var p1: SIMD2<Float>
    var p2: SIMD2<Float>
    var inverseDepth: SIMD3<Float>
    var n0: SIMD3<Float>
    var n1: SIMD3<Float>
    var n2: SIMD3<Float>
    var c0: SIMD4<Float>
    var c1: SIMD4<Float>
    var c2: SIMD4<Float>
    /// Where each corner lies on its part's own surface (`Mesh.surface`).
    var s0: SIMD2<Float>
    var s1: SIMD2<Float>
    var s2: SIMD2<Float>
    var material: MaterialID
    var minY: Int32
    var maxY: Int32
}
