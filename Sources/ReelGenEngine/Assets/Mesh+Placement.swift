/// Placing a model built in local space.
extension Mesh {
    /// Moves a model built in local space into the world.
    mutating func place(in frame: BodyFrame) {
        for i in positions.indices {
            positions[i] = frame.toWorld(positions[i])
            let n = normals[i]
            normals[i] = frame.right * n.x + frame.up * n.y + frame.forward * n.z
            surface[i] *= frame.scale
        }
    }

    /// Grows the vertices from `first` on by `factor` about `center`: a part made after the
    /// rest (a child's head) resized without rebuilding it. Uniform, so normals keep.
    mutating func scale(from first: Int, about center: SIMD3<Float>, by factor: Float) {
        for i in first..<positions.count {
            positions[i] = center + (positions[i] - center) * factor
            surface[i] *= factor
        }
    }
}
