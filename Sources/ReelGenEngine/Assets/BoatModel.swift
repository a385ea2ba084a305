/// A motor yacht from smooth tubes: a glossy hull that is dark below the boot stripe, a
/// cabin with a band of dark windows, and a short mast. Designed 9 m long, origin on the
/// hull's centreline `freeboard` metres above the water.
struct BoatModel: Sendable {
    var palette: CreaturePalette
    static let freeboard: Float = 0.3

    func mesh(for pose: ActorPose, length: Float) -> Mesh {
        let frame = BodyFrame(origin: pose.position, forward: pose.forward, bank: pose.bank, scale: length / 9)
        var mesh = Mesh()
        mesh.addTube(Tube(points: [SIMD3(0, 0.05, -4.3), SIMD3(0, 0, -2.5), SIMD3(0, 0, 0.5), SIMD3(0, 0.15, 3), SIMD3(0, 0.5, 4.6)],
                          radii: [1.15, 1.35, 1.35, 0.9, 0.12], color: palette.skin, undersideColor: palette.belly, material: .metal,
                          squash: SIMD2(1.25, 0.62), sides: 20))
        mesh.addTube(Tube(points: [SIMD3(0, 0.72, -2.3), SIMD3(0, 0.8, -0.2), SIMD3(0, 0.72, 1.6)], radii: [0.75, 0.85, 0.5],
                          color: palette.membrane, material: .skin, squash: SIMD2(1.2, 0.6), sides: 16))
        mesh.addTube(Tube(points: [SIMD3(0, 1.08, -1.7), SIMD3(0, 1.12, -0.3), SIMD3(0, 1.02, 1.0)], radii: [0.6, 0.68, 0.38],
                          color: palette.eye, material: .glass, squash: SIMD2(1.2, 0.5), sides: 16))
        mesh.addTube(Tube(points: [SIMD3(0, 1.3, -0.6), SIMD3(0, 3.6, -0.8)], radii: [0.06, 0.04], color: palette.membrane,
                          material: .metal, up: SIMD3(0, 0, 1), subdivisions: 1, sides: 6))
        mesh.place(in: frame)
        return mesh
    }
}
