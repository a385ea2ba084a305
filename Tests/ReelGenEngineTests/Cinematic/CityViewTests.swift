@testable import ReelGenEngine
import Testing

/// A city named by its name is a city, and a drone's view of one flies over its rooftops.
@Suite struct CityViewTests {
    @Test(arguments: ["aerial view of zaporizhia in ukraine", "aerial view of paris", "drone footage of new york at night"])
    func aDroneFliesOverTheCity(prompt: String) throws {
        let plan = PromptParser().plan(for: RenderRequest(prompt: prompt, seed: 42))
        #expect(plan.setting == .cityskyline && plan.unusedWords.isEmpty, "\(prompt): \(plan.setting), \(plan.unusedWords)")
        let scene = CinematicFixtures.source(plan).scene
        let eye = scene.camera.camera(at: 0).position
        #expect(eye.y - scene.terrain.height(eye.x, eye.z) > SceneBuilder.droneHeight * 0.9, "\(prompt): filmed from above the rooftops")
        // Blocks on a grid of streets, far more than a street's two rows.
        #expect(scene.staticMesh.materials.filter { $0 == .stone }.count > 12 * 150, "\(prompt): a whole city below")
    }

    /// A name that is also an English word stays that word: "nice" weather is not a city.
    @Test func aCommonWordIsNotACity() {
        #expect(PromptParser().plan(for: RenderRequest(prompt: "a nice day in the meadow", seed: 1)).setting == .meadow)
    }
}
