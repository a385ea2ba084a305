/// A jet airliner from smooth tubes: fuselage, swept wings and tailplane flattened into
/// aerofoils, a tall fin and two engines under the wings. Designed 30 m long, origin at
/// the middle of the fuselage; it banks into turns and ignores wing beats.
struct PlaneModel: Sendable {
    var palette: CreaturePalette

    func mesh(for pose: ActorPose, length: Float) -> Mesh {
        let frame = BodyFrame(origin: pose.position, forward: pose.forward, bank: pose.bank, scale: length / 30)
        var mesh = Mesh()
        mesh.addTube(Tube(points: [SIMD3(0, 0.3, -15), SIMD3(0, 0.2, -11), SIMD3(0, 0, 8), SIMD3(0, -0.15, 14.6)],
                          radii: [0.35, 1.8, 1.9, 0.85], color: palette.skin, undersideColor: palette.belly, material: .metal, sides: 18))
        for side: Float in [-1, 1] {
            // Wings and tailplane: spines run out to the tips, the cross-section is a thin chord.
            mesh.addTube(Tube(points: [SIMD3(0, -0.6, 1.5), SIMD3(side * 7, -0.2, -1.5), SIMD3(side * 14.5, 0.5, -4.5)],
                              radii: [1.5, 0.95, 0.4], color: palette.skin, undersideColor: palette.belly, material: .metal,
                              squash: SIMD2(2.4, 0.14), sides: 10))
            mesh.addTube(Tube(points: [SIMD3(0, 0.4, -12.5), SIMD3(side * 5.2, 0.7, -14.6)], radii: [0.9, 0.35], color: palette.skin,
                              material: .metal, squash: SIMD2(2.2, 0.14), sides: 10))
            mesh.addTube(Tube(points: [SIMD3(side * 5.2, -1.5, 3.2), SIMD3(side * 5.2, -1.5, 0.8), SIMD3(side * 5.2, -1.4, -0.6)],
                              radii: [0.75, 0.8, 0.55], color: palette.horn, material: .metal, sides: 14))
        }
        mesh.addTube(Tube(points: [SIMD3(0, 1.2, -11), SIMD3(0, 3.8, -13.4), SIMD3(0, 6.2, -15.2)], radii: [1.6, 1.1, 0.6],
                          color: palette.membrane, material: .metal, up: SIMD3(1, 0, 0), squash: SIMD2(1.9, 0.13), sides: 10))
        mesh.place(in: frame)
        return mesh
    }
}
