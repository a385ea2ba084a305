import Foundation
@testable import ReelGenEngine
import Testing

/// Staging resolves a relation from what the carrier affords: a saddle on a horse's back,
/// a grown-up's shoulders. The rider goes wherever the carrier goes.
@Suite struct RelationStagingTests {
    private static func scene(_ prompt: String, seed: UInt32 = 5) -> Scene {
        CinematicFixtures.source(PromptParser().plan(for: RenderRequest(prompt: prompt, seed: seed))).scene
    }

    @Test(arguments: ["a knight on horseback", "a cowboy riding a horse in the desert", "a woman riding a camel"])
    func aRiderSitsOnTheAnimalsBack(prompt: String) throws {
        let scene = Self.scene(prompt)
        let rider = try #require(scene.actors.first { $0.kind == .person })
        let mount = try #require(scene.actors.first { $0.kind == .quadruped })
        for time: Float in [0, 2.5, 4.9] {
            let seat = rider.track.pose(at: time), back = mount.track.pose(at: time)
            #expect(seat.seated && seat.astride)
            let apart = seat.position - back.position
            #expect(SIMD3(apart.x, 0, apart.z).length < mount.length * 0.15, "over the back, not beside it: \(apart)")
            // Above the body (its top is about 0.3 of the design's 2 m above its centre), below the head.
            #expect(apart.y > mount.length * 0.13 && apart.y < mount.length * 0.3, "on the back: \(apart.y) m above a \(mount.length) m body's centre")
        }
    }

    /// What someone wears is part of them, not a thing beside them: its colour on the part it
    /// dresses ("a girl in a yellow raincoat" wears yellow), a dress a dress, a suit trousers.
    @Test func whatSomeoneWearsDressesThem() throws {
        let raincoat = Self.scene("a girl in a yellow raincoat")
        #expect(raincoat.actors.count == 1)
        let girl = try #require(raincoat.actors.first { $0.kind == .person })
        #expect(girl.palette.skin.x > 0.5 && girl.palette.skin.y > 0.4 && girl.palette.skin.z < 0.1, "yellow, got \(girl.palette.skin)")
        let dress = try #require(Self.scene("a man in a red dress dancing").actors.first { $0.kind == .person })
        #expect(dress.figure.dress && dress.palette.skin.x > 0.4 && dress.palette.skin.y < 0.1)
        let suit = try #require(Self.scene("a woman wearing a black suit walking down the street").actors.first { $0.kind == .person })
        #expect(!suit.figure.dress && suit.palette.skin.max() < 0.05 && suit.palette.belly.max() < 0.05)
        let home = PromptParser().plan(for: RenderRequest(prompt: "woman and man in pajamas working from home", seed: 5))
        #expect(home.isIndoors)
        let sleepers = CinematicFixtures.source(home).scene.actors
        #expect(sleepers.count == 2 && sleepers.allSatisfy { $0.kind == .person && $0.palette.skin == $0.palette.belly })
    }

    /// A building named after something smaller is its backdrop: behind it and in the shot,
    /// not off to the side out of frame; someone "in front of" a castle is outdoors.
    @Test(arguments: ["a coconut tree by the house", "a man standing in front of a castle"])
    func aBuildingBacksTheSubject(prompt: String) throws {
        let plan = PromptParser().plan(for: RenderRequest(prompt: prompt, seed: 42))
        #expect(!plan.isIndoors)
        let scene = CinematicFixtures.source(plan).scene
        let building = try #require(scene.actors.first { $0.kind == .building })
        let front = try #require(scene.actors.first { $0.kind != .building })
        let camera = scene.camera.camera(at: 0)
        let toBuilding = building.track.pose(at: 0).position - camera.position, toFront = front.track.pose(at: 0).position - camera.position
        #expect(toBuilding.dot(camera.forward) > toFront.dot(camera.forward) + building.length * 0.3, "behind")
        let across = toBuilding.dot(camera.right) / toBuilding.dot(camera.forward)
        #expect(abs(across) < tanf(camera.verticalFieldOfView / 2) * 16 / 9, "in the shot: \(across)")
    }

