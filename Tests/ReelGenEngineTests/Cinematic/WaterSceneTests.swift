import Foundation
@testable import ReelGenEngine
import Testing

/// Water reads as what the prompt named: a lake has land all round it, the sea is open to
/// the horizon, a river runs between banks; land-bound things stand on dry land.
@Suite struct WaterSceneTests {
    /// Which points along a bearing from the camera are dry, every `step` metres out to `reach`.
    private func dryness(_ scene: Scene, bearing: Float, reach: Float, step: Float = 10) -> [(distance: Float, dry: Bool)] {
        let eye = scene.camera.camera(at: 0).position
        return stride(from: step, through: reach, by: step).map { distance in
            let point = eye + SIMD3(sinf(bearing), 0, cosf(bearing)) * distance
            return (distance, scene.terrain.isDry(point))
        }
    }

    private func viewBearing(_ scene: Scene) -> Float {
        let forward = scene.camera.camera(at: 0).forward
        return atan2f(forward.x, forward.z)
    }

    /// A ship is a ship, not a yacht: decks of windows and a funnel stand high over its hull;
    /// and it keeps to the water, turning along the shore rather than sailing up the beach.
    @Test(arguments: ["cruise ship in harbor", "big cargo ship passing on the shore", "ferry boat on city canal"], [UInt32(42), 7])
    func aShipHasDecksAndKeepsToTheWater(prompt: String, seed: UInt32) throws {
        let plan = PromptParser().plan(for: RenderRequest(prompt: prompt, seed: seed))
        let scene = CinematicFixtures.source(plan).scene
        let ship = try #require(scene.actors.first { $0.kind == .boat })
        #expect(ship.boatStyle == .ship)
        // Three bands of windows (a box each), and a funnel in its colour high over the water.
        let mesh = ship.mesh(at: 0), waterline = ship.track.pose(at: 0).position.y
        #expect(mesh.materials.filter { $0 == .glass }.count >= 3 * 10)
        let funnel = mesh.positions.indices.filter { SIMD3(mesh.colors[$0].x, mesh.colors[$0].y, mesh.colors[$0].z) == ship.palette.horn }
        #expect(!funnel.isEmpty && funnel.allSatisfy { mesh.positions[$0].y > waterline + ship.length * 0.12 })
        for time in stride(from: Float(0), through: 4.9, by: 0.35) {
            let position = ship.track.pose(at: time).position
            #expect(scene.terrain.isAfloat(position), "\(prompt) (seed \(seed)): aground at \(time) s")
        }
    }

    @Test(arguments: [UInt32(1), 2, 3, 4])
    func aLakeHasLandAllRoundAndAFarShoreInSight(seed: UInt32) throws {
        let scene = CinematicFixtures.source(CinematicFixtures.plan(setting: .lake, seed: seed)).scene
        #expect(scene.terrain.relief == .lake)
        for k in 0..<16 {
            let bearing = Float(k) / 16 * 2 * .pi
            #expect(dryness(scene, bearing: bearing, reach: 2500).contains { $0.dry && $0.distance > 20 }, "no land at bearing \(bearing)")
        }
        let ahead = dryness(scene, bearing: viewBearing(scene), reach: 2500)
        let water = try #require(ahead.first { !$0.dry }, "water ahead")
        let farShore = try #require(ahead.first { $0.dry && $0.distance > water.distance }, "a far shore ahead")
        #expect(water.distance < 250, "the water starts \(water.distance) m ahead")
        #expect(farShore.distance > 300 && farShore.distance < 1700, "the far shore is \(farShore.distance) m away")
    }

