@testable import ReelGenEngine
import Testing

/// The World never adds what the negative prompt removed, and adds what the setting implies.
@Suite struct WorldRemovalTests {
    @Test func forestHasTreesUnlessRemoved() {
        let wooded = CinematicFixtures.source(CinematicFixtures.plan(setting: .forest)).scene
        let bare = CinematicFixtures.source(CinematicFixtures.plan(setting: .forest, removed: ["trees"])).scene
        #expect(wooded.staticMesh.materials.contains(.foliage))
        #expect(!bare.staticMesh.materials.contains(.foliage))
        #expect(!bare.staticMesh.materials.contains(.bark))
    }

    /// "A graveyard by a church": rows of headstones stand between the camera and the church,
    /// which a building's wide line of sight would otherwise have cleared; "no graves" removes them.
    @Test func aGraveyardHasHeadstonesInView() throws {
        try #require(WordNet.installed != nil)
        let prompt = "a graveyard by a church in a mountain landscape"
        let plan = PromptParser().plan(for: RenderRequest(prompt: prompt, seed: 42))
        #expect(plan.features.contains(.graves) && plan.unusedWords.isEmpty)
        func stones(_ plan: ScenePlan) -> Int {
            let scene = CinematicFixtures.source(plan).scene
            let camera = scene.camera.camera(at: 2.5)
            let mesh = scene.staticMesh
            return (0..<mesh.triangleCount).filter { triangle in
                guard mesh.materials[triangle] == .stone else { return false }
                let corner = mesh.positions[Int(mesh.indices[triangle * 3])]
                let toward = corner - camera.position
                return toward.length < 60 && toward.normalized.dot(camera.forward) > 0.8 && corner.y < scene.terrain.height(corner.x, corner.z) + 1.5
            }.count
        }
        var bare = plan
        bare.removed = ["graves"]
        #expect(stones(plan) > 200, "\(stones(plan)) stone triangles in view")
        #expect(stones(bare) < stones(plan) / 10)
    }

    /// "A destroyed building": the participle describes the building, which stands as a ruin,
    /// lower than a whole one, with rubble about its foot; a whole one stays whole.
    @Test func aDestroyedBuildingIsARuin() throws {
        try #require(WordNet.installed != nil)
        func building(_ prompt: String) throws -> Actor {
            let plan = PromptParser().plan(for: RenderRequest(prompt: prompt, seed: 42))
            return try #require(CinematicFixtures.source(plan).scene.actors.first { $0.kind == .building }, "\(prompt)")
        }
        let ruin = try building("a destroyed building after a missile attack"), whole = try building("a tall building on a hill")
        let abandoned = try building("an abandoned house in the forest")
        #expect(ruin.ruined && abandoned.ruined && !whole.ruined)
        let plan = PromptParser().plan(for: RenderRequest(prompt: "a destroyed building after a missile attack", seed: 42))
        #expect(plan.subjects.first?.attributes.contains("destroyed") == true)
        var intact = ruin
        intact.ruined = false
        let ruinMesh = ruin.mesh(at: 0), intactMesh = intact.mesh(at: 0)
        #expect(SceneBuilder.height(of: ruinMesh) < SceneBuilder.height(of: intactMesh) * 0.7)
        #expect(ruinMesh.triangleCount > intactMesh.triangleCount, "rubble")
    }

    @Test func removedRainDoesNotFall() {
        var plan = CinematicFixtures.plan(setting: .cityStreet)
        plan.weather = [.rain]
        #expect(CinematicFixtures.source(plan).scene.precipitation.kind == .rain)
        plan.removed = ["rain"]
        #expect(CinematicFixtures.source(plan).scene.precipitation.kind == .none)
    }

    @Test func removedPeopleAreNotStaged() {
        let plan = CinematicFixtures.plan(setting: .park, subject: .person, action: .walk, removed: ["people"])
        #expect(CinematicFixtures.source(plan).scene.actors.isEmpty)
    }

    @Test func mountainsWithTallestPeakHaveOneClearlyTallestPeak() throws {
        let scene = CinematicFixtures.source(CinematicFixtures.dragonPlan()).scene
        let peak = try #require(scene.terrain.peak)
        let summit = scene.terrain.height(peak.x, peak.y)
        var tallestElsewhere: Float = 0
        for x in stride(from: Float(-4000), through: 4000, by: 100) {
            for z in stride(from: Float(0), through: 6000, by: 100) where (x - peak.x) * (x - peak.x) + (z - peak.y) * (z - peak.y) > 900 * 900 {
                tallestElsewhere = max(tallestElsewhere, scene.terrain.height(x, z))
            }
        }
        #expect(summit > tallestElsewhere * 1.15, "summit \(summit) m vs \(tallestElsewhere) m elsewhere")
    }