    @Test func aChildRidesOnAGrownUpsShoulders() throws {
        let scene = Self.scene("a child on her father's shoulders")
        let people = scene.actors.filter { $0.kind == .person }
        try #require(people.count == 2)
        let child = try #require(people.first { $0.track.seat != nil }), father = try #require(people.first { $0.track.seat == nil })
        #expect(child.length < father.length)
        let hips = child.track.pose(at: 2.5).position, carrier = father.track.pose(at: 2.5).position
        let shoulders = carrier.y + father.length * 0.29
        #expect(hips.y > shoulders && hips.y < carrier.y + father.length * 0.46, "the child's hips sit on the shoulders, below the top of the head")
        #expect(SIMD3(hips.x - carrier.x, 0, hips.z - carrier.z).length < 0.2)
        #expect(child.track.pose(at: 2.5).astride, "a leg down each side of the neck")
    }

    /// Astride, the legs hang down the animal's sides: the feet are well below the hips and
    /// wider apart than on a chair; a cyclist keeps their feet forward.
    @Test func aRidersLegsHangDownTheSides() throws {
        let scene = Self.scene("a knight on horseback")
        let rider = try #require(scene.actors.first { $0.kind == .person })
        let pose = rider.track.pose(at: 2)
        let mesh = rider.mesh(at: 2)
        let lowest = try #require(mesh.positions.map(\.y).min())
        #expect(pose.position.y - lowest > 0.55 * rider.length / 1.75, "feet \(pose.position.y - lowest) m below the hips")
        let cyclist = try #require(Self.scene("a cyclist riding a bicycle").actors.first { $0.kind == .person })
        #expect(cyclist.track.pose(at: 2).seated && !cyclist.track.pose(at: 2).astride)
    }

    @Test func anUmbrellaIsHeldOpenAboveTheHead() throws {
        let scene = Self.scene("a man holding an umbrella in the rain")
        let man = try #require(scene.actors.first { $0.kind == .person })
        let umbrella = try #require(scene.actors.first { $0.kind == .object })
        #expect(umbrella.object.form == .umbrella)
        #expect(man.track.pose(at: 2).holding)
        let mesh = umbrella.mesh(at: 2), head = ActorKind.person.head(of: man.track.pose(at: 2), length: man.length)
        let canopy = try #require(mesh.positions.map(\.y).max())
        #expect(canopy > head.y + 0.1, "the canopy (\(canopy)) is over the head (\(head.y))")
        let grip = umbrella.track.pose(at: 2).position - man.track.pose(at: 2).position
        #expect(SIMD3(grip.x, 0, grip.z).length < 0.6, "in his hand")
        // The shot of him keeps the canopy in, not only the shaft in his hand.
        for time: Float in [0.5, 2.5, 4.5] {
            let bounds = try #require(SubjectFramingTests.bounds(of: umbrella, camera: scene.camera.camera(at: time), time: time, aspect: 16 / 9))
            #expect(bounds.inside > 0.9, "\(bounds.inside * 100) % of the umbrella in the frame at \(time) s")
        }
    }

    /// A drink goes with the hand that holds it: at the chest, then up at the lips for a sip,
    /// and down again.
    @Test func aDrinkIsLiftedToTheLips() throws {
        let scene = Self.scene("close up view of a man drinking red wine")
        let man = try #require(scene.actors.first { $0.kind == .person })
        let wine = try #require(scene.actors.first { $0.kind == .dish })
        func reach(at time: Float) -> Float {
            let head = ActorKind.person.head(of: man.track.pose(at: time), length: man.length)
            return (wine.track.pose(at: time).position - head).length
        }
        let times = stride(from: Float(0), to: 5, by: 0.1).map { $0 }
        let nearest = try #require(times.map(reach).min()), farthest = try #require(times.map(reach).max())
        #expect(nearest < 0.35 * man.length / 1.75, "at the lips (\(nearest) m from the head)")
        #expect(farthest > nearest + 0.15, "and down again (\(farthest) m)")
        #expect(scene.camera.aimBelowHead > 0, "the shot frames the glass with the face")
    }

    /// A guitar is held across the body, its body at the hip, not held up before the face
    /// as a fruit is shown.
    @Test func aGuitarIsHeldAtTheWaist() throws {
        let scene = Self.scene("a man with a guitar")
        let man = try #require(scene.actors.first { $0.kind == .person })
        let guitar = try #require(scene.actors.first { $0.kind == .object })
        #expect(guitar.object.form == .instrument)
        let lowest = try #require(guitar.mesh(at: 2).positions.map(\.y).min())
        let hips = man.track.pose(at: 2).position, waist = hips.y + 0.3 * man.length / 1.75
        #expect(lowest < waist, "the guitar's body (its foot at \(lowest)) at the hip, below the waist (\(waist))")
        #expect(!man.track.pose(at: 2).presenting)
    }

