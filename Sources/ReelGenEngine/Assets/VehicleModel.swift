import Foundation

/// Road and rail vehicles, each after its kind: a car from flattened, rounded tubes; a bus,
/// a lorry, a tractor, a tram or a train of carriages with window bands and wheels; a
/// motorcycle or a bicycle with its rider aboard. Each form is designed at its real length
/// (`Form.length`), origin at the body's centre, `Form.centreHeight` above the road.
struct VehicleModel: Sendable {
    enum Form: String, Sendable, Equatable, CatalogueForm {
        case car, bus, truck, tractor, tram, train, motorcycle, bicycle

        static let usual = Form.car

        /// Bumper to bumper, metres.
        var length: Float {
            switch self {
            case .car: 4.4
            case .bus: 12
            case .truck: 8
            case .tractor: 4.2
            case .tram: 28
            case .train: 64
            case .motorcycle: 2.1
            case .bicycle: 1.8
            }
        }

        /// Height of the origin above the road, metres.
        var centreHeight: Float {
            switch self {
            case .car: 0.64
            case .bus, .tram: 1.7
            case .truck: 1.8
            case .tractor: 1.2
            case .train: 2.2
            case .motorcycle, .bicycle: 0.6
            }
        }

        /// Height of the origin above the road as a share of the length.
        var centreShare: Float { centreHeight / length }

        /// Whether it runs on a track (`SceneBuilder.railway` lays one).
        var onRails: Bool { self == .train || self == .tram }

        /// Whether someone sits astride it, in the open.
        var isTwoWheeler: Bool { self == .motorcycle || self == .bicycle }

        /// Where a 1.75 m rider's hips sit, from the origin.
        var saddle: SIMD3<Float> { self == .bicycle ? SIMD3(0, 0.42, -0.2) : SIMD3(0, 0.3, -0.15) }
    }

    var form: Form
    var palette: CreaturePalette
    /// Whether the model seats its own rider: false when a person the prompt names rides it.
    var seatsOwnRider = true
    /// Emergency lights on the roof (`palette.membrane` is a truck's livery).
    var beacons = false

    /// Height of a rail's top above the ground, and the distance between the rails, metres.
    static let railTop: Float = 0.27
    static let gauge: Float = 1.44

    private static let tyre = SIMD3<Float>(0.015, 0.015, 0.015)
    private static let darkGlass = SIMD3<Float>(0.02, 0.025, 0.03)
    /// Metres from one side window to the next; a carriage's doors come every few panes.
    private static let paneSpacing: Float = 1.6
    private static let panesPerDoor = 4
    private static let steel = SIMD3<Float>(0.35, 0.36, 0.38)

    func mesh(for pose: ActorPose, length: Float) -> Mesh {
        let frame = BodyFrame(origin: pose.position, forward: pose.forward, bank: 0, scale: length / form.length)
        var mesh = Mesh()
        // Rail vehicles stand on their rails, which stand on the road's level.
        let ground = -form.centreHeight + (form.onRails ? Self.railTop : 0)
        switch form {
        case .car: addCar(to: &mesh)
        case .bus: addCarriage(to: &mesh, length: 11.8, height: 3.0, ground: ground, color: palette.skin, windows: 2, front: true, tail: true)
        case .tram: addTram(to: &mesh, ground: ground)
        case .train: addTrain(to: &mesh, ground: ground)
        case .truck: addTruck(to: &mesh, ground: ground)
        case .tractor: addTractor(to: &mesh, ground: ground)
        case .motorcycle, .bicycle: addTwoWheeler(to: &mesh, pose: pose, ground: ground)
        }
        if beacons, let roof = roof(ground: ground) { addBeacons(to: &mesh, on: roof, time: pose.time) }
        mesh.place(in: frame)
        return mesh
    }

