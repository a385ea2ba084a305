import Foundation

/// A boat from smooth tubes, in the style its word names: a motor yacht (glossy hull dark
/// below the boot stripe, a cabin with a band of dark windows, a short mast), a sailboat (a
/// low coachroof, a tall mast, a mainsail and a jib bellied by the wind), or a paddled boat
/// (low, open, with thwarts and no cabin), or a ship (a long, high hull, decks of windows
/// stacked amidships, a funnel: a cruise ship, a ferry, a freighter). Designed 9 m long, origin on the hull's centreline
/// `freeboard` metres above the water.
struct BoatModel: Sendable {
    enum Style: String, Sendable {
        case motor, sail, paddle, ship

        /// The form of the subject's catalogue row ("a yacht", "a kayak boat"), except that a
        /// wooden or small boat is paddled unless it has sails.
        init(_ subject: Subject, entry: CatalogueEntry?) {
            let style = entry?.form.flatMap(Self.init(rawValue:)) ?? .motor
            let paddled = subject.attributes.contains { $0.lowercased() == "wooden" } || subject.size == .small || subject.size == .tiny
            self = style == .motor && paddled ? .paddle : style
        }
    }

    var style: Style = .motor
    var palette: CreaturePalette
    static let freeboard: Float = 0.3
    /// A canoe or rowing boat is about 5 m long, not a yacht's 9.
    static let paddledLength: Float = 0.55

    /// Where people ride a boat `length` metres long, as offsets from its origin (right,
    /// up to the hips, forward): seated on the thwarts of a paddled boat, standing on the
    /// afterdeck of any other.
    static func seats(style: Style, length: Float) -> [(offset: SIMD3<Float>, seated: Bool)] {
        let scale = length / 9
        switch style {
        case .paddle:
            return [1.5, -1.5].map { z in (SIMD3(0, 0.29 * scale + 0.08, z * scale), true) }
        case .motor, .sail, .ship:
            return [SIMD2<Float>(0, -2.7), SIMD2(0.5, -2.4), SIMD2(-0.5, -2.4)].map { spot in
                (SIMD3(spot.x * scale, 0.75 * scale + 0.92, spot.y * scale), false)
            }
        }
    }

    func mesh(for pose: ActorPose, length: Float) -> Mesh {
        let frame = BodyFrame(origin: pose.position, forward: pose.forward, bank: pose.bank, scale: length / 9)
        var mesh = Mesh()
        switch style {
        case .motor: addMotorYacht(to: &mesh)
        case .sail: addSailboat(to: &mesh, time: pose.time)
        case .paddle: addOpenBoat(to: &mesh)
        case .ship: addShip(to: &mesh)
        }
        mesh.place(in: frame)
        return mesh
    }

    private func addHull(to mesh: inout Mesh) {
        mesh.addTube(Tube(points: [SIMD3(0, 0.05, -4.3), SIMD3(0, 0, -2.5), SIMD3(0, 0, 0.5), SIMD3(0, 0.15, 3), SIMD3(0, 0.5, 4.6)],
                          radii: [1.15, 1.35, 1.35, 0.9, 0.12], color: palette.skin, undersideColor: palette.belly, material: .metal,
                          squash: SIMD2(1.25, 0.62), sides: 20))
    }

    private func addMotorYacht(to mesh: inout Mesh) {
        addHull(to: &mesh)
        mesh.addTube(Tube(points: [SIMD3(0, 0.72, -2.3), SIMD3(0, 0.8, -0.2), SIMD3(0, 0.72, 1.6)], radii: [0.75, 0.85, 0.5],
                          color: palette.membrane, material: .skin, squash: SIMD2(1.2, 0.6), sides: 16))
        mesh.addTube(Tube(points: [SIMD3(0, 1.08, -1.7), SIMD3(0, 1.12, -0.3), SIMD3(0, 1.02, 1.0)], radii: [0.6, 0.68, 0.38],
                          color: palette.eye, material: .glass, squash: SIMD2(1.2, 0.5), sides: 16))
        mesh.addTube(Tube(points: [SIMD3(0, 1.3, -0.6), SIMD3(0, 3.6, -0.8)], radii: [0.06, 0.04], color: palette.membrane,
                          material: .metal, up: SIMD3(0, 0, 1), subdivisions: 1, sides: 6))
    }

    /// A high hull, three decks stepping back amidships, each with its band of windows, and
    /// a funnel in `horn` aft of them.
    private func addShip(to mesh: inout Mesh) {
        mesh.addTube(Tube(points: [SIMD3(0, 0.1, -4.4), SIMD3(0, 0.1, -3), SIMD3(0, 0.1, 2), SIMD3(0, 0.25, 3.6), SIMD3(0, 0.6, 4.6)],
                          radii: [0.8, 0.95, 0.95, 0.7, 0.12], color: palette.skin, undersideColor: palette.belly, material: .metal,
                          squash: SIMD2(1, 0.95), sides: 16))
        for (deck, width) in [Float(1.55), 1.35, 1.1].enumerated() {
            let bottom = 0.75 + Float(deck) * 0.36, aft = -3.2 + Float(deck) * 0.3, fore = 2.2 - Float(deck) * 0.6
            mesh.addBox(center: SIMD3(0, bottom + 0.17, (aft + fore) / 2), size: SIMD3(width, 0.34, fore - aft), color: palette.membrane, material: .metal)
            mesh.addBox(center: SIMD3(0, bottom + 0.2, (aft + fore) / 2), size: SIMD3(width + 0.02, 0.1, fore - aft - 0.2), color: palette.eye, material: .glass)
        }
        mesh.addTube(Tube(points: [SIMD3(0, 1.8, -1.8), SIMD3(0, 2.5, -2.0)], radii: [0.28, 0.24], color: palette.horn, material: .metal,
                          up: SIMD3(0, 0, 1), subdivisions: 1, sides: 12))
    }

