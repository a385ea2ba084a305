extension Mesh {
    /// Stitches vertices laid out as `rings` rings of `spokes` each (ring-major, starting
    /// at index 0, each ring closing on itself) into two triangles per cell, and fans the
    /// innermost ring in to `hub`: without it the grid has a hole at its centre, which a
    /// camera passing over it sees as a pit down to whatever lies below.
    mutating func addPolarGridTriangles(rings: Int, spokes: Int, hub: UInt32, material: MaterialID) {
        indices.reserveCapacity(indices.count + (rings - 1) * spokes * 6 + spokes * 3)
        for spoke in 0..<spokes {
            addTriangle(hub, UInt32(spoke), UInt32((spoke + 1) % spokes), material: material)
        }
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