    private func addCar(to mesh: inout Mesh) {
        mesh.addTube(Tube(points: [SIMD3(0, 0, -2.1), SIMD3(0, 0.05, -1.2), SIMD3(0, 0.05, 1.0), SIMD3(0, -0.02, 2.1)],
                          radii: [0.5, 0.58, 0.58, 0.45], color: palette.skin, material: .metal, squash: SIMD2(1.55, 0.62), sides: 16))
        mesh.addTube(Tube(points: [SIMD3(0, 0.42, -1.1), SIMD3(0, 0.55, -0.4), SIMD3(0, 0.52, 0.5)], radii: [0.4, 0.5, 0.35],
                          color: Self.darkGlass, material: .glass, squash: SIMD2(1.55, 0.55), sides: 14))
        for (x, z) in [(Float(-0.78), Float(1.35)), (0.78, 1.35), (-0.78, -1.3), (0.78, -1.3)] {
            addWheel(to: &mesh, at: SIMD3(x * 0.98, -0.3, z), radius: 0.34, width: 0.24)
        }
        addLamps(to: &mesh, front: 2.12, rear: -2.14, height: 0.05, spread: 0.6)
    }

    /// A long box on wheels with a band of windows down each side (two for a double
    /// decker): a bus, a tram section or a carriage; a windscreen and headlamps when it is
    /// the `front`, tail lamps when it is the `tail`.
    private func addCarriage(
        to mesh: inout Mesh, length: Float, height: Float, ground: Float, color: SIMD3<Float>, windows: Int, front: Bool, tail: Bool,
        at offset: Float = 0
    ) {
        let width: Float = 2.5, wheel: Float = 0.5
        let wheelSpread = form.onRails ? Self.gauge / 2 : width / 2 - 0.1
        let bottom = ground + wheel * 0.7, middle = bottom + height / 2
        mesh.addBox(center: SIMD3(0, middle, offset), size: SIMD3(width, height, length), color: color, material: .metal)
        // A pale roof and a dark skirt, so the box reads as a vehicle even at a distance.
        mesh.addBox(center: SIMD3(0, bottom + height + 0.06, offset), size: SIMD3(width * 0.96, 0.12, length * 0.98), color: SIMD3(0.6, 0.6, 0.6), material: .metal)
        mesh.addBox(center: SIMD3(0, bottom + 0.15, offset), size: SIMD3(width + 0.02, 0.3, length * 0.99), color: color * 0.35, material: .metal)
        // A row of panes down each side, pillars of paint between them; on rails, a pair of
        // doors down to the step every few panes, the way carriages are seen.
        let band = (height - 0.6) / Float(windows)
        let panes = max(Int(length * 0.9 / Self.paneSpacing), 1), spacing = length * 0.9 / Float(panes)
        for row in 0..<windows {
            let y = bottom + 0.55 + band * (Float(row) + 0.5)
            for pane in 0..<panes {
                let z = offset - length * 0.45 + spacing * (Float(pane) + 0.5)
                if form.onRails && pane % Self.panesPerDoor == Self.panesPerDoor / 2 {
                    let top = y + band * 0.275, foot = bottom + 0.2
                    mesh.addBox(center: SIMD3(0, (top + foot) / 2, z), size: SIMD3(width + 0.04, top - foot, spacing * 0.8), color: color * 0.55, material: .metal)
                    mesh.addBox(center: SIMD3(0, y + band * 0.05, z), size: SIMD3(width + 0.05, band * 0.4, spacing * 0.25), color: Self.darkGlass, material: .glass)
                } else {
                    mesh.addBox(center: SIMD3(0, y, z), size: SIMD3(width + 0.04, band * 0.55, spacing * 0.78), color: Self.darkGlass, material: .glass)
                }
            }
        }
        if front {
            mesh.addBox(center: SIMD3(0, bottom + height * 0.58, offset + length / 2 + 0.02), size: SIMD3(width * 0.9, height * 0.5, 0.04),
                        color: Self.darkGlass, material: .glass)
            addLamps(to: &mesh, at: offset + length / 2 + 0.05, height: bottom + 0.45, spread: 0.95, color: Self.headlamp)
        }
        if tail { addLamps(to: &mesh, at: offset - length / 2 - 0.05, height: bottom + 0.45, spread: 0.95, color: Self.taillamp) }
        for z in [offset - length * 0.33, offset + length * 0.33] {
            for side: Float in [-1, 1] { addWheel(to: &mesh, at: SIMD3(side * wheelSpread, ground + wheel, z), radius: wheel, width: 0.3) }
        }
    }

