@testable import ReelGenEngine
import Testing

/// Road and rail vehicles are themselves: a bus is a bus at its real length, wheels on the
/// road; a motorcycle or bicycle carries its rider, the named one when there is one.
@Suite struct VehicleTests {
    private static func scene(_ prompt: String, seed: UInt32 = 4) -> Scene {
        CinematicFixtures.source(PromptParser().plan(for: RenderRequest(prompt: prompt, seed: seed))).scene
    }

    @Test(arguments: [
        ("a red bus in the city", VehicleModel.Form.bus), ("a truck on the highway", .truck), ("a train in the countryside", .train),
        ("a tram in the street", .tram), ("a tractor on the farm", .tractor), ("a motorcycle on the road", .motorcycle),
        ("a bicycle on the road", .bicycle), ("a car on the road", .car),
    ])
    func eachVehicleIsItsOwnFormAtItsRealSizeOnTheRoad(prompt: String, form: VehicleModel.Form) throws {
        let scene = Self.scene(prompt)
        let vehicle = try #require(scene.actors.first { $0.kind == .vehicle })
        #expect(vehicle.vehicle == form)
        #expect(abs(vehicle.length / form.length - 1) < 0.1, "\(vehicle.length) m long")
        let pose = vehicle.track.pose(at: 2.5), mesh = vehicle.mesh(at: 2.5)
        let lowest = try #require(mesh.positions.map(\.y).min())
        let ground = scene.terrain.height(pose.position.x, pose.position.z)
        #expect(abs(lowest - ground) < 0.15 * form.centreHeight + 0.05, "wheels at \(lowest - ground) m from the road")
    }

    /// A parked motorcycle stands still with no one on it; one on the road is ridden.
    @Test func aParkedVehicleStandsStillWithNoRider() throws {
        let parked = try #require(Self.scene("a parked motorcycle on a foggy roadside").actors.first { $0.kind == .vehicle })
        #expect(parked.parked)
        #expect((parked.track.pose(at: 4).position - parked.track.pose(at: 0).position).length < 0.1, "it stays where it is")
        let riderless = parked.mesh(at: 2).positions.count
        let ridden = VehicleModel(form: .motorcycle, palette: parked.palette).mesh(for: parked.track.pose(at: 2), length: parked.length).positions.count
        #expect(riderless < ridden, "no rider of its own")
        let moving = try #require(Self.scene("a motorcycle on the road").actors.first { $0.kind == .vehicle })
        #expect(!moving.parked)
    }

    /// A fire engine is red all over and an ambulance white, their boxes included; a plain
    /// truck's box is grey.
    @Test func aTrucksBoxIsInItsRowsColour() throws {
        func box(_ prompt: String) throws -> (cab: SIMD3<Float>, box: SIMD3<Float>) {
            let truck = try #require(Self.scene(prompt).actors.first { $0.kind == .vehicle })
            #expect(truck.vehicle == .truck)
            return (truck.palette.skin, truck.palette.belly)
        }
        let fire = try box("fire truck driving on the road")
        #expect(fire.box == fire.cab && fire.box.x > fire.box.y * 5, "a red box: \(fire.box)")
        let ambulance = try box("an ambulance on the road")
        #expect(ambulance.box.min() > 0.7, "a white box: \(ambulance.box)")
        #expect(try box("a truck on the highway").box == VehicleModel.plainBox)
    }

