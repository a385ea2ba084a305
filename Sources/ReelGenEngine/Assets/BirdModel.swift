import Foundation

/// A bird from an ellipsoid body, a beak, a fanned tail and two-part flapping wings.
/// Designed 1 m long.
struct BirdModel: Sendable {
    var palette: CreaturePalette
    /// From the body's centre to the feet, in body lengths, for a bird on its feet.
    static let legLength: Float = 0.24

    func mesh(for pose: ActorPose, length: Float) -> Mesh {
        let frame = BodyFrame(origin: pose.position, forward: pose.forward, bank: pose.bank, scale: length)
        var mesh = Mesh()
        // Afloat, a bird holds its neck up and its head above the breast, like a duck or swan.
        let head = pose.wingsFolded ? SIMD3<Float>(0, 0.3, 0.36) : SIMD3(0, 0.1, 0.38)
        mesh.addTube(Tube(points: [SIMD3(0, 0, -0.35), SIMD3(0, 0.02, 0), SIMD3(0, 0.06, 0.25)] + (pose.wingsFolded ? [SIMD3(0, 0.2, 0.32)] : []) + [head],
                          radii: [0.05, 0.11, 0.09] + (pose.wingsFolded ? [0.045] : []) + [0.06], color: palette.skin, undersideColor: palette.belly, material: .fur, sides: 10))
        mesh.addTube(Tube(points: [head + SIMD3(0, 0, 0.04), head + SIMD3(0, -0.02, 0.17)], radii: [0.03, 0.002], color: palette.horn,
                          material: .bone, subdivisions: 1, sides: 6))
        let phase = pose.flapPhase
        for side: Float in [-1, 1] {
            let inner = 0.2 + 0.9 * pose.flapAmplitude * sinf(phase)
            let outer = inner + 0.5 * pose.flapAmplitude * sinf(phase - 0.8)
            let shoulder = SIMD3<Float>(side * 0.07, 0.05, 0.05)
            // Folded, the wing lies along the flank and back; open, it spreads and beats.
            let elbow = pose.wingsFolded ? shoulder + SIMD3(side * 0.05, 0.03, -0.22) : shoulder + SIMD3(side * cosf(inner), sinf(inner), 0) * 0.35
            let tip = pose.wingsFolded ? elbow + SIMD3(side * -0.02, 0.04, -0.22) : elbow + SIMD3(side * cosf(outer), sinf(outer), -0.3) * 0.4
            for (a, b, c) in [(shoulder, elbow, shoulder + SIMD3(0, 0, -0.22)), (elbow, tip, elbow + SIMD3(0, 0, -0.2)),
                              (shoulder + SIMD3(0, 0, -0.22), elbow, elbow + SIMD3(0, 0, -0.2))] {
                let n = (b - a).cross(c - a).normalized
                let i = mesh.addVertex(a, normal: n, color: palette.skin)
                let j = mesh.addVertex(b, normal: n, color: palette.skin)
                let k = mesh.addVertex(c, normal: n, color: palette.membrane)
                mesh.addTriangle(i, j, k, material: .membrane)
            }
        }
        let tail = [SIMD3<Float>(0, 0, -0.3), SIMD3(-0.12, -0.02, -0.55), SIMD3(0.12, -0.02, -0.55)]
        let n = SIMD3<Float>(0, 1, 0)
        let a = mesh.addVertex(tail[0], normal: n, color: palette.skin)
        let b = mesh.addVertex(tail[1], normal: n, color: palette.skin)
        let c = mesh.addVertex(tail[2], normal: n, color: palette.skin)
        mesh.addTriangle(a, b, c, material: .membrane)
        if pose.onFeet {
            // Two thin legs that step with the gait, the colour of the beak.
            for side: Float in [-1, 1] {
                let step = sinf(pose.gaitPhase + (side > 0 ? 0 : .pi)) * 0.06 * pose.stride
                let hip = SIMD3<Float>(side * 0.04, -0.06, 0.02), foot = SIMD3<Float>(side * 0.045, -Self.legLength, 0.03 + step)
                mesh.addTube(Tube(points: [hip, foot, foot + SIMD3(0, 0, 0.06)], radii: [0.018, 0.01, 0.008], color: palette.horn,
                                  subdivisions: 1, sides: 5))
            }
        }
        mesh.place(in: frame)
        return mesh
    }
}
