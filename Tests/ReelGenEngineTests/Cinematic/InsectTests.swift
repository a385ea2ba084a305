@testable import ReelGenEngine
import Testing

/// "Macro shot of ladybug on green leaf plant", "a bee feeding on nectars", "top view of a
/// hermit crab": small creatures are themselves (not birds), filmed close, on their leaf.
@Suite struct InsectTests {
    private func scene(_ prompt: String, seed: UInt32 = 42) -> Scene {
        CinematicFixtures.source(PromptParser().plan(for: RenderRequest(prompt: prompt, seed: seed))).scene
    }

    @Test(arguments: [
        ("macro shot of ladybug on green leaf plant", InsectModel.Form.ladybug), ("a colorful butterfly perching on a bud", .butterfly),
        ("top view of a hermit crab crawling on a wooden surface", .hermitCrab), ("a snail crawling on a leaf", .snail),
        ("a bee feeding on nectars", .bee), ("spider making a web", .spider), ("red dragonfly perched on green leaf", .dragonfly),
        ("ants eating dead spider", .ant), ("a beetle emerging from the sand", .beetle), ("a tarantula on a rock", .spider), ("close up view of a brown caterpillar crawling on green leaf", .caterpillar),
    ])
    func aSmallCreatureIsItself(prompt: String, form: InsectModel.Form) throws {
        let insect = try #require(scene(prompt).actors.first { $0.kind == .insect }, "no insect in \"\(prompt)\"")
        #expect(insect.insect.form == form)
        #expect(insect.mesh(at: 1).triangleCount > 200)
    }

    /// A butterfly's wings are rounded, with a dark border, pale spots along it and veins;
    /// a species with colours of its own wears them, whatever the seed.
    @Test(arguments: [UInt32(1), 2, 3])
    func aButterflyWearsItsSpeciesMarkings(seed: UInt32) throws {
        let monarch = try #require(scene("a monarch butterfly on a flower", seed: seed).actors.first { $0.kind == .insect })
        let orange = try #require(ConceptCatalogue.standard.entry(named: "monarch butterfly")?.color(0))
        #expect(monarch.insect.color == orange)
        let colors = monarch.mesh(at: 1).colors.map { SIMD3($0.x, $0.y, $0.z) }
        #expect(colors.contains(orange), "the monarch's orange")
        #expect(colors.contains(InsectModel.wingSpot), "pale spots on the border")
        #expect(colors.filter { $0.max() < 0.02 }.count > 40, "a dark border and veins")
    }

    /// A bee is furry, its outline soft; a fly is bare and glossy.
    @Test func aBeeIsFurryAndAFlyIsNot() throws {
        let pose = ActorPose(position: .zero, forward: SIMD3(0, 0, 1))
        #expect(InsectModel(form: .bee).mesh(for: pose, length: 0.2).materials.contains(.fur))
        #expect(!InsectModel(form: .fly).mesh(for: pose, length: 0.2).materials.contains(.fur))
    }

    /// "On a leaf": the plant grows under the insect, which sits on top of it.
    @Test func aLadybugSitsOnItsLeaf() throws {
        let actors = scene("macro shot of ladybug on green leaf plant").actors
        let bug = try #require(actors.first { $0.kind == .insect }), plant = try #require(actors.first { $0.kind == .plant })
        let bugAt = bug.track.pose(at: 2).position, plantAt = plant.track.pose(at: 2).position
        #expect(SIMD3(bugAt.x - plantAt.x, 0, bugAt.z - plantAt.z).length < 0.05, "the ladybug is beside its plant, not on it")
        #expect(bugAt.y > plantAt.y + plant.length * 0.5, "the ladybug is \(bugAt.y - plantAt.y) m up a \(plant.length) m plant")
    }

    /// A bee in flight beats its wings; one that feeds or perches stands on its feet.
    @Test func flyersFlyOnlyWhenTheyFly() throws {
        let flying = try #require(scene("a bee flying over the garden").actors.first)
        #expect(!flying.track.grounded)
        let wingTips = (0..<6).map { frame in flying.mesh(at: 1 + Float(frame) / 24).positions.map(\.y).max() ?? 0 }
        #expect((wingTips.max() ?? 0) - (wingTips.min() ?? 0) > flying.length * 0.1, "wings that beat: \(wingTips)")
        #expect(try #require(scene("a bee feeding on nectars").actors.first).track.grounded)
        #expect(try #require(scene("a snail flying").actors.first).track.grounded, "snails have no wings")
    }

    /// Filmed close from start to end: it fills a good part of the frame and the camera never
    /// pushes into it, whichever way the seed moves the camera.
    @Test(arguments: [UInt32(1), 2, 3, 4])
    func theCameraFramesItCloseButNotInside(seed: UInt32) throws {
        let scene = scene("macro shot of ladybug on green leaf plant", seed: seed)
        let bug = try #require(scene.actors.first { $0.kind == .insect })
        let width = 96, height = 54
        for time: Float in [0, 2.5, 4.9] {
            let camera = scene.camera.camera(at: time)
            let head = bug.kind.head(of: bug.track.pose(at: time), length: bug.length)
            #expect((head - camera.position).length > bug.length * 0.7, "the lens is \((head - camera.position).length) m from a \(bug.length) m ladybug")
            var buffer = VisibilityBuffer(width: width, height: height)
            let meshes = [scene.staticMesh] + scene.actors.map { $0.mesh(at: time) }
            Rasterizer(width: width, height: height).rasterize(meshes, camera: camera, pool: CinematicFixtures.pool, into: &buffer)
            let start = try #require(buffer.meshStarts.dropFirst().first), end = buffer.meshStarts.count > 2 ? buffer.meshStarts[2] : Int32.max
            let share = Double(buffer.triangle.filter { $0 >= start && $0 < end }.count) / Double(width * height)
            #expect(share > 0.03, "the ladybug covers \(share * 100) % of the frame at \(time) s")
            // A macro shot shows the whole insect, not a red wall of shell.
            let bounds = try #require(SubjectFramingTests.bounds(of: bug, camera: camera, time: time, aspect: 16 / 9))
            #expect(bounds.inside > 0.9, "seed \(seed): \(bounds.inside * 100) % of the ladybug is in the frame at \(time) s")
        }
    }

    @Test func aTopViewOfSomethingSmallIsStillClose() {
        let plan = PromptParser().plan(for: RenderRequest(prompt: "top view of a hermit crab crawling on a wooden surface"))
        #expect(plan.beats[0].camera.motion == .aerial)
        #expect(plan.beats[0].camera.framing == .closeUp)
    }
}
