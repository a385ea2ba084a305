@testable import ReelGenEngine
import Testing
import Foundation

/// "Purple flowers with leaves", "a leafless tree", "variety of succulent plants": a plant the
/// prompt names grows in the shot, in its own shape and colours, rather than leaving the
/// shot to the scenery's trees.
@Suite struct PlantTests {
    private func scene(_ prompt: String, seed: UInt32 = 42) -> Scene {
        let plan = PromptParser().plan(for: RenderRequest(prompt: prompt, seed: seed))
        return CinematicFixtures.source(plan).scene
    }

    @Test(arguments: [
        ("purple flowers with leaves", PlantModel.Form.flowers), ("a rose in the garden", .flowers), ("a leafless tree", .bareTree),
        ("tree with golden leaves", .broadleafTree), ("a cactus in the desert", .cactus), ("variety of succulent plants on a garden", .succulent),
        ("a coconut tree by the house", .palm), ("red mushrooms in the forest", .mushrooms), ("close up view of a plant", .foliage),
        ("snow pouring on a pine tree", .conifer), ("leaves swaying in the wind", .sprig),
    ])
    func aNamedPlantGrowsInItsShape(prompt: String, form: PlantModel.Form) throws {
        let plants = scene(prompt).actors.filter { $0.kind == .plant }
        let plant = try #require(plants.first, "no plant in \"\(prompt)\"")
        #expect(plant.plant.species.form == form)
    }

    @Test func colourWordsColourTheRightPart() throws {
        let flowers = try #require(scene("purple flowers with leaves").actors.first { $0.kind == .plant })
        let bloom = flowers.plant.species.bloomColor
        #expect(bloom.x > bloom.y * 2 && bloom.z > bloom.y * 2, "purple blooms, not \(bloom)")

        // The leaves belong to the tree: they colour its crown and grow no sprig of their own.
        let actors = scene("tree with golden leaves").actors
        #expect(actors.count == 1)
        let leaf = try #require(actors.first).plant.species.leaf
        #expect(leaf.x > leaf.z * 3 && leaf.y > leaf.z * 2, "golden leaves, not \(leaf)")

        let rose = try #require(scene("a rose").actors.first).plant.species.bloomColor
        #expect(rose.x > rose.y * 5, "a rose is red unless the prompt says otherwise")

        // A cherry tree is in blossom: most of its crown is pink.
        let cherry = try #require(scene("cherry tree").actors.first).mesh(at: 0)
        let pink = cherry.colors.filter { $0.x > $0.y * 1.4 && $0.z > $0.y }.count
        #expect(pink > cherry.colors.count / 3, "\(pink) of \(cherry.colors.count) corners pink")
    }

    @Test func aBareTreeHasBranchesButNoLeaves() throws {
        let bare = try #require(scene("a leafless tree").actors.first).mesh(at: 0)
        #expect(bare.triangleCount > 1000, "branches forking three times over")
        #expect(!bare.materials.contains(.foliage))
        let leafy = try #require(scene("an oak tree in a meadow").actors.first).mesh(at: 0)
        #expect(leafy.materials.filter { $0 == .foliage }.count > leafy.triangleCount / 2)
    }

    @Test func aBonsaiGrowsInAPot() throws {
        let bonsai = try #require(scene("a bonsai tree").actors.first)
        #expect(bonsai.plant.species.potted)
        #expect(bonsai.length < 1, "a bonsai is small: \(bonsai.length) m")
        #expect(bonsai.mesh(at: 0).materials.contains(.stone))
    }

    /// The wind bends stems: their tops move from frame to frame, their roots stay put.
    @Test func stemsSwayFromTheRoot() throws {
        let flowers = try #require(scene("tulips in a garden").actors.first)
        let before = flowers.mesh(at: 1), after = flowers.mesh(at: 1.5)
        let base = flowers.track.pose(at: 1).position.y
        var topMotion: Float = 0, rootMotion: Float = 0
        for i in before.positions.indices {
            let moved = (after.positions[i] - before.positions[i]).length
            let height = before.positions[i].y - base
            if height > flowers.length * 0.8 { topMotion = max(topMotion, moved) }
            if height < flowers.length * 0.02 { rootMotion = max(rootMotion, moved) }
        }
        #expect(topMotion > 0.01, "tops moved \(topMotion) m")
        #expect(rootMotion < 0.001, "roots moved \(rootMotion) m")
    }

    /// A small plant is filmed close and from near its own height, so it fills a good part
    /// of the frame with the land behind it, not a patch of grass seen from above.
    @Test(arguments: ["close up view of a plant", "a rose", "a sunflower swaying in the wind", "variety of succulent plants on a garden"])
    func theCameraFramesThePlant(prompt: String) throws {
        let scene = scene(prompt)
        let width = 96, height = 54
        for time: Float in [0, 2.5, 4.9] {
            var buffer = VisibilityBuffer(width: width, height: height)
            let meshes = [scene.staticMesh] + scene.actors.map { $0.mesh(at: time) }
            let camera = scene.camera.camera(at: time)
            Rasterizer(width: width, height: height).rasterize(meshes, camera: camera, pool: CinematicFixtures.pool, into: &buffer)
            let plantStart = try #require(buffer.meshStarts.dropFirst().first)
            let share = Double(buffer.triangle.filter { $0 >= plantStart }.count) / Double(width * height)
            #expect(share > 0.01, "\(prompt): the plant covers \(share * 100) % of the frame at \(time) s")
            #expect(camera.forward.y > -0.35, "\(prompt): looking down at \(asinf(-camera.forward.y) * 180 / .pi)°")
        }
    }
}