    /// "A lake surrounded by mountains": still a lake, with a range beyond its far shore.
    @Test(arguments: [UInt32(1), 2, 3])
    func aMountainLakeHasMountainsBeyondItsFarShore(seed: UInt32) throws {
        var plan = CinematicFixtures.plan(setting: .lake, seed: seed)
        let lake = CinematicFixtures.source(plan).scene
        plan.features = [.mountainRange]
        let mountainLake = CinematicFixtures.source(plan).scene
        #expect(mountainLake.terrain.relief == .lake)
        let ahead = dryness(mountainLake, bearing: viewBearing(mountainLake), reach: 2500)
        #expect(ahead.contains { !$0.dry }, "water ahead")
        /// The highest ground 1.5 to 4 km off, across the middle of the view.
        func highest(_ scene: Scene) -> Float {
            let eye = scene.camera.camera(at: 0).position
            return stride(from: Float(-0.4), through: 0.4, by: 0.1).flatMap { turn in
                let bearing = viewBearing(scene) + turn
                return stride(from: Float(1500), through: 4000, by: 50).map { distance in
                    let point = eye + SIMD3(sinf(bearing), 0, cosf(bearing)) * distance
                    return scene.terrain.height(point.x, point.z)
                }
            }.max() ?? 0
        }
        #expect(highest(mountainLake) > highest(lake) + 150, "mountains \(highest(mountainLake)) m, hills \(highest(lake)) m")
    }

    /// Far off, single trees would be specks: the woods are the ground's own colour there,
    /// and no tree stands further off than that.
    @Test func farWoodsAreCanopyNotSpecks() {
        let scene = CinematicFixtures.source(CinematicFixtures.plan(setting: .lake, seed: 2)).scene
        let eye = scene.camera.camera(at: 0).position
        let trees = corners(of: .foliage, in: scene.staticMesh)
        #expect(trees.count > 100)
        let furthest = trees.map { SIMD3($0.x - eye.x, 0, $0.z - eye.z).length }.max() ?? 0
        #expect(furthest < 480, "a tree \(furthest) m away")
        var wooded: [Float] = [], open: [Float] = []
        for k in 0..<400 {
            let bearing = viewBearing(scene) + Float(k % 20 - 10) * 0.06, distance = Float(600 + (k / 20) * 60)
            let x = eye.x + sinf(bearing) * distance, z = eye.z + cosf(bearing) * distance
            let point = SIMD3(x, scene.terrain.height(x, z), z), normal = scene.terrain.normal(x, z)
            guard scene.terrain.isDry(point), normal.y > 0.95 else { continue }
            let cover = scene.terrain.woodland(x, z)
            if cover > 0.95 { wooded.append(scene.terrain.albedo(at: point, normal: normal).luma) }
            if cover < 0.05 { open.append(scene.terrain.albedo(at: point, normal: normal).luma) }
        }
        #expect(wooded.count > 5 && open.count > 5, "\(wooded.count) wooded and \(open.count) open spots")
        let mean = { (values: [Float]) in values.reduce(0, +) / Float(max(values.count, 1)) }
        #expect(mean(wooded) < mean(open) * 0.7, "woods \(mean(wooded)) against open land \(mean(open))")
    }

    @Test(arguments: [UInt32(1), 2, 3])
    func theSeaIsOpenToTheHorizon(seed: UInt32) throws {
        let scene = CinematicFixtures.source(CinematicFixtures.plan(setting: .ocean, seed: seed)).scene
        let ahead = dryness(scene, bearing: viewBearing(scene), reach: 8000, step: 25)
        let water = try #require(ahead.first { !$0.dry })
        let land = ahead.filter { $0.distance > water.distance && $0.dry }.map(\.distance)
        #expect(land.isEmpty, "land rises out of the sea ahead at \(land.prefix(5)) m")
    }

    @Test(arguments: [UInt32(1), 2, 3, 4])
    func aRiverRunsBetweenBanks(seed: UInt32) throws {
        let scene = CinematicFixtures.source(CinematicFixtures.plan(setting: .river, seed: seed)).scene
        #expect(scene.terrain.relief == .river)
        let ahead = dryness(scene, bearing: viewBearing(scene), reach: 1000, step: 2)
        let water = try #require(ahead.first { !$0.dry }, "water ahead")
        let farBank = try #require(ahead.first { $0.dry && $0.distance > water.distance }, "a far bank")
        #expect(farBank.distance - water.distance > 30 && farBank.distance - water.distance < 300, "a channel, not a sea or a ditch")
        #expect(water.distance < 200)
    }

