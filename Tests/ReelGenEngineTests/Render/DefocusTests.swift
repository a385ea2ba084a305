@testable import ReelGenEngine
import Testing

/// Depth of field as a film camera has it: a close-up on a long lens melts its background,
/// a medium or wide shot on a normal lens keeps the setting sharp behind the subject.
@Suite struct DefocusTests {
    private static func circle(focus: Float, fieldOfView: Float, background: Float, look: LookSettings = LookSettings(kind: .cinematic)) -> Float {
        let camera = Camera(position: .zero, yaw: 0, pitch: 0, roll: 0, verticalFieldOfView: fieldOfView, focusDistance: focus)
        return Defocus(look: look, camera: camera).circle(inverseDepth: 1 / background)
    }

    @Test func aCloseUpBlursTheBackgroundAndAWiderShotDoesNot() {
        #expect(Self.circle(focus: 1.5, fieldOfView: 0.35, background: 40) > 0.8, "a close-up on a long lens")
        #expect(Self.circle(focus: 0.4, fieldOfView: 0.78, background: 5) > 0.8, "a macro shot of an insect")
        #expect(Self.circle(focus: 8, fieldOfView: 0.78, background: 80) < 0.1, "a medium shot of an animal in a meadow")
        #expect(Self.circle(focus: 30, fieldOfView: 0.78, background: 400) < 0.02, "a wide shot")
        #expect(Self.circle(focus: 8, fieldOfView: 0.78, background: 8) == 0, "the subject itself")
    }

    @Test func aShallowFocusAskedForOpensTheLens() throws {
        let plan = PromptParser().plan(for: RenderRequest(prompt: "a deer in a meadow, bokeh", seed: 1))
        #expect(plan.look.shallowFocus)
        #expect(plan.unusedWords.isEmpty, "\(plan.unusedWords)")
        let scene = CinematicFixtures.source(plan).scene
        #expect(scene.look.depthOfField > LookSettings(kind: .cinematic).depthOfField * 4)
        #expect(!PromptParser().plan(for: RenderRequest(prompt: "a deer in a meadow", seed: 1)).look.shallowFocus)
    }
}