    @Test(arguments: [UInt32(1), 2, 3, 4, 5, 42])
    func aCatStandsOnTheFence(seed: UInt32) throws {
        let scene = Self.scene("a cat on a fence", seed: seed)
        let cat = try #require(scene.actors.first { $0.kind == .quadruped })
        let fence = try #require(scene.actors.first { $0.kind == .object })
        #expect(fence.object.form == .fence)
        let body = cat.track.pose(at: 2).position, post = fence.track.pose(at: 2).position
        // The top rail's upper face, just below the tops of the posts.
        let railFaces = fence.mesh(at: 2).positions.map(\.y).filter { $0 < (fence.mesh(at: 2).positions.map(\.y).max() ?? 0) - 0.03 }
        let rail = try #require(railFaces.max())
        let legs = cat.length * 0.49 * cat.build.legScale
        #expect(rail - scene.terrain.height(post.x, post.z) > 0.9, "a fence to stand on")
        #expect(abs(body.y - legs - rail) < 0.06, "standing on the rail (\(rail)), not the ground: feet at \(body.y - legs)")
        let paws = try #require(cat.mesh(at: 2).positions.map(\.y).min())
        #expect(abs(paws - rail) < 0.03, "seed \(seed): its paws (\(paws)) on the rail (\(rail)), not floating over it")
        let apart = cat.track.pose(at: 2).position - post
        #expect(SIMD3(apart.x, 0, apart.z).length < 0.1)
    }

    /// "White fox on rock", "a man sitting on a rock": a rock something is on is a boulder
    /// under it, its feet (or seat) on the flat of its top, and no bench is set beside it.
    @Test(arguments: ["white fox on rock", "a man sitting on a rock by the sea"])
    func whatIsOnARockStandsOnABoulder(prompt: String) throws {
        let scene = Self.scene(prompt)
        let rider = try #require(scene.actors.first { $0.kind == .quadruped || $0.kind == .person })
        let rock = try #require(scene.actors.first { $0.kind == .object })
        #expect(rock.object.form == .boulder)
        let base = rock.track.pose(at: 2).position, body = rider.track.pose(at: 2).position
        let top = try #require(rock.mesh(at: 2).positions.map(\.y).max())
        #expect(top - scene.terrain.height(base.x, base.z) > 0.4, "a rock to stand on")
        // Someone sitting sits on its front edge.
        #expect(SIMD3(body.x - base.x, 0, body.z - base.z).length < (rider.kind == .person ? 0.5 : 0.1), "on it, not beside it")
        // An animal's feet; the seat of someone sitting, near their middle (their feet hang down).
        let reach: Float = rider.kind == .person ? 0.25 : .infinity
        let lowest = try #require(rider.mesh(at: 2).positions.filter { SIMD3($0.x - body.x, 0, $0.z - body.z).length < reach }.map(\.y).min())
        #expect(abs(lowest - top) < 0.12, "\(prompt): on its top (\(top)), lowest point at \(lowest)")
    }

    /// "An eagle on a tree branch", "koala eating leaves from a branch": an animal named with
    /// a branch perches on a bough above the ground, its feet on the limb the whole clip (a
    /// bird too, rather than fly off), and the bough is big enough to bear it.
    @Test(arguments: ["an eagle on a tree branch", "koala eating leaves from a branch", "a clouded leopard on a tree branch"])
    func whatIsOnABranchPerchesOnTheBough(prompt: String) throws {
        let scene = Self.scene(prompt)
        let animal = try #require(scene.actors.first { $0.kind == .quadruped || $0.kind == .bird })
        let bough = try #require(scene.actors.first { $0.kind == .object })
        #expect(bough.object.form == .bough)
        #expect(bough.length >= animal.length * 1.5, "a bough that bears a \(animal.length) m animal, not a twig (\(bough.length) m)")
        let base = bough.track.pose(at: 0).position
        let limb = base.y + (bough.object.form.top ?? 0) * bough.length
        #expect(limb - base.y > 1.5, "up in the tree")
        for time in [Float(0.5), 2.5, 4.5] {
            let body = animal.track.pose(at: time).position
            #expect(SIMD3(body.x - base.x, 0, body.z - base.z).length < 0.1, "\(prompt): on the bough at \(time) s")
            let feet = try #require(animal.mesh(at: time).positions.map(\.y).min())
            #expect(abs(feet - limb) < 0.08, "\(prompt): feet (\(feet)) on the limb (\(limb)) at \(time) s")
        }
    }