    /// "A house overseeing the lake": on the shore, with the water beside or beyond it.
    @Test(arguments: [UInt32(1), 2, 3, 4])
    func aHouseByALakeStandsOnTheShore(seed: UInt32) throws {
        var plan = CinematicFixtures.plan(setting: .lake, subject: .building, action: .idle, seed: seed)
        plan.subjects[0].concept = "house"
        let scene = CinematicFixtures.source(plan).scene
        let house = try #require(scene.actors.first)
        let base = house.track.pose(at: 0).position
        #expect(scene.terrain.isDry(base, radius: house.length * 0.5), "the house stands in the water")
        let water = (0..<36).flatMap { k in
            [20, 60, 120, 200].map { r in base + SIMD3(sinf(Float(k) * 0.174), 0, cosf(Float(k) * 0.174)) * Float(r) }
        }.contains { !scene.terrain.isDry($0) }
        #expect(water, "no water within 200 m of the house")
    }

    @Test(arguments: [Setting.lake, .river, .ocean])
    func peopleWalkingByWaterStayOnLand(setting: Setting) {
        var plan = CinematicFixtures.plan(setting: setting, subject: .person, action: .walk, seed: 2)
        plan.subjects[0].count = 3
        let scene = CinematicFixtures.source(plan).scene
        for actor in scene.actors {
            for time: Float in [0, 2.5, 4.9] {
                #expect(scene.terrain.isDry(actor.track.pose(at: time).position), "a walker is in the water at \(time) s")
            }
        }
    }

    @Test func woodenBuildingsHaveWoodenWalls() {
        var plan = CinematicFixtures.plan(setting: .lake, subject: .building, action: .idle)
        plan.subjects[0].concept = "house"
        let plain = CinematicFixtures.source(plan).scene.actors[0].palette.skin
        plan.subjects[0].attributes = ["wooden"]
        let wooden = CinematicFixtures.source(plan).scene.actors[0].palette.skin
        #expect(wooden.x > wooden.y * 1.5 && wooden.y > wooden.z * 1.5, "walls are brown: \(wooden)")
        #expect(wooden.sum() < plain.sum() * 0.6, "wood is darker than limewash")
    }

    /// Triangles of `material` in a mesh, as their corners.
    private func corners(of material: MaterialID, in mesh: Mesh) -> [SIMD3<Float>] {
        mesh.materials.indices.filter { mesh.materials[$0] == material }.flatMap { t in
            (0..<3).map { mesh.positions[Int(mesh.indices[3 * t + $0])] }
        }
    }

    private func boat(_ concept: String, attributes: [String] = []) -> (mesh: Mesh, water: Float) {
        var plan = CinematicFixtures.plan(setting: .lake, subject: .boat, action: .sail)
        plan.subjects[0].concept = concept
        plan.subjects[0].attributes = attributes
        let scene = CinematicFixtures.source(plan).scene
        return (scene.actors[0].mesh(at: 1), scene.terrain.waterLevel ?? 0)
    }

    @Test func aSailboatHasASailAMotorboatAndACanoeDoNot() throws {
        let sailboat = boat("sailboat"), motorboat = boat("boat"), canoe = boat("canoe")
        let sail = corners(of: .cloth, in: sailboat.mesh)
        #expect(sail.count > 60)
        #expect((sail.map(\.y).max() ?? 0) - sailboat.water > 6, "the sail stands tall above the deck")
        #expect(corners(of: .cloth, in: motorboat.mesh).isEmpty)
        #expect(corners(of: .cloth, in: canoe.mesh).isEmpty)
        let canoeTop = (canoe.mesh.positions.map(\.y).max() ?? 0) - canoe.water
        #expect(canoeTop < 1, "a canoe is low: \(canoeTop) m")
        #expect(corners(of: .glass, in: canoe.mesh).isEmpty, "a canoe has no cabin windows")
        func style(_ prompt: String) throws -> BoatModel.Style {
            let boat = try #require(PromptParser().plan(for: RenderRequest(prompt: prompt)).subjects.first { $0.category == .boat })
            return BoatModel.Style(boat, entry: ConceptCatalogue.standard.entry(for: boat))
        }
        #expect(try style("a kayak boat on the lake") == .paddle)
        #expect(try style("a yacht at sea") == .sail)
        #expect(try style("a small wooden boat on the river") == .paddle)
    }

