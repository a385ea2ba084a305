@testable import ReelGenEngine
import Testing

/// Someone with food in the prompt has it in front of them: on a table at arm's length,
/// sitting to eat, standing with a knife to cut, and close enough to the lens to see.
@Suite struct MealStagingTests {
    private static func scene(_ prompt: String) -> Scene {
        CinematicFixtures.source(PromptParser().plan(for: RenderRequest(prompt: prompt, seed: 5))).scene
    }

    @Test(arguments: ["a woman cutting a tomato", "man eating noodle", "a chef slicing a cucumber"])
    func theFoodIsOnATableInFrontOfThem(prompt: String) throws {
        let scene = Self.scene(prompt)
        let person = try #require(scene.actors.first { $0.kind == .person }), dish = try #require(scene.actors.first { $0.kind == .dish })
        let hips = person.track.pose(at: 2.5), food = dish.track.pose(at: 2.5).position
        let apart = SIMD3(food.x - hips.position.x, 0, food.z - hips.position.z)
        #expect(apart.length < 0.7, "the food is \(apart.length) m from their hips")
        #expect(apart.normalized.dot(hips.forward) > 0.9, "in front of them, not beside them")
        let ground = scene.terrain.height(food.x, food.z)
        #expect(abs(food.y - ground - DishModel.tableHeight) < 0.05, "at table height")
        // A table top under the food.
        #expect(scene.staticMesh.positions.contains { abs($0.y - food.y) < 0.03 && SIMD3($0.x - food.x, 0, $0.z - food.z).length < 0.9 })
        #expect(hips.holding, "a hand out at the food")
        let eye = scene.camera.camera(at: 2.5).position
        #expect((eye - food).length < 4.5, "filmed close enough to see the food (\((eye - food).length) m)")
    }

