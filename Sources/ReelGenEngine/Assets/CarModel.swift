/// A car from flattened, rounded tubes (never a box): body, glasshouse, four wheels and
/// glowing lamps. Designed 4.4 m long, origin at the body's centre.
struct CarModel: Sendable {
    var palette: CreaturePalette

    func mesh(for pose: ActorPose, length: Float) -> Mesh {
        let frame = BodyFrame(origin: pose.position, forward: pose.forward, bank: 0, scale: length / 4.4)
        var mesh = Mesh()
        mesh.addTube(Tube(points: [SIMD3(0, 0, -2.1), SIMD3(0, 0.05, -1.2), SIMD3(0, 0.05, 1.0), SIMD3(0, -0.02, 2.1)],
                          radii: [0.5, 0.58, 0.58, 0.45], color: palette.skin, material: .metal, squash: SIMD2(1.55, 0.62), sides: 16))
        mesh.addTube(Tube(points: [SIMD3(0, 0.42, -1.1), SIMD3(0, 0.55, -0.4), SIMD3(0, 0.52, 0.5)], radii: [0.4, 0.5, 0.35],
                          color: SIMD3(0.02, 0.025, 0.03), material: .glass, squash: SIMD2(1.55, 0.55), sides: 14))
        for (x, z) in [(Float(-0.78), Float(1.35)), (0.78, 1.35), (-0.78, -1.3), (0.78, -1.3)] {
            mesh.addTube(Tube(points: [SIMD3(x * 0.85, -0.3, z), SIMD3(x * 1.12, -0.3, z)], radii: [0.34, 0.34],
                              color: SIMD3(0.015, 0.015, 0.015), up: SIMD3(0, 0, 1), subdivisions: 1, sides: 14))
        }
        for side: Float in [-1, 1] {
            let lamp = SIMD3<Float>(side * 0.6, 0.05, 2.12)
            mesh.addTube(Tube(points: [lamp, lamp + SIMD3(0, 0, 0.04)], radii: [0.1, 0.1], color: SIMD3(1, 0.95, 0.8), material: .eye,
                              subdivisions: 1, sides: 8))
            let rear = SIMD3<Float>(side * 0.62, 0.05, -2.14)
            mesh.addTube(Tube(points: [rear, rear - SIMD3(0, 0, 0.04)], radii: [0.08, 0.08], color: SIMD3(1, 0.05, 0.02), material: .eye,
                              subdivisions: 1, sides: 8))
        }
        mesh.place(in: frame)
        return mesh
    }
}
