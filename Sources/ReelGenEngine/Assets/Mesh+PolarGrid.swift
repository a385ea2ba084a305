extension Mesh {
    /// Stitches vertices laid out as `rings` rings of `spokes` each (ring-major, starting
    /// at index 0, each ring closing on itself) into two triangles per cell.
    mutating func addPolarGridTriangles(rings: Int, spokes: Int, material: MaterialID) {
        indices.reserveCapacity(indices.count + (rings - 1) * spokes * 6)
        for ring in 0..<(rings - 1) {
            for spoke in 0..<spokes {
                let next = (spoke + 1) % spokes
                let a = UInt32(ring * spokes + spoke), b = UInt32(ring * spokes + next)
                let c = UInt32((ring + 1) * spokes + spoke), d = UInt32((ring + 1) * spokes + next)
                addTriangle(a, c, d, material: material)
                addTriangle(a, d, b, material: material)
            }
        }
    }
}
