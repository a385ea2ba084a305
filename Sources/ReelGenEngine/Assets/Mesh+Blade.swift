import Foundation

/// Thin, leafy shapes: leaves, petals, fronds, and the leafy clumps of a crown.
extension Mesh {
    /// A leaf or petal: a blade from `base` along `direction`, `width` at its widest, its face
    /// toward `facing`, cupped along its midrib by `fold` (edges raised toward the face) and
    /// bending by `droop` (a vector, in lengths) toward its tip. Two-sided, so one sheet serves.
    mutating func addBlade(
        base: SIMD3<Float>, direction: SIMD3<Float>, facing: SIMD3<Float>, length: Float, width: Float,
        droop: SIMD3<Float> = .zero, fold: Float = 0.15, color: SIMD3<Float>, tipColor: SIMD3<Float>? = nil, segments: Int = 4
    ) {
        let side = direction.cross(facing).normalized
        var previous: (left: UInt32, middle: UInt32, right: UInt32)?
        for i in 0...segments {
            let t = Float(i) / Float(segments)
            let center = base + (direction * t + droop * (t * t)) * length
            let tangent = (direction + droop * (2 * t)).normalized
            let face = tangent.cross(side).dot(facing) >= 0 ? tangent.cross(side) : side.cross(tangent)
            // Widest a little below the middle, narrowing to a stalk and a point.
            let halfWidth = width * 0.5 * sinf(.pi * powf(t, 0.8))
            let lift = face * (fold * halfWidth)
            let tint = tipColor.map { color.mixed(with: $0, t * t) } ?? color
            let left = addVertex(center - side * halfWidth + lift, normal: (face + side * fold).normalized, color: tint)
            let middle = addVertex(center, normal: face, color: tint * 0.9)
            let right = addVertex(center + side * halfWidth + lift, normal: (face - side * fold).normalized, color: tint)
            if let previous {
                addTriangle(previous.left, left, middle, material: .foliage)
                addTriangle(previous.left, middle, previous.middle, material: .foliage)
                addTriangle(previous.middle, middle, right, material: .foliage)
                addTriangle(previous.middle, right, previous.right, material: .foliage)
            }
            previous = (left, middle, right)
        }
    }

    /// A flat round patch facing `normal`: a spot painted on a surface it floats just above.
    mutating func addDisc(center: SIMD3<Float>, radius: Float, normal: SIMD3<Float>, color: SIMD3<Float>, material: MaterialID, sides: Int = 10) {
        let across = normal.cross(abs(normal.y) < 0.9 ? SIMD3(0, 1, 0) : SIMD3(1, 0, 0)).normalized
        let up = across.cross(normal)
        let hub = addVertex(center, normal: normal, color: color)
        for side in 0..<sides {
            let angle = Float(side) / Float(sides) * 2 * .pi
            addVertex(center + (across * cosf(angle) + up * sinf(angle)) * radius, normal: normal, color: color)
            addTriangle(hub, hub + 1 + UInt32(side), hub + 1 + UInt32((side + 1) % sides), material: material)
        }
    }

    /// A round lump `radius` across, flattened along `axis` by `squash`.
    mutating func addBall(center: SIMD3<Float>, radius: Float, axis: SIMD3<Float> = SIMD3(0, 1, 0), squash: Float = 1,
                          color: SIMD3<Float>, material: MaterialID, sides: Int = 10) {
        let half = axis * (radius * 0.35 * squash)
        addTube(Tube(points: [center - half, center + half], radii: [radius, radius], color: color, material: material,
                     up: axis, squash: SIMD2(1, squash), subdivisions: 1, sides: sides))
    }

    /// A clump of leaves in a crown: a dark, lumpy core that fills it, covered in leaves that
    /// lie along its surface and break its outline, each a little different in colour.
    mutating func addLeafCluster(center: SIMD3<Float>, radius: Float, color: SIMD3<Float>, random: inout SeededGenerator, leaves: Int = 40) {
        addBall(center: center, radius: radius * 0.8, squash: 0.8, color: color * 0.5, material: .foliage, sides: 9)
        for _ in 0..<leaves {
            let yaw = random.value(0, 2 * .pi), rise = random.value(-0.4, 1)
            let outward = SIMD3(cosf(yaw) * (1 - rise * rise).squareRoot(), rise, sinf(yaw) * (1 - rise * rise).squareRoot())
            let base = center + outward * (radius * random.value(0.7, 0.9)) * SIMD3(1, 0.8, 1)
            let tangent = outward.cross(SIMD3(random.value(-1, 1), random.value(-1, 1), random.value(-1, 1))).normalized
            let along = (tangent + outward * 0.45).normalized
            // Leaves facing the sky catch more light than those hanging under the crown.
            let shade = random.value(0.7, 1.1) * (0.8 + 0.25 * max(rise, 0))
            addBlade(base: base, direction: along, facing: outward, length: radius * 0.42, width: radius * 0.24,
                     fold: 0.1, color: color * shade, segments: 2)
        }
    }
}