    /// Two articulated sections on rails, with a pantograph on the roof.
    private func addTram(to mesh: inout Mesh, ground: Float) {
        for (k, offset) in [Float(6.9), -6.9].enumerated() {
            addCarriage(to: &mesh, length: 13.6, height: 2.7, ground: ground, color: palette.skin, windows: 1, front: k == 0, tail: k == 1, at: offset)
        }
        let roof = ground + 0.35 + 2.7 + 0.12
        mesh.addTube(Tube(points: [SIMD3(0, roof, 6), SIMD3(0, roof + 0.9, 5), SIMD3(0, roof + 1.1, 6.5)], radii: [0.04, 0.04, 0.04],
                          color: Self.steel, material: .metal, subdivisions: 1, sides: 5))
    }

    /// A locomotive with a rounded nose and three carriages behind it.
    private func addTrain(to mesh: inout Mesh, ground: Float) {
        let carriage: Float = 15, gap: Float = 0.8, front = form.length / 2
        for k in 0..<4 {
            let centre = front - carriage / 2 - Float(k) * (carriage + gap)
            let color = k == 0 ? palette.skin : palette.skin.mixed(with: SIMD3(0.7, 0.7, 0.68), 0.6)
            addCarriage(to: &mesh, length: carriage, height: 3.4, ground: ground, color: color, windows: 1, front: k == 0, tail: k == 3, at: centre)
        }
        // The locomotive's nose: a rounded cap over the front.
        let bottom = ground + 0.35
        mesh.addTube(Tube(points: [SIMD3(0, bottom + 1.5, front - 0.4), SIMD3(0, bottom + 1.4, front + 0.9)], radii: [1.3, 0.6],
                          color: palette.skin, material: .metal, squash: SIMD2(0.95, 1.2), subdivisions: 2, sides: 14))
    }

    /// A cab up front and a tall cargo box behind, on three axles.
    /// A cargo box's plain grey, for a truck whose row gives no colour for it.
    static let plainBox = SIMD3<Float>(0.7, 0.7, 0.68)

    private func addTruck(to mesh: inout Mesh, ground: Float) {
        let wheel: Float = 0.5, bottom = ground + wheel * 0.9
        mesh.addBox(center: SIMD3(0, bottom + 1.2, 2.9), size: SIMD3(2.4, 2.4, 2.1), color: palette.skin, material: .metal)
        mesh.addBox(center: SIMD3(0, bottom + 1.65, 3.96), size: SIMD3(2.2, 0.9, 0.04), color: Self.darkGlass, material: .glass)
        mesh.addBox(center: SIMD3(0, bottom + 1.55, -1.05), size: SIMD3(2.5, 3.0, 5.7), color: palette.belly, material: .metal)
        mesh.addBox(center: SIMD3(0, bottom + 0.1, 0), size: SIMD3(1.2, 0.25, 7.8), color: SIMD3(0.05, 0.05, 0.05), material: .metal)
        for z: Float in [2.9, -1.9, -3.1] {
            for side: Float in [-1, 1] { addWheel(to: &mesh, at: SIMD3(side * 1.1, ground + wheel, z), radius: wheel, width: 0.35) }
        }
        addLamps(to: &mesh, front: 3.96, rear: -3.92, height: bottom + 0.3, spread: 0.95)
        if palette.membrane != .zero {
            // A livery: a band down each side of the cab and the box, and a cross on the
            // roof that reads from the air.
            for side: Float in [-1, 1] {
                mesh.addBox(center: SIMD3(side * 1.26, bottom + 1.0, -1.05), size: SIMD3(0.02, 0.4, 5.6), color: palette.membrane, material: .metal)
                mesh.addBox(center: SIMD3(side * 1.21, bottom + 1.0, 2.9), size: SIMD3(0.02, 0.4, 2.0), color: palette.membrane, material: .metal)
            }
            for size in [SIMD3<Float>(0.55, 0.02, 2.2), SIMD3(2.2, 0.02, 0.55)] {
                mesh.addBox(center: SIMD3(0, bottom + 3.06, -1.05), size: size, color: palette.membrane, material: .metal)
            }
        }
    }