    /// Tallest on screen too: seen from the camera, no nearer ridge rises as high as the peak.
    @Test(arguments: [UInt32(1), 2, 3, 4])
    func theTallestPeakLooksTallest(seed: UInt32) throws {
        let scene = CinematicFixtures.source(CinematicFixtures.dragonPlan(seed: seed)).scene
        let peak = try #require(scene.terrain.peak)
        let eye = scene.camera.camera(at: 0).position
        func elevation(_ x: Float, _ z: Float) -> Float {
            let dx = x - eye.x, dz = z - eye.z
            return (scene.terrain.height(x, z) - eye.y) / (dx * dx + dz * dz).squareRoot()
        }
        let summit = elevation(peak.x, peak.y)
        var steepestElsewhere: Float = -1
        for x in stride(from: Float(-4000), through: 4000, by: 50) {
            for z in stride(from: Float(100), through: 6000, by: 50) where (x - peak.x) * (x - peak.x) + (z - peak.y) * (z - peak.y) > 900 * 900 {
                steepestElsewhere = max(steepestElsewhere, elevation(x, z))
            }
        }
        #expect(summit > steepestElsewhere * 1.15, "summit at \(summit), a ridge at \(steepestElsewhere)")
    }

    @Test(arguments: ObjectModel.Form.allCases)
    func everyObjectBuildsASolidMeshAsTallAsItIs(form: ObjectModel.Form) {
        let mesh = ObjectModel(form: form).mesh(for: ActorPose(position: .zero, forward: SIMD3(0, 0, 1)), length: form.length)
        #expect(mesh.triangleCount >= 20)
        let heights = mesh.positions.map(\.y), extent = mesh.positions.map { max(abs($0.x), abs($0.z)) }.max() ?? 0
        let size = max(heights.max() ?? 0, extent * 2)
        #expect(size > form.length * 0.6 && size < form.length * 1.3, "\(form) is \(size) m across or tall, not \(form.length)")
        #expect((heights.min() ?? -1) > -0.1, "\(form) stands on its base")
    }

    @Test(arguments: PlaneModel.Form.allCases)
    func everyAircraftBuildsASolidMeshAsLongAsItIs(form: PlaneModel.Form) {
        let mesh = PlaneModel(form: form, palette: .dragon).mesh(for: ActorPose(position: .zero, forward: SIMD3(0, 0, 1)), length: form.length)
        #expect(mesh.triangleCount > 100)
        let xs = mesh.positions.map(\.x), ys = mesh.positions.map(\.y), zs = mesh.positions.map(\.z)
        let extent = max((xs.max() ?? 0) - (xs.min() ?? 0), (ys.max() ?? 0) - (ys.min() ?? 0), (zs.max() ?? 0) - (zs.min() ?? 0))
        #expect(extent > form.length * 0.8 && extent < form.length * 1.5, "\(form) spans \(extent) m, not about \(form.length)")
    }

    @Test func aircraftAreTheirOwnKind() {
        #expect(PlaneModel.Form(row("helicopter")?.form) == .helicopter)
        #expect(PlaneModel.Form(row("hot air balloon")?.form) == .balloon)
        #expect(PlaneModel.Form(row("rocket")?.form) == .rocket)
        #expect(PlaneModel.Form(row("airplane")?.form) == .airliner)
    }

    @Test(arguments: ActorKind.allCases)
    func everyActorBuildsASolidMesh(kind: ActorKind) {
        let category: Subject.Category = switch kind {
        case .dragon: .dragon
        case .quadruped: .quadruped
        case .bird: .bird
        case .person: .person
        case .vehicle: .vehicle
        case .dish: .food
        case .boat: .boat
        case .plane: .aircraft
        case .building: .building
        case .plant: .plant
        case .insect: .insect
        case .fish: .fish
        case .object: .object
        }
        var plan = CinematicFixtures.plan(setting: .plains, subject: category, action: .walk)
        if kind == .object { plan.subjects[0].entry = "statue" }
        let scene = CinematicFixtures.source(plan).scene
        let mesh = scene.actors[0].mesh(at: 1)
        #expect(mesh.triangleCount > 100)
        #expect(mesh.positions.allSatisfy { $0.x.isFinite && $0.y.isFinite && $0.z.isFinite })
    }