    /// A train runs on a track laid along its way, its wheels on the rails; a car has none.
    /// "An ambulance on the road": white with a red band and a red cross on the roof, its
    /// lights flashing red and blue in turn; an ordinary truck has neither.
    @Test func anEmergencyVehicleWearsItsLiveryAndFlashes() throws {
        let ambulance = try #require(Self.scene("drone footage of an ambulance on the road").actors.first { $0.kind == .vehicle })
        let livery = try #require(ConceptCatalogue.standard.entry(named: "ambulance")?.color(2))
        func count(_ color: SIMD3<Float>, at time: Float, in actor: Actor, within tolerance: Float = 0.005) -> Int {
            actor.mesh(at: time).colors.filter { (SIMD3($0.x, $0.y, $0.z) - color).length < tolerance }.count
        }
        #expect(count(livery, at: 1, in: ambulance, within: 0.05) >= 100, "the red bands and the roof's cross")
        let red = VehicleModel.beaconRed, blue = VehicleModel.beaconBlue
        #expect(count(red, at: 0.1, in: ambulance) > 0 && count(blue, at: 0.1, in: ambulance) == 0, "red lit first")
        #expect(count(blue, at: 0.35, in: ambulance) > 0 && count(red, at: 0.35, in: ambulance) == 0, "then blue")
        let truck = try #require(Self.scene("a truck on the highway").actors.first { $0.kind == .vehicle })
        #expect(!truck.beacons && count(red, at: 0.1, in: truck) == 0, "a truck has no lights on its roof")
    }

    /// A bus, a tram or a train shows a row of windows with paint between them, not one
    /// dark band: at least a pane for every three metres of its length.
    @Test(arguments: [VehicleModel.Form.bus, .tram, .train])
    func aCarriageHasARowOfWindows(form: VehicleModel.Form) {
        let palette = CreaturePalette(skin: SIMD3(0.6, 0.1, 0.1), belly: .zero, membrane: .zero, horn: .zero, eye: .zero)
        let mesh = VehicleModel(form: form, palette: palette).mesh(for: ActorPose(position: .zero, forward: SIMD3(0, 0, 1)), length: form.length)
        let panes = mesh.materials.filter { $0 == .glass }.count / 12
        #expect(panes >= Int(form.length / 3), "\(form): \(panes) panes of glass")
    }