    /// Where a roof that carries emergency lights is, above the driver; nil for a form that has none.
    private func roof(ground: Float) -> SIMD3<Float>? {
        switch form {
        case .car: SIMD3(0, 0.84, -0.3)
        case .truck: SIMD3(0, ground + 0.45 + 2.4, 2.9)
        case .bus: SIMD3(0, ground + 0.35 + 3.12, 5)
        default: nil
        }
    }

    /// A light bar across the roof: a red lamp and a blue one, flashing in turn twice a second.
    private func addBeacons(to mesh: inout Mesh, on roof: SIMD3<Float>, time: Float) {
        mesh.addBox(center: roof + SIMD3(0, 0.04, 0), size: SIMD3(1.2, 0.08, 0.3), color: Self.steel * 0.3, material: .metal)
        let red = sinf(time * 4 * .pi) > 0
        for (side, color, lit) in [(Float(-1), Self.beaconRed, red), (1, Self.beaconBlue, !red)] {
            mesh.addBox(center: roof + SIMD3(side * 0.32, 0.13, 0), size: SIMD3(0.5, 0.1, 0.26), color: color * (lit ? 1 : 0.25), material: .eye)
        }
    }

    static let beaconRed = SIMD3<Float>(1, 0.02, 0.07)
    static let beaconBlue = SIMD3<Float>(0.05, 0.15, 1)

    /// A low bonnet, a glass cab and big rear wheels.
    private func addTractor(to mesh: inout Mesh, ground: Float) {
        mesh.addTube(Tube(points: [SIMD3(0, ground + 1.1, -0.6), SIMD3(0, ground + 1.05, 1.9)], radii: [0.55, 0.45], color: palette.skin,
                          material: .metal, squash: SIMD2(1, 0.9), subdivisions: 2, sides: 12))
        mesh.addBox(center: SIMD3(0, ground + 2.0, -0.9), size: SIMD3(1.5, 1.5, 1.5), color: Self.darkGlass, material: .glass)
        mesh.addBox(center: SIMD3(0, ground + 2.8, -0.9), size: SIMD3(1.6, 0.1, 1.6), color: palette.skin, material: .metal)
        for side: Float in [-1, 1] {
            addWheel(to: &mesh, at: SIMD3(side * 1.0, ground + 0.8, -1.0), radius: 0.8, width: 0.5)
            addWheel(to: &mesh, at: SIMD3(side * 0.85, ground + 0.45, 1.5), radius: 0.45, width: 0.3)
        }
        mesh.addTube(Tube(points: [SIMD3(0.3, ground + 1.5, 1.2), SIMD3(0.3, ground + 2.6, 1.2)], radii: [0.05, 0.05], color: Self.tyre,
                          material: .metal, subdivisions: 1, sides: 6))
    }