    /// The sails swell and ease a little with the gusts (`time` in seconds).
    private func addSailboat(to mesh: inout Mesh, time: Float) {
        addHull(to: &mesh)
        mesh.addTube(Tube(points: [SIMD3(0, 0.7, -1.8), SIMD3(0, 0.75, -0.6), SIMD3(0, 0.7, 0.4)], radii: [0.6, 0.7, 0.45],
                          color: palette.membrane, material: .skin, squash: SIMD2(1.2, 0.4), sides: 12))
        mesh.addTube(Tube(points: [SIMD3(0, 0.6, 0.8), SIMD3(0, 11, 0.8)], radii: [0.09, 0.05], color: palette.horn * 0.5,
                          material: .metal, up: SIMD3(0, 0, 1), subdivisions: 1, sides: 6))
        mesh.addTube(Tube(points: [SIMD3(0, 1.75, 0.8), SIMD3(0, 1.75, -3.6)], radii: [0.07, 0.05], color: palette.horn * 0.5,
                          material: .metal, subdivisions: 1, sides: 6))
        let belly = 0.45 + 0.06 * sinf(time * 1.7)
        let cloth = palette.membrane
        addSail(to: &mesh, head: SIMD3(0, 10.7, 0.75), tack: SIMD3(0, 1.9, 0.7), clew: SIMD3(0, 1.9, -3.5), belly: belly, color: cloth)
        addSail(to: &mesh, head: SIMD3(0, 9.2, 0.85), tack: SIMD3(0, 0.9, 4.3), clew: SIMD3(0, 1.3, 1.3), belly: belly * 0.7, color: cloth)
    }

    /// A triangle of cloth between its three corners, pushed sideways (+x, to leeward) by
    /// up to `belly` metres in the middle; two-sided, so it reads from either side.
    private func addSail(to mesh: inout Mesh, head: SIMD3<Float>, tack: SIMD3<Float>, clew: SIMD3<Float>, belly: Float, color: SIMD3<Float>) {
        let rows = 6
        func point(_ a: Float, _ b: Float) -> SIMD3<Float> {
            let c = 1 - a - b
            return tack + (head - tack) * a + (clew - tack) * b + SIMD3(belly * 27 * a * b * max(c, 0), 0, 0)
        }
        var ids: [[UInt32]] = []
        for i in 0...rows {
            var row: [UInt32] = []
            for j in 0...(rows - i) {
                let a = Float(i) / Float(rows), b = Float(j) / Float(rows)
                let along = point(a + 0.01, b) - point(a - 0.01, b), across = point(a, b + 0.01) - point(a, b - 0.01)
                row.append(mesh.addVertex(point(a, b), normal: along.cross(across).normalized, color: color))
            }
            ids.append(row)
        }
        for i in 0..<rows {
            for j in 0..<(rows - i) {
                mesh.addTriangle(ids[i][j], ids[i + 1][j], ids[i][j + 1], material: .cloth)
                if j + 1 < rows - i { mesh.addTriangle(ids[i + 1][j], ids[i + 1][j + 1], ids[i][j + 1], material: .cloth) }
            }
        }
    }

    /// Low sides, an open well shown by its dark floor between the gunwales, and two thwarts.
    private func addOpenBoat(to mesh: inout Mesh) {
        let keel = [SIMD3<Float>(0, 0.2, -4.4), SIMD3(0, -0.12, -3.2), SIMD3(0, -0.18, 0), SIMD3(0, -0.12, 3.2), SIMD3(0, 0.2, 4.4)]
        mesh.addTube(Tube(points: keel, radii: [0.05, 0.55, 0.72, 0.55, 0.05], color: palette.skin, undersideColor: palette.belly,
                          material: .bark, squash: SIMD2(1, 0.5), sides: 16))
        let well = [SIMD3<Float>(0, 0.22, -4.2), SIMD3(0, 0.2, -3.2), SIMD3(0, 0.19, 0), SIMD3(0, 0.2, 3.2), SIMD3(0, 0.22, 4.2)]
        mesh.addTube(Tube(points: well, radii: [0.02, 0.45, 0.6, 0.45, 0.02], color: palette.membrane,
                          material: .bark, squash: SIMD2(1, 0.05), sides: 12))
        for side: Float in [-1, 1] {
            let rim = [SIMD3<Float>(0, 0.3, -4.4), SIMD3(side * 0.48, 0.24, -3.2), SIMD3(side * 0.66, 0.24, 0), SIMD3(side * 0.48, 0.24, 3.2), SIMD3(0, 0.3, 4.4)]
            mesh.addTube(Tube(points: rim, radii: [0.04, 0.07, 0.07, 0.07, 0.04], color: palette.skin, material: .bark, subdivisions: 2, sides: 6))
        }
        for z: Float in [-1.5, 1.5] {
            mesh.addBox(center: SIMD3(0, 0.26, z), size: SIMD3(1.25, 0.05, 0.25), color: palette.horn, material: .bark)
        }
    }
}
