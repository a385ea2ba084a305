@testable import ReelGenEngine
import Testing

/// "In autumn" colours the woods: broadleaf crowns turn orange, red and gold.
@Suite struct SeasonTests {
    /// The share of foliage triangles whose colour is warm (red well above green).
    private func warmFoliage(_ plan: ScenePlan) -> Float {
        let mesh = CinematicFixtures.source(plan).scene.staticMesh
        var warm = 0, total = 0
        for (triangle, material) in mesh.materials.enumerated() where material == .foliage {
            let color = mesh.colors[Int(mesh.indices[3 * triangle])]
            total += 1
            if color.x > 2 * color.y { warm += 1 }
        }
        return total == 0 ? 0 : Float(warm) / Float(total)
    }

    /// Snow is exposed for, as a camera's meter would: the land keeps its shading instead of
    /// burning out to white, and a fox on it stays rust.
    @Test func snowIsNotBurnedOut() {
        let plan = PromptParser().plan(for: RenderRequest(prompt: "a fox walking in the snow", seed: 42))
        let image = CinematicFixtures.frame(CinematicFixtures.source(plan, width: 160, height: 90), 60)
        var burned = 0
        for p in stride(from: 0, to: image.pixels.count, by: 3) where min(image.pixels[p], image.pixels[p + 1], image.pixels[p + 2]) >= 250 {
            burned += 1
        }
        #expect(Double(burned) / Double(image.width * image.height) < 0.1, "\(burned) of \(image.width * image.height) pixels burned out")
    }

    /// A snowfield is snow in drifts over rolling land, firs standing dark in it and rocks
    /// showing through, never one flat white sheet.
    @Test func snowLiesOverRollingLandWithFirs() {
        let plan = PromptParser().plan(for: RenderRequest(prompt: "aerial view of snow piles", seed: 42))
        #expect(plan.setting == .snowfield)
        let scene = CinematicFixtures.source(plan).scene
        #expect(scene.terrain.relief == .hills)
        let mesh = scene.staticMesh
        #expect(mesh.materials.filter { $0 == .foliage }.count > 200, "firs")
        #expect(mesh.materials.filter { $0 == .stone }.count > 100, "rocks")
    }

    @Test func autumnTurnsTheBroadleavesWarm() {
        var plan = CinematicFixtures.plan(setting: .park)
        #expect(warmFoliage(plan) < 0.05, "summer woods are green")
        plan.season = .autumn
        #expect(warmFoliage(plan) > 0.5, "autumn woods are orange, red and gold")
    }
}
