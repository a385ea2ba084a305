/// Flat-shaded boxes for man-made things (buildings, walls, signs), where hard edges are right.
extension Mesh {
    mutating func addBox(center: SIMD3<Float>, size: SIMD3<Float>, yaw: Float = 0, color: SIMD3<Float>, material: MaterialID, sunlight: Float = 1) {
        let half = size * 0.5
        let faces: [(SIMD3<Float>, SIMD3<Float>, SIMD3<Float>)] = [
            (SIMD3(1, 0, 0), SIMD3(0, 1, 0), SIMD3(0, 0, 1)), (SIMD3(-1, 0, 0), SIMD3(0, 1, 0), SIMD3(0, 0, -1)),
            (SIMD3(0, 0, 1), SIMD3(0, 1, 0), SIMD3(-1, 0, 0)), (SIMD3(0, 0, -1), SIMD3(0, 1, 0), SIMD3(1, 0, 0)),
            (SIMD3(0, 1, 0), SIMD3(0, 0, 1), SIMD3(1, 0, 0)),
        ]
        for (normal, up, across) in faces {
            let centerOfFace = normal * half
            let extentUp = up * half, extentAcross = across * half
            let corners = [centerOfFace - extentUp - extentAcross, centerOfFace - extentUp + extentAcross,
                           centerOfFace + extentUp + extentAcross, centerOfFace + extentUp - extentAcross]
            let n = normal.rotatedAboutY(yaw)
            let shade: Float = normal.y > 0 ? 1 : 0.97
            let first = corners.map { addVertex(center + $0.rotatedAboutY(yaw), normal: n, color: color * shade, sunlight: sunlight) }
            addTriangle(first[0], first[1], first[2], material: material)
            addTriangle(first[0], first[2], first[3], material: material)
        }
    }
}