    /// "A person paddling a boat": seated in it, going where it goes, in a boat of a
    /// canoe's size; someone walking on the shore stays ashore.
    @Test func aPaddlerSitsInTheBoat() throws {
        var plan = CinematicFixtures.plan(setting: .lake, subject: .person, action: .paddle, seed: 2)
        plan.subjects.append(Subject(concept: "boat", category: .boat))
        plan.beats[0].actions.append(SubjectAction(subject: 1, action: .sail))
        plan.relations = RelationPlanner().relations(in: plan, stated: [])
        let scene = CinematicFixtures.source(plan).scene
        let person = try #require(scene.actors.first { $0.kind == .person })
        let boat = try #require(scene.actors.first { $0.kind == .boat })
        #expect(boat.boatStyle == .paddle)
        #expect(boat.palette.skin.x > boat.palette.skin.z * 2, "a rowed boat is varnished wood, not a yacht's white: \(boat.palette.skin)")
        #expect(boat.length > 3.5 && boat.length < 6.5, "a canoe-sized boat: \(boat.length) m")
        for time: Float in [0, 2.5, 4.9] {
            let rider = person.track.pose(at: time), hull = boat.track.pose(at: time)
            #expect(rider.seated)
            let apart = rider.position - hull.position
            #expect(SIMD3(apart.x, 0, apart.z).length < boat.length * 0.4, "the paddler is \(apart) from the boat at \(time) s")
            #expect(apart.y > 0 && apart.y < 0.6, "sits low in the hull")
        }
        #expect(boat.track.pose(at: 0).position != boat.track.pose(at: 4.9).position, "the boat moves")

        // "Teenagers drinking champagne on a yacht": the yacht and its crew are the shot, not the glass.
        var party = plan
        party.subjects.insert(Subject(concept: "champagne", category: .food), at: 1)
        party.beats[0].actions = [SubjectAction(subject: 0, action: .drink), SubjectAction(subject: 1, action: .idle), SubjectAction(subject: 2, action: .sail)]
        party.relations = RelationPlanner().relations(in: party, stated: [])
        let yacht = CinematicFixtures.source(party).scene
        let hull = try #require(yacht.actors.first { $0.kind == .boat })
        #expect(yacht.camera.subject?.pose(at: 1).position == hull.track.pose(at: 1).position, "the camera frames the boat")

        plan.beats[0].actions[0].action = .walk
        plan.relations = RelationPlanner().relations(in: plan, stated: [])
        let ashore = CinematicFixtures.source(plan).scene
        let walker = try #require(ashore.actors.first { $0.kind == .person })
        #expect(walker.track.seat == nil)
        #expect(ashore.terrain.isDry(walker.track.pose(at: 1).position))
    }

    /// Props keep out of the camera's view of its subject while the camera moves.
    @Test(arguments: [CameraMove.Motion.dollyIn, .orbit, .tracking])
    func aMovingCameraKeepsItsSubjectInView(motion: CameraMove.Motion) {
        var plan = CinematicFixtures.plan(setting: .forest, subject: .building, action: .idle, seed: 3)
        plan.subjects[0].concept = "house"
        plan.beats[0].camera.motion = motion
        let scene = CinematicFixtures.source(plan).scene
        for time in stride(from: Float(0), through: 4.9, by: 0.7) {
            let subject = scene.actors[0].track.pose(at: time).position
            let eye = scene.camera.camera(at: time).position
            let sightline = Sightline(from: SIMD2(eye.x, eye.z), to: SIMD2(subject.x, subject.z), radius: 0)
            let blocking = scene.staticMesh.positions.filter { point in
                point.y > scene.terrain.height(point.x, point.z) + 0.5 && sightline.distance(to: SIMD2(point.x, point.z)) < 1
            }
            #expect(blocking.isEmpty, "\(blocking.count) prop vertices in the line of sight at \(time) s")
        }
    }
}
