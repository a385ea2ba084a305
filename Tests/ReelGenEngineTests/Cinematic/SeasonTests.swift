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

    @Test func autumnTurnsTheBroadleavesWarm() {
        var plan = CinematicFixtures.plan(setting: .park)
        #expect(warmFoliage(plan) < 0.05, "summer woods are green")
        plan.season = .autumn
        #expect(warmFoliage(plan) > 0.5, "autumn woods are orange, red and gold")
    }
}
