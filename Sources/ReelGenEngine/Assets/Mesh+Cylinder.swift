import Foundation

extension Mesh {
    /// A closed cylinder from `a` to `b` with flat ends: wheels and discs, which a tube's
    /// rounded ends would turn into balls.
    mutating func addCylinder(from a: SIMD3<Float>, to b: SIMD3<Float>, radius: Float, color: SIMD3<Float>, material: MaterialID, sides: Int = 18) {
        let axis = (b - a).normalized
        let reference: SIMD3<Float> = abs(axis.y) < 0.9 ? SIMD3(0, 1, 0) : SIMD3(1, 0, 0)
        let across = reference.cross(axis).normalized, up = axis.cross(across)
        let outward = (0..<sides).map { k in
            let angle = Float(k) / Float(sides) * 2 * .pi
            return across * cosf(angle) + up * sinf(angle)
        }
        let sideA = outward.map { addVertex(a + $0 * radius, normal: $0, color: color) }
        let sideB = outward.map { addVertex(b + $0 * radius, normal: $0, color: color) }
        for k in 0..<sides {
            let next = (k + 1) % sides
            addTriangle(sideA[k], sideB[k], sideB[next], material: material)
            addTriangle(sideA[k], sideB[next], sideA[next], material: material)
        }
        for (center, normal) in [(a, -axis), (b, axis)] {
            let hub = addVertex(center, normal: normal, color: color)
            let rim = outward.map { addVertex(center + $0 * radius, normal: normal, color: color) }
            for k in 0..<sides { addTriangle(hub, rim[k], rim[(k + 1) % sides], material: material) }
        }
    }
}