    /// Two wheels, a frame, handlebars and a saddle; a motorcycle has a tank, an engine and
    /// a headlamp. Its rider sits astride it, hands on the bars, unless someone named rides.
    private func addTwoWheeler(to mesh: inout Mesh, pose: ActorPose, ground: Float) {
        let motor = form == .motorcycle
        let radius: Float = motor ? 0.32 : 0.34, base = form.length / 2 - radius - 0.05
        let rear = SIMD3<Float>(0, ground + radius, -base), front = SIMD3<Float>(0, ground + radius, base)
        for hub in [rear, front] {
            if motor { addWheel(to: &mesh, at: hub, radius: radius, width: 0.13) } else { addSpokedWheel(to: &mesh, at: hub, radius: radius) }
        }
        let saddle = form.saddle, bars = SIMD3<Float>(0, saddle.y + 0.28, base - 0.2)
        let frameColor = motor ? Self.steel * 0.4 : palette.skin
        let tube: Float = motor ? 0.04 : 0.02
        for (a, b) in [(rear, saddle), (saddle, front + SIMD3(0, 0.1, -0.35)), (front, bars), (rear, front + SIMD3(0, 0.1, -0.35))] {
            mesh.addTube(Tube(points: [a, b], radii: [tube, tube], color: frameColor, material: .metal, subdivisions: 1, sides: 6))
        }
        mesh.addTube(Tube(points: [bars + SIMD3(-0.3, 0, 0), bars + SIMD3(0.3, 0, 0)], radii: [0.018, 0.018], color: Self.tyre,
                          material: .metal, up: SIMD3(0, 0, 1), subdivisions: 1, sides: 6))
        mesh.addTube(Tube(points: [saddle + SIMD3(0, 0.02, -0.12), saddle + SIMD3(0, 0.03, 0.12)], radii: [0.07, 0.04], color: Self.tyre,
                          squash: SIMD2(1, 0.4), subdivisions: 1, sides: 8))
        if motor {
            mesh.addTube(Tube(points: [saddle + SIMD3(0, 0.05, 0.25), saddle + SIMD3(0, 0.08, 0.6)], radii: [0.13, 0.1], color: palette.skin,
                              material: .metal, squash: SIMD2(0.9, 0.8), subdivisions: 1, sides: 10))
            mesh.addTube(Tube(points: [SIMD3(0, ground + 0.35, -0.1), SIMD3(0, ground + 0.38, 0.3)], radii: [0.17, 0.15], color: Self.steel,
                              material: .metal, subdivisions: 1, sides: 8))
            addMotorcycleBody(to: &mesh, saddle: saddle, bars: bars, rear: rear, front: front, wheel: radius, ground: ground)
            addLamps(to: &mesh, front: bars.z + 0.12, rear: rear.z - radius, height: bars.y - 0.1, spread: 0)
        }
        guard seatsOwnRider else { return }
        // The rider: seated, facing ahead; a helmet on a motorcyclist.
        var rider = pose
        rider.position = saddle
        rider.forward = SIMD3(0, 0, 1)
        rider.seated = true
        rider.stride = 0
        rider.holding = false
        let riderPalette = CreaturePalette(skin: motor ? SIMD3(0.04, 0.04, 0.05) : SIMD3(0.05, 0.15, 0.4), belly: SIMD3(0.04, 0.05, 0.09),
                                           membrane: SIMD3(0.55, 0.36, 0.25), horn: motor ? SIMD3(0.5, 0.04, 0.03) : SIMD3(0.05, 0.03, 0.02),
                                           eye: SIMD3(0.2, 0.2, 0.2))
        mesh.append(PersonModel(palette: riderPalette).mesh(for: rider, length: 1.75))
    }

