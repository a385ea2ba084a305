import Foundation

/// Track under trains and trams, a road under cars: a train or a car on bare grass reads as
/// a toy someone set down.
extension SceneBuilder {
    /// Rails on sleepers over a gravel bed along each train's or tram's way, running on
    /// `Self.runOut` metres past where it starts and ends, over the lie of the land.
    func railway(under actors: [Actor], terrain: Terrain, duration: Float) -> Mesh {
        var mesh = Mesh()
        for actor in actors where actor.kind == .vehicle && actor.vehicle.onRails {
            let (line, along, across) = way(of: actor, terrain: terrain, duration: duration)
            let scale = actor.length / actor.vehicle.length
            mesh.addTube(Tube(points: line.map { $0 + SIMD3(0, 0.05, 0) }, radii: line.map { _ in 1.0 * scale }, color: SIMD3(0.2, 0.19, 0.17),
                              material: .stone, squash: SIMD2(1.8, 0.12), subdivisions: 1, sides: 6))
            for side: Float in [-1, 1] {
                let rail: Float = 0.05
                mesh.addTube(Tube(points: line.map { $0 + across * (side * VehicleModel.gauge / 2 * scale) + SIMD3(0, (VehicleModel.railTop - rail) * scale, 0) },
                                  radii: line.map { _ in rail * scale }, color: SIMD3(0.33, 0.32, 0.3), material: .metal,
                                  subdivisions: 1, sides: 4))
            }
            for point in line {
                mesh.addBox(center: point + SIMD3(0, 0.14 * scale, 0), size: SIMD3(2.4, 0.12, 0.26) * scale,
                            yaw: atan2f(along.x, along.z), color: SIMD3(0.18, 0.1, 0.05), material: .bark)
            }
        }
        return mesh
    }

    /// The ground along an actor's way, a point every 2 m from `runOut` metres before where
    /// it starts to as far past where it ends (along its facing if it stays put), and the
    /// way's direction and its right.
    private func way(of actor: Actor, terrain: Terrain, duration: Float) -> (line: [SIMD3<Float>], along: SIMD3<Float>, across: SIMD3<Float>) {
        let first = actor.track.pose(at: 0), last = actor.track.pose(at: duration)
        var way = SIMD3(last.position.x - first.position.x, 0, last.position.z - first.position.z)
        if way.length < 1 { way = SIMD3(first.forward.x, 0, first.forward.z) }
        let along = way.normalized
        let start = first.position - along * Self.runOut, length = (last.position - first.position).length + 2 * Self.runOut
        let line = (0...Int(length / 2)).map { step -> SIMD3<Float> in
            let p = start + along * (Float(step) * 2)
            return SIMD3(p.x, terrain.height(p.x, p.z), p.z)
        }
        return (line, along, SIMD3(along.z, 0, -along.x))
    }

    /// How far a track or a road runs on beyond the vehicle's first and last positions, metres.
    static let runOut: Float = 120

    /// A two-lane road along the first road vehicle's way: where the prompt names a road, or
    /// a vehicle crosses open country (a tractor works its field and a jeep takes the desert
    /// off the road unless one is named). In town the street is paved already: a vehicle
    /// driving down it gets only its lane markings; one parked there, none.
    func road(under actors: [Actor], terrain: Terrain, duration: Float) -> Mesh {
        var mesh = Mesh()
        let named = plan.features.contains(.road), town = Self.citySettings.contains(plan.setting)
        guard !plan.isIndoors, !plan.removes("road"), town || named || Self.roadCountry.contains(plan.setting),
              let vehicle = actors.first(where: { $0.kind == .vehicle && !$0.vehicle.onRails && (named || $0.vehicle != .tractor) && $0.track.seat == nil }),
              !vehicle.track.afloat, !town || vehicle.track.segments.contains(where: \.travels) else { return mesh }
        // Level with the land under the wheels: across a slope it cuts into the high side, as
        // a road along a hillside does.
        let (line, along, across) = way(of: vehicle, terrain: terrain, duration: duration)
        // Out of town, asphalt a little above the land it follows; white edge lines, and a
        // dashed centre line, yellow on a country road and white in town.
        if !town {
            mesh.addTube(Tube(points: line.map { $0 + SIMD3(0, 0.03, 0) }, radii: line.map { _ in Self.roadWidth / 2 }, color: SIMD3(0.045, 0.045, 0.05),
                              material: .stone, squash: SIMD2(1, 0.008), subdivisions: 1, sides: 6))
        }
        let yaw = atan2f(along.x, along.z), centre = town ? SIMD3<Float>(0.6, 0.6, 0.58) : SIMD3(0.65, 0.5, 0.12)
        for (index, point) in line.enumerated() {
            for edge: Float in [-1, 1] {
                mesh.addBox(center: point + across * (edge * (Self.roadWidth / 2 - 0.3)) + SIMD3(0, 0.035, 0), size: SIMD3(0.12, 0.01, 2.02), yaw: yaw,
                            color: SIMD3(0.6, 0.6, 0.58), material: .stone)
            }
            if index % 3 == 0 {
                mesh.addBox(center: point + SIMD3(0, 0.035, 0), size: SIMD3(0.12, 0.01, 3), yaw: yaw, color: centre, material: .stone)
            }
        }
        return mesh
    }

    /// Two lanes and their shoulders, metres.
    static let roadWidth: Float = 7.5
    /// Open country a vehicle crosses on a road even when none is named.
    static let roadCountry: Set<Setting> = [.hills, .plains, .meadow, .mountains, .forest, .savanna, .village, .park]
}
