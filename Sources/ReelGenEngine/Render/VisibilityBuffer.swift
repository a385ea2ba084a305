/// What the rasterizer leaves per pixel: the nearest triangle, its perspective-correct
/// barycentrics and 1/depth. Shading runs once per pixel afterwards, whatever the overdraw.
struct VisibilityBuffer: Sendable {
    let width: Int
    let height: Int
    /// 1 / view depth of the nearest surface; 0 where only sky is seen.
    var inverseDepth: [Float]
    /// Index into `triangles`, or -1 for sky.
    var triangle: [Int32]
    /// Weights of corners 1 and 2 (corner 0 gets the rest), still divided by depth: times
    /// the depth they are the barycentrics. The rasterizer leaves that division to the one
    /// surface per pixel that is shaded instead of paying it for every one it draws.
    var barycentric: [SIMD2<Float>]
    var triangles: [ScreenTriangle]
    /// Index in `triangles` of each drawn mesh's first triangle, in drawing order.
    var meshStarts: [Int32]

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        inverseDepth = [Float](repeating: 0, count: width * height)
        triangle = [Int32](repeating: -1, count: width * height)
        barycentric = [SIMD2<Float>](repeating: .zero, count: width * height)
        triangles = []
        meshStarts = []
    }
}
