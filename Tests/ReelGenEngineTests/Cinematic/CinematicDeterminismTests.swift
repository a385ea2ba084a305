@testable import ReelGenEngine
import Testing

/// Same plan and seed, same bytes; another seed, another take.
@Suite struct CinematicDeterminismTests {
    @Test func sameSeedGivesIdenticalFrames() {
        let first = CinematicFixtures.frame(CinematicFixtures.source(CinematicFixtures.dragonPlan(seed: 5)), 70)
        let second = CinematicFixtures.frame(CinematicFixtures.source(CinematicFixtures.dragonPlan(seed: 5)), 70)
        #expect(first.pixels == second.pixels)
    }

    @Test func oneThreadOrTwoGiveTheSameFrame() {
        let plan = CinematicFixtures.dragonPlan(seed: 5)
        let single = CinematicFrameSource(plan: plan, frameSize: FrameSize(width: 128, height: 72), frameCount: 120, pool: RenderThreadPool(threads: 1))
        let both = CinematicFixtures.source(plan)
        #expect(CinematicFixtures.frame(single, 100).pixels == CinematicFixtures.frame(both, 100).pixels)
    }

    @Test func anotherSeedGivesAnotherTake() {
        let first = CinematicFixtures.frame(CinematicFixtures.source(CinematicFixtures.dragonPlan(seed: 5)), 20)
        let other = CinematicFixtures.frame(CinematicFixtures.source(CinematicFixtures.dragonPlan(seed: 6)), 20)
        #expect(first.blockLumaDifference(to: other) > 0.01)
    }
}