    @Test func aTrainRunsOnRails() throws {
        let plan = PromptParser().plan(for: RenderRequest(prompt: "a train passing through the countryside", seed: 4))
        let scene = CinematicFixtures.source(plan).scene
        let builder = SceneBuilder(plan: plan, frameSize: FrameSize(width: 128, height: 72), frameCount: 120)
        let track = builder.railway(under: scene.actors, terrain: scene.terrain, duration: 5)
        let train = try #require(scene.actors.first { $0.kind == .vehicle })
        // Only the rails reach their top height: the sleepers and the gravel bed are lower.
        let rails = track.positions
        for time: Float in [0, 2.5, 5] {
            let middle = train.track.pose(at: time).position
            let ground = scene.terrain.height(middle.x, middle.z)
            let railTops = rails.filter { SIMD3($0.x - middle.x, 0, $0.z - middle.z).length < 3 }.map { $0.y - ground }
            #expect(railTops.contains { abs($0 - VehicleModel.railTop) < 0.03 }, "rails under the train at \(time) s")
            let wheels = try #require(train.mesh(at: time).positions.map(\.y).min()) - ground
            #expect(abs(wheels - VehicleModel.railTop) < 0.15, "wheels \(wheels) m up, on rails \(VehicleModel.railTop) m up")
        }
        let road = PromptParser().plan(for: RenderRequest(prompt: "a car on the road", seed: 4))
        let car = CinematicFixtures.source(road).scene
        #expect(SceneBuilder(plan: road, frameSize: FrameSize(width: 128, height: 72), frameCount: 120)
            .railway(under: car.actors, terrain: car.terrain, duration: 5).positions.isEmpty)
    }

    /// A car drives on a road laid along its way, under its wheels: out of town asphalt with
    /// its lines, in town (paved already) the lines alone. A car parked in town has none, and
    /// a tractor works its field off the road.
    @Test(arguments: ["a car driving on a country road", "a convertible on a desert highway", "a red car driving along a coastal road",
                      "drone footage of an ambulance on the road", "a bus driving in the city"])
    func aCarDrivesOnARoad(prompt: String) throws {
        let plan = PromptParser().plan(for: RenderRequest(prompt: prompt, seed: 4))
        let scene = CinematicFixtures.source(plan).scene
        let road = SceneBuilder(plan: plan, frameSize: FrameSize(width: 128, height: 72), frameCount: 120)
            .road(under: scene.actors, terrain: scene.terrain, duration: 5).positions
        let car = try #require(scene.actors.first { $0.kind == .vehicle })
        for time: Float in [0, 2.5, 5] {
            let middle = car.track.pose(at: time).position
            let ground = scene.terrain.height(middle.x, middle.z)
            let under = road.filter { SIMD3($0.x - middle.x, 0, $0.z - middle.z).length < SceneBuilder.roadWidth / 2 }
            #expect(under.contains { abs($0.y - ground) < 0.2 }, "\(prompt): a road under the car at \(time) s")
        }
        for quiet in ["a red car parked on the street", "a tractor plowing a field"] {
            let other = PromptParser().plan(for: RenderRequest(prompt: quiet, seed: 4))
            let town = CinematicFixtures.source(other).scene
            #expect(SceneBuilder(plan: other, frameSize: FrameSize(width: 128, height: 72), frameCount: 120)
                .road(under: town.actors, terrain: town.terrain, duration: 5).positions.isEmpty, "\(quiet): no road laid")
        }
    }

    /// A motorcycle is a body in its paint, not a bicycle's frame: a mudguard arched over
    /// the front wheel and a tail over the rear one.
    @Test func aMotorcycleHasABody() {
        let paint = SIMD3<Float>(0.5, 0.05, 0.04)
        let palette = CreaturePalette(skin: paint, belly: .zero, membrane: .zero, horn: .zero, eye: .zero)
        let model = VehicleModel(form: .motorcycle, palette: palette, seatsOwnRider: false)
        let mesh = model.mesh(for: ActorPose(position: .zero, forward: SIMD3(0, 0, 1)), length: VehicleModel.Form.motorcycle.length)
        let painted = mesh.positions.indices.filter { SIMD3(mesh.colors[$0].x, mesh.colors[$0].y, mesh.colors[$0].z) == paint }.map { mesh.positions[$0] }
        let ends = (painted.map(\.z).min() ?? 0, painted.map(\.z).max() ?? 0)
        #expect(ends.1 - ends.0 > VehicleModel.Form.motorcycle.length * 0.8, "paint from the rear wheel to the front: \(ends)")
    }

    @Test func aMotorcycleCarriesTheManWhoRidesIt() throws {
        let scene = Self.scene("a man riding a motorcycle on a highway")
        let bike = try #require(scene.actors.first { $0.kind == .vehicle }), man = try #require(scene.actors.first { $0.kind == .person })
        #expect(bike.ridden)
        let scale = bike.length / bike.vehicle.length
        for time: Float in [0.5, 2.5, 4.5] {
            let hips = man.track.pose(at: time), carrier = bike.track.pose(at: time)
            let saddle = carrier.position + SIMD3(0, VehicleModel.Form.motorcycle.saddle.y * scale, 0) + carrier.forward * (VehicleModel.Form.motorcycle.saddle.z * scale)
            #expect(hips.seated)
            #expect((hips.position - saddle).length < 0.05, "his hips are \((hips.position - saddle).length) m from the saddle")
        }
        // The bike draws no second rider of its own; alone, it does.
        let pose = bike.track.pose(at: 1)
        let own = VehicleModel(form: .motorcycle, palette: bike.palette).mesh(for: pose, length: bike.length)
        let bare = VehicleModel(form: .motorcycle, palette: bike.palette, seatsOwnRider: false).mesh(for: pose, length: bike.length)
        #expect(bike.mesh(at: 1).positions.count == bare.positions.count)
        #expect(own.positions.count > bare.positions.count + 100)
        #expect(try #require(own.positions.map(\.y).max()) > pose.position.y + 1, "a rider's head above the bars")
    }
}
