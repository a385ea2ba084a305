/// Triangles in world space with what shading needs per corner. Actors build one per
/// frame; terrain and props build one per clip.
struct Mesh: Sendable {
    var positions: [SIMD3<Float>] = []
    var normals: [SIMD3<Float>] = []
    /// Linear albedo in xyz; w is how much direct sun reaches the corner (baked shadow).
    var colors: [SIMD4<Float>] = []
    /// Three vertex indices per triangle.
    var indices: [UInt32] = []
    /// One material per triangle.
    var materials: [MaterialID] = []
    /// Where each corner lies on its part's own surface, metres (along a limb, around it):
    /// what a coat's texture is drawn by, so it moves with the body. Zero where unused.
    var surface: [SIMD2<Float>] = []

    var triangleCount: Int { materials.count }

    @discardableResult
    mutating func addVertex(
        _ position: SIMD3<Float>, normal: SIMD3<Float>, color: SIMD3<Float>, sunlight: Float = 1, surface: SIMD2<Float> = .zero
    ) -> UInt32 {
        positions.append(position)
        normals.append(normal)
        colors.append(SIMD4(color, sunlight))
        self.surface.append(surface)
        return UInt32(positions.count - 1)
    }

    mutating func addTriangle(_ a: UInt32, _ b: UInt32, _ c: UInt32, material: MaterialID) {
        indices.append(a)
        indices.append(b)
        indices.append(c)
        materials.append(material)
    }

    mutating func append(_ other: Mesh) {
        let offset = UInt32(positions.count)
        positions += other.positions
        normals += other.normals
        colors += other.colors
        surface += other.surface
        indices += other.indices.map { $0 + offset }
        materials += other.materials
    }

    /// The triangles whose first corner passes `keep`, with only the vertices they use.
    func filtered(keeping keep: (SIMD3<Float>) -> Bool) -> Mesh {
        var result = Mesh()
        var remap = [UInt32?](repeating: nil, count: positions.count)
        for t in 0..<triangleCount where keep(positions[Int(indices[3 * t])]) {
            let corners = (0..<3).map { k -> UInt32 in
                let i = Int(indices[3 * t + k])
                if let mapped = remap[i] { return mapped }
                let mapped = result.addVertex(positions[i], normal: normals[i], color: SIMD3(colors[i].x, colors[i].y, colors[i].z), sunlight: colors[i].w,
                                              surface: surface[i])
                remap[i] = mapped
                return mapped
            }
            result.addTriangle(corners[0], corners[1], corners[2], material: materials[t])
        }
        return result
    }
}
