@testable import ReelGenEngine
import Testing

/// Beneath the sea the camera is in the water with the fish: no surface to look down on, a
/// teal light from above, a reef on the sand, and the fish swimming at the lens's depth.
@Suite struct UnderwaterTests {
    private static func scene(_ prompt: String, seed: UInt32 = 1) -> Scene {
        CinematicFixtures.source(PromptParser().plan(for: RenderRequest(prompt: prompt, seed: seed))).scene
    }

    @Test(arguments: ["beautiful clown fish swimming", "pink jellyfish swimming underwater in a blue sea", "underwater footage of a coral reef"])
    func theCameraIsInTheWater(prompt: String) throws {
        let scene = Self.scene(prompt)
        #expect(scene.terrain.waterLevel == nil, "\(prompt): no surface to look down on")
        #expect(scene.sky.zenith.y > scene.sky.zenith.x * 2 && scene.sky.horizon.z > scene.sky.horizon.x * 5, "\(prompt): the light of the sea")
        #expect(scene.fog.density > 0.01, "\(prompt): the water fades the distance")
        // Coral in the reef's colours stands on the sand in front of the lens.
        let reef = scene.staticMesh.colors.filter { color in PropPlacer.corals.contains { (SIMD3(color.x, color.y, color.z) - $0 * 0.75).max() > -0.01 && (SIMD3(color.x, color.y, color.z) - $0 * 1.2).max() < 0.01 } }
        #expect(reef.count > 500, "\(prompt): \(reef.count) coral corners")
        // Sea anemones among the coral: the crowns a clownfish lives in.
        let anemones = scene.staticMesh.colors.filter { color in PropPlacer.anemones.contains { (SIMD3(color.x, color.y, color.z) - $0 * 0.85).max() > -0.01 && (SIMD3(color.x, color.y, color.z) - $0 * 1.15).max() < 0.01 } }
        #expect(anemones.count > 200, "\(prompt): \(anemones.count) anemone corners")
    }

    /// A fish swims off the sand, at about the lens's own height above it.
    @Test(arguments: ["beautiful clown fish swimming", "pink jellyfish swimming underwater in a blue sea"], [UInt32(1), 2])
    func theFishSwimsAtTheLenssDepth(prompt: String, seed: UInt32) throws {
        let scene = Self.scene(prompt, seed: seed)
        let fish = try #require(scene.actors.first { $0.kind == .fish })
        for time: Float in [0.5, 2.5, 4.5] {
            let body = fish.track.pose(at: time).position, eye = scene.camera.camera(at: time).position
            let floor = scene.terrain.height(body.x, body.z)
            #expect(body.y - floor > 0.5, "\(prompt): swimming \(body.y - floor) m off the sand")
            #expect(abs((eye.y - scene.terrain.height(eye.x, eye.z)) - (body.y - floor)) < 1, "\(prompt): the lens at its depth")
        }
    }
}
