@testable import ReelGenEngine
import Testing

/// Fog is thick enough to see in a street: what stands 100 m down it is mostly veiled, where
/// on a clear day it is barely hazed, and mist lies between.
@Suite struct FogTests {
    private static func veil(_ prompt: String) -> Float {
        let scene = CinematicFixtures.source(PromptParser().plan(for: RenderRequest(prompt: prompt, seed: 1))).scene
        return scene.fog.amount(base: scene.fog.density(atHeight: 2), direction: SIMD3(0, 0, 1), distance: 100)
    }

    @Test func fogVeilsTheStreet() {
        let foggy = Self.veil("a parked motorcycle on a foggy roadside"), misty = Self.veil("a misty street in the morning")
        let clear = Self.veil("a parked motorcycle on a roadside")
        #expect(foggy > 0.5, "fog hides \(foggy) of what is 100 m away")
        #expect(misty > clear * 2 && misty < foggy, "mist (\(misty)) between clear (\(clear)) and fog")
        #expect(clear < 0.05, "a clear day barely hazes it: \(clear)")
    }
}
