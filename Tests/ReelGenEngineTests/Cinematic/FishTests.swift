@testable import ReelGenEngine
import Testing

/// "Shark swimming in the sea", "beautiful clown fish swimming": creatures of the water are
/// fish, sharks, dolphins and whales in the water, not ducks, and never swim up the beach.
@Suite struct FishTests {
    private func scene(_ prompt: String, seed: UInt32 = 42) -> Scene {
        CinematicFixtures.source(PromptParser().plan(for: RenderRequest(prompt: prompt, seed: seed))).scene
    }

    @Test(arguments: [
        ("shark swimming in the sea", FishModel.Form.shark), ("beautiful clown fish swimming", .fish), ("a pod of dolphins in the sea", .dolphin),
        ("a whale in the ocean", .whale), ("pink jellyfish swimming underwater in a blue sea", .jellyfish),
        ("a harbour seal swimming near the shore", .seal), ("underwater footage of an octopus in a coral reef", .octopus),
    ])
    func aSeaCreatureIsItself(prompt: String, form: FishModel.Form) throws {
        let actor = try #require(scene(prompt).actors.first, "nothing in \"\(prompt)\"")
        #expect(actor.kind == .fish)
        #expect(actor.fish.form == form)
        #expect(actor.mesh(at: 1).triangleCount > 200)
    }

    /// A clownfish is orange with white bands edged in black; a goldfish has no bands.
    @Test func aClownfishsBandsAreEdgedInBlack() throws {
        func edges(_ prompt: String) throws -> Int {
            let fish = try #require(scene(prompt).actors.first)
            return fish.mesh(at: 1).colors.filter { SIMD3($0.x, $0.y, $0.z) == FishModel.bandEdge }.count
        }
        #expect(try edges("beautiful clown fish swimming") > 50)
        #expect(try edges("a goldfish swimming") == 0)
    }

    @Test func sizesFollowTheAnimal() throws {
        let whale = try #require(scene("a whale in the ocean").actors.first), goldfish = try #require(scene("a goldfish swimming").actors.first)
        #expect(whale.length > 10 && goldfish.length < 1, "a \(whale.length) m whale and a \(goldfish.length) m goldfish")
    }

    /// It stays in the water the whole clip, at the surface, wherever the seed sends it.
    @Test(arguments: [UInt32(1), 2, 3, 4, 5])
    func swimmersStayInTheWater(seed: UInt32) throws {
        let scene = scene("shark swimming in the sea", seed: seed)
        let shark = try #require(scene.actors.first)
        let level = try #require(scene.terrain.waterLevel)
        for step in 0...10 {
            let position = shark.track.pose(at: Float(step) / 2).position
            let afloat = scene.terrain.isAfloat(position)
            #expect(afloat, "on the shore at \(Float(step) / 2) s")
            #expect(abs(position.y - level) < 0.2)
        }
    }

    @Test func cookedFishIsFood() {
        let plan = PromptParser().plan(for: RenderRequest(prompt: "close up shot of fried fish on the plate"))
        #expect(plan.subjects.first?.category == .food)
        #expect(PromptParser().plan(for: RenderRequest(prompt: "close up on fish in net")).subjects.first?.category == .fish)
    }
}
