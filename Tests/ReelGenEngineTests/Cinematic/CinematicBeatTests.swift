import Foundation
@testable import ReelGenEngine
import Testing

/// The showcase's beats play as written: small and far above the peak first, then huge,
/// close and with the jaws open.
@Suite struct CinematicBeatTests {
    let scene = CinematicFixtures.source(CinematicFixtures.dragonPlan()).scene

    /// Subject length over distance to the camera: how big it looks (1 ≈ fills a 53° view).
    private func apparentSize(at time: Float) throws -> Float {
        let dragon = try #require(scene.actors.first)
        let pose = dragon.track.pose(at: time)
        let camera = scene.camera.camera(at: time)
        return dragon.length / (pose.position - camera.position).length
    }

    @Test func dragonIsSmallEarlyAndHugeLate() throws {
        let early = try apparentSize(at: 0.5), middle = try apparentSize(at: 3.4), late = try apparentSize(at: 4.9)
        #expect(early < 0.06, "dragon should start far away, apparent size \(early)")
        #expect(late > 0.8, "dragon should end filling the frame, apparent size \(late)")
        #expect(early < middle && middle < late)
    }

    @Test func dragonStartsAboveTheTallestPeak() throws {
        let dragon = try #require(scene.actors.first)
        let peak = try #require(scene.terrain.peak)
        let summit = scene.terrain.height(peak.x, peak.y)
        let camera = scene.camera.camera(at: 0.5)
        let pose = dragon.track.pose(at: 0.5)
        // Seen from the camera, the dragon is higher in the sky than the summit.
        let dragonElevation = (pose.position - camera.position).normalized.y
        let summitElevation = (SIMD3(peak.x, summit, peak.y) - camera.position).normalized.y
        #expect(dragonElevation > summitElevation)
        #expect(summit > 400, "the tallest peak should be a real mountain, got \(summit) m")
    }

    @Test func jawsOpenOnlyInTheRush() throws {
        let track = try #require(scene.actors.first).track
        #expect(track.pose(at: 1).jawOpen < 0.2)
        #expect(track.pose(at: 4.8).jawOpen > 0.85)
    }

    @Test func wingsFlapWhileFlying() throws {
        let track = try #require(scene.actors.first).track
        let phases = stride(from: Float(0), to: 1.2, by: 0.1).map { sinf(track.pose(at: $0).flapPhase) }
        #expect((phases.max() ?? 0) - (phases.min() ?? 0) > 1.5, "a wing beat should cycle within 1.2 s")
    }
}