    /// What makes a motorcycle more than a frame: side panels under the seat, a tail over
    /// the rear wheel and a mudguard over the front in its paint, a chrome fork and exhaust.
    private func addMotorcycleBody(
        to mesh: inout Mesh, saddle: SIMD3<Float>, bars: SIMD3<Float>, rear: SIMD3<Float>, front: SIMD3<Float>, wheel: Float, ground: Float
    ) {
        let paint = palette.skin
        mesh.addTube(Tube(points: [saddle + SIMD3(0, -0.12, 0.2), saddle + SIMD3(0, -0.14, -0.15)], radii: [0.12, 0.13], color: paint,
                          material: .metal, squash: SIMD2(0.75, 1), subdivisions: 1, sides: 10))
        mesh.addTube(Tube(points: [saddle + SIMD3(0, -0.02, -0.15), rear + SIMD3(0, wheel + 0.12, 0.05), rear + SIMD3(0, wheel + 0.1, -0.25)],
                          radii: [0.11, 0.08, 0.05], color: paint, material: .metal, squash: SIMD2(0.8, 0.7), sides: 10))
        let guardArc = (0...6).map { k -> SIMD3<Float> in
            let angle = 0.35 + Float(k) / 6 * 2.2
            return front + SIMD3(0, sinf(angle), cosf(angle)) * (wheel + 0.05)
        }
        mesh.addTube(Tube(points: guardArc, radii: guardArc.map { _ in 0.05 }, color: paint, material: .metal, up: SIMD3(1, 0, 0),
                          squash: SIMD2(1.4, 0.35), subdivisions: 1, sides: 8))
        for side: Float in [-1, 1] {
            mesh.addTube(Tube(points: [bars + SIMD3(side * 0.08, 0, 0.02), front + SIMD3(side * 0.08, 0, 0)], radii: [0.028, 0.024],
                              color: Self.steel, material: .metal, subdivisions: 1, sides: 6))
        }
        mesh.addTube(Tube(points: [SIMD3(0.12, ground + 0.28, 0.15), SIMD3(0.16, ground + 0.26, -0.3), SIMD3(0.17, ground + 0.36, -0.85)],
                          radii: [0.035, 0.04, 0.045], color: Self.steel, material: .metal, sides: 8))
    }

    /// A tyre with a pale hub cap, its axle across the vehicle.
    private func addWheel(to mesh: inout Mesh, at hub: SIMD3<Float>, radius: Float, width: Float) {
        let half = SIMD3<Float>(width / 2, 0, 0)
        mesh.addCylinder(from: hub - half, to: hub + half, radius: radius, color: Self.tyre, material: .skin)
        mesh.addCylinder(from: hub - half * 1.08, to: hub + half * 1.08, radius: radius * 0.45, color: Self.steel, material: .metal, sides: 12)
    }

    /// A bicycle wheel: a thin tyre round a few spokes, so the road shows through it.
    private func addSpokedWheel(to mesh: inout Mesh, at hub: SIMD3<Float>, radius: Float) {
        let rim = (0...16).map { k -> SIMD3<Float> in
            let angle = Float(k) / 16 * 2 * .pi
            return hub + SIMD3(0, sinf(angle), cosf(angle)) * radius
        }
        mesh.addTube(Tube(points: rim, radii: rim.map { _ in 0.018 }, color: Self.tyre, up: SIMD3(1, 0, 0), subdivisions: 1, sides: 6))
        for k in 0..<6 {
            let angle = Float(k) / 6 * .pi
            let spoke = SIMD3<Float>(0, sinf(angle), cosf(angle)) * radius
            mesh.addTube(Tube(points: [hub - spoke, hub + spoke], radii: [0.004, 0.004], color: Self.steel, material: .metal,
                              subdivisions: 1, sides: 4))
        }
    }

    private static let headlamp = SIMD3<Float>(1, 0.95, 0.8)
    private static let taillamp = SIMD3<Float>(1, 0.05, 0.02)

    /// Headlamps and red tail lamps at both ends, `spread` either side of the middle.
    private func addLamps(to mesh: inout Mesh, front: Float, rear: Float, height: Float, spread: Float) {
        addLamps(to: &mesh, at: front, height: height, spread: spread, color: Self.headlamp)
        addLamps(to: &mesh, at: rear, height: height, spread: spread, color: Self.taillamp)
    }

    /// A pair of glowing lamps across the vehicle at `z` (one in the middle when `spread` is 0).
    private func addLamps(to mesh: inout Mesh, at z: Float, height: Float, spread: Float, color: SIMD3<Float>) {
        for side: Float in spread > 0 ? [-1, 1] : [0] {
            let lamp = SIMD3<Float>(side * spread, height, z)
            mesh.addTube(Tube(points: [lamp, lamp + SIMD3(0, 0, z > 0 ? 0.04 : -0.04)], radii: [0.1, 0.1], color: color, material: .eye,
                              subdivisions: 1, sides: 8))
        }
    }
}
