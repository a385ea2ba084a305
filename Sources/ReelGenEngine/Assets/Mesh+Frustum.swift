import Foundation

/// Round solids with flat tops, for tableware and layered food: plates, bowls, cups, cakes.
extension Mesh {
    /// A ring of sides from `bottomRadius` at `base` up to `topRadius` at `base + height`,
    /// smooth around, closed by a flat top in `topColor` (the soup in a bowl, the icing).
    mutating func addFrustum(
        base: SIMD3<Float>, height: Float, bottomRadius: Float, topRadius: Float,
        color: SIMD3<Float>, topColor: SIMD3<Float>? = nil, material: MaterialID, topMaterial: MaterialID? = nil, sides: Int = 28
    ) {
        let slope = (bottomRadius - topRadius) / height
        let lift = SIMD3<Float>(0, height, 0)
        var bottomRing: [UInt32] = [], topRing: [UInt32] = []
        for k in 0..<sides {
            let angle = Float(k) / Float(sides) * 2 * .pi
            let outward = SIMD3(cosf(angle), 0, sinf(angle))
            let normal = (outward + SIMD3(0, slope, 0)).normalized
            bottomRing.append(addVertex(base + outward * bottomRadius, normal: normal, color: color))
            topRing.append(addVertex(base + outward * topRadius + lift, normal: normal, color: color))
        }
        let center = addVertex(base + lift, normal: SIMD3(0, 1, 0), color: topColor ?? color)
        let rim = (0..<sides).map { k in
            let angle = Float(k) / Float(sides) * 2 * .pi
            return addVertex(base + SIMD3(cosf(angle), 0, sinf(angle)) * topRadius + lift, normal: SIMD3(0, 1, 0), color: topColor ?? color)
        }
        for k in 0..<sides {
            let next = (k + 1) % sides
            addTriangle(bottomRing[k], topRing[k], topRing[next], material: material)
            addTriangle(bottomRing[k], topRing[next], bottomRing[next], material: material)
            addTriangle(center, rim[next], rim[k], material: topMaterial ?? material)
        }
    }
}