    /// "Squirrels on a tree branch", "birds sitting on a fence": the whole group stands along
    /// the support, each with its feet on its top, spaced apart, not one up and the rest below.
    @Test(arguments: ["squirrels on a tree branch", "birds sitting on a fence"])
    func aGroupSharesItsPerch(prompt: String) throws {
        let scene = Self.scene(prompt)
        let support = try #require(scene.actors.first { $0.kind == .object })
        let top = support.track.pose(at: 0).position.y + (support.object.form.top ?? 0) * support.length
        let members = scene.actors.filter { $0.kind == .quadruped || $0.kind == .bird }
        #expect(members.count >= 2, "\(prompt): a group")
        for member in members {
            let feet = try #require(member.mesh(at: 2).positions.map(\.y).min())
            #expect(abs(feet - top) < 0.08, "\(prompt): feet (\(feet)) on the top (\(top))")
        }
        let spots = members.map { $0.track.pose(at: 2).position }
        for (a, b) in zip(spots, spots.dropFirst()) {
            #expect((a - b).length > 0.5 * members[0].length, "\(prompt): spaced apart")
        }
    }

    /// "A dog playing with a soccer ball", "a sheep eating flowers from behind a fence":
    /// what else the prompt names stands before the animal's head, where it is in the frame
    /// the whole clip; a fence crosses its way; a football shows its black patches.
    @Test(arguments: [("a cute pomeranian dog playing with a soccer ball", 1), ("a sheep eating yellow flowers from behind a wire fence", 2)])
    func whatIsNamedWithAnAnimalIsBeforeIt(prompt: String, things: Int) throws {
        let scene = Self.scene(prompt)
        let animal = try #require(scene.actors.first { $0.kind == .quadruped })
        let others = scene.actors.filter { $0.kind != .quadruped }
        #expect(Set(others.map(\.concept)).count == things, "\(others.map(\.concept))")
        let pose = animal.track.pose(at: 0)
        for thing in others {
            let ahead = thing.track.pose(at: 0).position - pose.position
            #expect(ahead.dot(pose.forward) > animal.length * 0.3, "\(thing.concept) before the \(animal.concept)'s head")
            #expect(SIMD3(ahead.x, 0, ahead.z).length < animal.length * 1.5, "\(thing.concept) at the \(animal.concept)'s side")
            for time: Float in [0.5, 2.5, 4.5] {
                let bounds = try #require(SubjectFramingTests.bounds(of: thing, camera: scene.camera.camera(at: time), time: time, aspect: 16 / 9))
                #expect(bounds.inside > 0.6, "\(prompt): the \(thing.concept) is out of the frame at \(time) s")
            }
            if thing.object.form == .fence {
                #expect(abs(thing.track.pose(at: 0).forward.dot(pose.forward)) < 0.1, "the fence crosses its way")
            }
        }
        if let ball = others.first(where: { $0.object.form == .ball }) {
            #expect(ball.mesh(at: 0).colors.contains { $0.x < 0.1 }, "a football's black patches")
        }
    }

    /// "Oranges on a tree branch": the fruit hangs in the tree, outdoors, and the camera
    /// films the tree, not a table in a kitchen.
    @Test func fruitOnAPlantGrowsOnIt() throws {
        let plan = PromptParser().plan(for: RenderRequest(prompt: "oranges on a tree branch", seed: 5))
        #expect(!plan.isIndoors, "\(plan.setting)")
        let scene = CinematicFixtures.source(plan).scene
        #expect(!scene.actors.contains { $0.kind == .dish })
        let tree = try #require(scene.actors.first { $0.kind == .plant })
        let orange = try #require(ConceptCatalogue.standard.entry(named: "orange")?.color(0))
        #expect(tree.plant.species.fruit == orange)
        #expect(tree.mesh(at: 1).colors.filter { abs($0.x - orange.x) < orange.x * 0.15 && abs($0.y - orange.y) < orange.y * 0.15 + 0.01 }.count > 100)
        #expect(scene.camera.subject?.pose(at: 1).position == tree.track.pose(at: 1).position, "the camera films the tree")
    }
}
