import Foundation

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

    /// Tips the vertices in `range` about the sideways axis through `pivot`, by
    /// `angle` radians (what is ahead rises): a body built on all fours sat up from its hips.
    mutating func pitch(_ range: Range<Int>, about pivot: SIMD3<Float>, by angle: Float) {
        let turn = Self.pitching(by: angle)
        for i in range {
            positions[i] = pivot + turn(positions[i] - pivot)
            normals[i] = turn(normals[i])
        }
    }

    /// The turn `pitch` makes, for a point or a direction.
    static func pitching(by angle: Float) -> @Sendable (SIMD3<Float>) -> SIMD3<Float> {
        let c = cosf(angle), s = sinf(angle)
        return { SIMD3($0.x, $0.y * c + $0.z * s, $0.z * c - $0.y * s) }
    }

    /// Draws the vertices in `range` closer along z to the plane at `pivot`, by `factor`: a
    /// body built long, hunched up short. Normals lean to match.
    mutating func shorten(_ range: Range<Int>, toward pivot: Float, by factor: Float) {
        for i in range {
            positions[i].z = pivot + (positions[i].z - pivot) * factor
            normals[i] = SIMD3(normals[i].x, normals[i].y, normals[i].z / factor).normalized
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