    /// Food is a dish on a table, never an animal; objects without a model are left out.
    @Test func foodIsServedOnATable() {
        var plan = CinematicFixtures.plan(setting: .restaurant, subject: .food, action: .idle)
        plan.subjects[0].concept = "pasta"
        let scene = CinematicFixtures.source(plan).scene
        #expect(scene.actors.map(\.kind) == [.dish])
        #expect(scene.actors[0].serving.shape == .mound)
        let plate = scene.actors[0].track.pose(at: 0).position
        #expect(plate.y - scene.terrain.height(plate.x, plate.z) == DishModel.tableHeight)
        let tableTop = scene.staticMesh.positions.filter { abs($0.y - plate.y) < 0.001 && horizontalDistance($0, plate) < 1.2 }
        #expect(tableTop.count >= 4, "the table top sits where the plate rests")

        let cage = CinematicFixtures.plan(setting: .plains, subject: .object, action: .idle)
        #expect(CinematicFixtures.source(cage).scene.actors.isEmpty)
    }

    /// A boat floats on the water in front of a camera standing on the shore.
    @Test(arguments: [UInt32(1), 2, 3])
    func aBoatIsAfloatInFrontOfTheShore(seed: UInt32) throws {
        let plan = CinematicFixtures.plan(setting: .ocean, subject: .boat, action: .sail, seed: seed)
        let scene = CinematicFixtures.source(plan).scene
        let water = try #require(scene.terrain.waterLevel)
        #expect(scene.actors.map(\.kind) == [.boat])
        for time: Float in [0, 2.5, 4.9] {
            let hull = scene.actors[0].track.pose(at: time).position
            #expect(scene.terrain.height(hull.x, hull.z) < water, "the boat is over water at \(time) s")
            #expect(abs(hull.y - water - BoatModel.freeboard) < 0.2, "the boat floats at \(time) s")
        }
        let camera = scene.camera.camera(at: 0).position
        #expect(camera.y > water + 1, "the camera is above the water")
    }

    /// A building subject is staged as what it is: a church has its steeple, a high-rise towers.
    @Test func buildingsTakeTheirConceptsForm() {
        func height(of concept: String) -> Float {
            var plan = CinematicFixtures.plan(setting: .village, subject: .building, action: .idle)
            plan.subjects[0].concept = concept
            let mesh = CinematicFixtures.source(plan).scene.actors[0].mesh(at: 1)
            return (mesh.positions.map(\.y).max() ?? 0) - (mesh.positions.map(\.y).min() ?? 0)
        }
        #expect(BuildingModel.Form(row("cottage")?.form) == .house)
        #expect(BuildingModel.Form(row("cathedral")?.form) == .church)
        #expect(height(of: "church") > height(of: "house") * 1.8)
        #expect(height(of: "skyscraper") > height(of: "church"))
    }

    /// Trees grow around a subject, never on it or between it and the camera.
    @Test(arguments: [UInt32(1), 2, 3])
    func nothingStandsBetweenTheCameraAndTheSubject(seed: UInt32) {
        var plan = CinematicFixtures.plan(setting: .forest, subject: .building, action: .idle, seed: seed)
        plan.subjects[0].concept = "church"
        let scene = CinematicFixtures.source(plan).scene
        let subject = scene.actors[0].track.pose(at: 0).position
        let camera = scene.camera.camera(at: 0).position
        let blocking = scene.staticMesh.positions.filter { point in
            guard point.y > scene.terrain.height(point.x, point.z) + 0.5 else { return false }
            let along = SIMD2(subject.x - camera.x, subject.z - camera.z), offset = SIMD2(point.x - camera.x, point.z - camera.z)
            let t = min(max((offset * along).sum() / (along * along).sum(), 0), 1)
            let gap = offset - along * t
            return (gap * gap).sum().squareRoot() < 1
        }
        #expect(blocking.isEmpty, "\(blocking.count) prop vertices in the line of sight")
    }

    @Test func aFoxIsBuiltLowerThanAHorse() {
        #expect(QuadrupedBuild(row("fox")?.form) == .canine)
        #expect(QuadrupedBuild(row("horse")?.form) == .hoofed)
        var plan = CinematicFixtures.plan(setting: .plains, subject: .quadruped, action: .idle)
        plan.subjects[0].concept = "horse"
        let horse = CinematicFixtures.source(plan).scene.actors[0].mesh(at: 1)
        plan.subjects[0].concept = "fox"
        let fox = CinematicFixtures.source(plan).scene.actors[0].mesh(at: 1)
        func height(_ mesh: Mesh) -> Float {
            (mesh.positions.map(\.y).max() ?? 0) - (mesh.positions.map(\.y).min() ?? 0)
        }
        #expect(height(fox) < height(horse) * 0.85)
    }
}

/// Distance between two points seen from above.
private func horizontalDistance(_ a: SIMD3<Float>, _ b: SIMD3<Float>) -> Float {
    let dx = a.x - b.x, dz = a.z - b.z
    return (dx * dx + dz * dz).squareRoot()
}