    /// An animal's food lies on the ground under its muzzle, no plate and no table, and
    /// the shot that frames the animal shows it (one that sits up to eat holds it instead:
    /// `SittingAnimalTests`).
    @Test(arguments: ["a pig eating an apple", "a rabbit eating a carrot", "a horse eating an apple in a field"])
    func anAnimalEatsFromTheGround(prompt: String) throws {
        let scene = Self.scene(prompt)
        let animal = try #require(scene.actors.first { $0.kind == .quadruped }), dish = try #require(scene.actors.first { $0.kind == .dish })
        #expect(dish.serving.base == .ground)
        let body = animal.track.pose(at: 2.5), food = dish.track.pose(at: 2.5).position
        let apart = SIMD3(food.x - body.position.x, 0, food.z - body.position.z)
        #expect(apart.length < animal.length, "the food is \(apart.length) m from a \(animal.length) m animal")
        #expect(apart.normalized.dot(body.forward) > 0.9, "before its muzzle")
        #expect(abs(food.y - scene.terrain.height(food.x, food.z)) < 0.05, "on the ground")
        #expect(!scene.staticMesh.positions.contains { abs($0.y - food.y - DishModel.tableHeight) < 0.03 && SIMD3($0.x - food.x, 0, $0.z - food.z).length < 0.9 },
                "no table")
    }

    @Test func eatersSitAndCooksStandWithAKnife() throws {
        let restaurant = Self.scene("man eating noodle")
        let eater = try #require(restaurant.actors.first { $0.kind == .person })
        let seated = eater.track.pose(at: 2.5)
        #expect(seated.seated)
        #expect(!eater.wieldsKnife)
        // His right hand is out on the table, at the table top's height, not in his lap.
        let hand = eater.mesh(at: 2.5).positions.filter { ($0 - seated.position).dot(seated.forward) > 0.3 * eater.length / 1.75 }
        let ground = restaurant.terrain.height(seated.position.x, seated.position.z)
        #expect(hand.contains { abs($0.y - ground - DishModel.tableHeight) < 0.08 }, "a hand at the table")

        let kitchen = Self.scene("a woman cutting a tomato")
        let cook = try #require(kitchen.actors.first { $0.kind == .person })
        #expect(!cook.track.pose(at: 2.5).seated)
        #expect(cook.wieldsKnife)
        #expect(try #require(kitchen.actors.first { $0.kind == .dish }).serving.base == .board, "cut on a chopping board")
        // The knife is steel in the hand: metal the bare figure does not have.
        let pose = cook.track.pose(at: 2.5)
        let armed = PersonModel(palette: cook.palette, figure: cook.figure, knife: true).mesh(for: pose, length: cook.length)
        let bare = PersonModel(palette: cook.palette, figure: cook.figure).mesh(for: pose, length: cook.length)
        #expect(armed.materials.filter { $0 == .metal }.count > bare.materials.filter { $0 == .metal }.count)
    }

    /// A child eats from the hand: a grown-up's table would hide them. Whoever holds their
    /// food has no table either.
    @Test(arguments: ["a girl eating a watermelon in the garden", "woman holding a pineapple"])
    func whoHoldsTheirFoodHasNoTable(prompt: String) throws {
        let scene = Self.scene(prompt)
        let girl = try #require(scene.actors.first { $0.kind == .person }), fruit = try #require(scene.actors.first { $0.kind == .dish })
        #expect(girl.figure.child == prompt.contains("girl"))
        #expect(!fruit.setBeforeSomeone)
        let hips = girl.track.pose(at: 2.5), held = fruit.track.pose(at: 2.5).position
        #expect(hips.holding)
        #expect((held - hips.position).length < 0.5, "in her hands, \((held - hips.position).length) m from her hips")
        #expect(fruit.serving.base == .hand, "held as it is, not on a plate")
    }

    /// What someone holds is the point of the shot: they face the lens, filmed from the waist
    /// up, holding it up before the chest, and it is whole in the frame and big enough to read.
    @Test(arguments: ["woman holding a pineapple", "girl peeling a banana", "a man holding a flower in the park", "boy getting a dumpling using chopsticks"],
          [UInt32(1), 5])
    func whatSomeoneHoldsIsInTheShot(prompt: String, seed: UInt32) throws {
        let scene = CinematicFixtures.source(PromptParser().plan(for: RenderRequest(prompt: prompt, seed: seed))).scene
        let person = try #require(scene.actors.first { $0.kind == .person })
        let held = try #require(scene.actors.first { $0.kind != .person && $0.track.seat != nil })
        for time: Float in [0.5, 2.5, 4.5] {
            let camera = scene.camera.camera(at: time), hips = person.track.pose(at: time)
            let toLens = SIMD3(camera.position.x - hips.position.x, 0, camera.position.z - hips.position.z).normalized
            #expect(hips.forward.dot(toLens) > 0.7, "\(prompt) (seed \(seed)): turned away from the lens")
            #expect(hips.presenting, "\(prompt): held up to show it")
            let lift = held.track.pose(at: time).position.y - hips.position.y
            #expect(lift > 0.25 * person.length / 1.75, "\(prompt) (seed \(seed)): held up before the chest, \(lift) m above the hips")
            let bounds = try #require(SubjectFramingTests.bounds(of: held, camera: camera, time: time, aspect: 16 / 9))
            #expect(bounds.inside > 0.95, "\(prompt) (seed \(seed)): what is held leaves the frame")
            #expect(bounds.height > 0.06, "\(prompt) (seed \(seed)): what is held is \(bounds.height) of the frame's height")
        }
    }

    /// Whole produce is drawn as itself: a banana a long bent pod, a pineapple under its
    /// crown of leaves, broccoli a head of florets on a stalk, half a papaya cut face up.
    @Test func produceIsDrawnAsItself() throws {
        func mesh(_ word: String) throws -> Mesh {
            let entry: CatalogueEntry = try #require(row(word))
            var serving = Serving(entry)
            serving.base = .hand
            return DishModel(serving: serving).mesh(for: ActorPose(position: .zero, forward: SIMD3(0, 0, 1)), length: 0.32)
        }
        let banana = try mesh("banana").positions
        let long = (banana.map(\.x).max() ?? 0) - (banana.map(\.x).min() ?? 0), thick = (banana.map(\.z).max() ?? 0) - (banana.map(\.z).min() ?? 0)
        #expect(long > 4 * thick, "a banana \(long) m long and \(thick) m thick")
        let pineapple = try mesh("pineapple")
        #expect(pineapple.materials.contains(.foliage), "a crown of leaves")
        #expect((pineapple.positions.map(\.y).max() ?? 0) > 0.22, "standing tall under its crown")
        let florets = try mesh("broccoli").materials.filter { $0 == .foliage }.count
        #expect(florets > 8000, "a head of florets, each crowned with buds: \(florets)")
        // Half a papaya: its flesh on top, its rind below, its black seeds down the middle.
        let papaya = try mesh("papaya"), entry = try #require(row("papaya"))
        let serving = Serving(entry)
        let top = papaya.positions.map(\.y).max() ?? 0
        let uppermost = papaya.positions.indices.filter { papaya.positions[$0].y > top - 0.012 }
        #expect(uppermost.contains { (SIMD3(papaya.colors[$0].x, papaya.colors[$0].y, papaya.colors[$0].z) - serving.topping * 0.7).length < 0.02 }, "flesh on top")
        #expect(uppermost.contains { SIMD3(papaya.colors[$0].x, papaya.colors[$0].y, papaya.colors[$0].z).max() < 0.05 }, "seeds showing")
        // "A papaya fruit" names the fruit it is.
        let plan = PromptParser().plan(for: RenderRequest(prompt: "video of a slice papaya fruit", seed: 1))
        #expect(plan.subjects.first?.entry == "papaya", "\(plan.subjects)")
    }

    /// A thing that goes on a table (a board game, a crystal ball, cards) is set on one before
    /// the people named with it, as a meal is, at table height in front of them.
    @Test(arguments: ["people playing a board game", "two men playing chess in the park", "a fortune teller with a crystal ball"])
    func aTabletopThingIsSetOnATable(prompt: String) throws {
        let scene = Self.scene(prompt)
        let person = try #require(scene.actors.first { $0.kind == .person })
        let thing = try #require(scene.actors.first { $0.tabletop }, "\(prompt): nothing set on a table")
        #expect(thing.setBeforeSomeone && thing.track.seat == nil)
        let spot = thing.track.pose(at: 2.5).position, hips = person.track.pose(at: 2.5)
        #expect(abs(spot.y - scene.terrain.height(spot.x, spot.z) - DishModel.tableHeight) < 0.05, "\(prompt): at table height")
        let apart = SIMD3(spot.x - hips.position.x, 0, spot.z - hips.position.z)
        #expect(apart.length < 0.8 && apart.normalized.dot(hips.forward) > 0.8, "\(prompt): in front of them, \(apart.length) m off")
    }

    /// Produce people cut and eat is its own colour, not the generic brown helping.
    @Test func fruitAndVegetablesAreTheirOwnColours() {
        let generic = Serving(row("unheard of"))
        for word in ["cucumber", "carrot", "pepper", "watermelon", "pineapple", "tomato", "broccoli"] {
            #expect(Serving(row(word)) != generic, "\(word)")
        }
        let cucumber = Serving(row("cucumber")).color, carrot = Serving(row("carrot")).color
        #expect(cucumber.y > cucumber.x && cucumber.y > cucumber.z, "a green cucumber")
        #expect(carrot.x > carrot.y && carrot.y > carrot.z, "an orange carrot")
    }

    /// Work clothes tell who someone is: a chef in white.
    /// A plate is a shallow dish, not a disc: a flat well where the food rests, and a rim
    /// rising to a lip at its edge.
    @Test func aPlateHasARim() {
        var mesh = Mesh()
        DishModel.addPlate(to: &mesh, radius: 0.15)
        func radius(_ p: SIMD3<Float>) -> Float { (p.x * p.x + p.z * p.z).squareRoot() }
        let well = mesh.positions.filter { radius($0) < 0.08 }.map(\.y).max() ?? 0
        let rim = mesh.positions.filter { radius($0) > 0.13 }.map(\.y).max() ?? 0
        #expect(abs(well - 0.014) < 0.001, "the food rests on the well's floor")
        #expect(rim > well + 0.012, "the lip stands \(rim - well) m above the well")
    }

    @Test func aChefWearsWhites() throws {
        let chef = try #require(Self.scene("a chef slicing a cucumber").actors.first { $0.kind == .person })
        #expect(chef.palette.skin.min() > 0.6, "a white top, not \(chef.palette.skin)")
    }
}
