@testable import ReelGenEngine
import Testing

/// Ducks and swans swim on the water with their wings folded; flying birds still fly.
@Suite struct WaterfowlTests {
    private static func scene(concept: String, action: Action) -> Scene {
        var plan = CinematicFixtures.plan(setting: .lake, subject: .bird, action: action)
        plan.subjects = [Subject(concept: concept, category: .bird, count: 3)]
        return CinematicFixtures.source(plan).scene
    }

    @Test func ducksSwimOnTheWater() throws {
        let scene = Self.scene(concept: "duck", action: .swim)
        let level = try #require(scene.terrain.waterLevel)
        #expect(scene.actors.count == 3)
        for actor in scene.actors {
            for time: Float in [0, 2.5, 5] {
                let pose = actor.track.pose(at: time)
                #expect(abs(pose.position.y - level) < actor.length * 0.2, "afloat at \(time) s, y \(pose.position.y) over water at \(level)")
                #expect(pose.wingsFolded && pose.flapAmplitude == 0)
            }
        }
        let camera = scene.camera.camera(at: 0)
        let screen = ScreenProjection(camera: camera, width: 128, height: 72)
        #expect(scene.actors.contains { screen.project($0.track.pose(at: 0).position, margin: 0) != nil }, "the ducks are in shot")
    }

    @Test func aGooseThatIdlesFloatsButAFlyingOneFlies() throws {
        let idle = Self.scene(concept: "goose", action: .idle)
        #expect(idle.actors.allSatisfy { $0.track.afloat })
        let flying = Self.scene(concept: "goose", action: .fly)
        #expect(flying.actors.allSatisfy { !$0.track.afloat && !$0.track.pose(at: 1).wingsFolded })
        let eagle = Self.scene(concept: "eagle", action: .idle)
        #expect(eagle.actors.allSatisfy { !$0.track.afloat }, "only waterfowl float unless the prompt says they swim")
    }
}
