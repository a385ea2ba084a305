/// Placing a model built in local space.
extension Mesh {
    /// Moves a model built in local space into the world.
    mutating func place(in frame: BodyFrame) {
        for i in positions.indices {
            positions[i] = frame.toWorld(positions[i])
            let n = normals[i]
            normals[i] = frame.right * n.x + frame.up * n.y + frame.forward * n.z
        }
    }
}
