import Foundation

/// Everything a frame needs, decided once per clip by the World stage: a pure value built
/// from the plan and its seed. Frames are then pure functions of (scene, time).
struct Scene: Sendable {
    var terrain: Terrain
    /// Terrain, water and props: built once, drawn every frame.
    var staticMesh: Mesh
    /// Sun shadows of the props near the camera; nil when none cast one.
    var propShadows: ShadowMap?
    var sky: Sky
    var fog: Fog
    var actors: [Actor]
    var camera: CameraPath
    var precipitation: Precipitation
    var look: LookSettings
    /// Seconds of clip time that pass per second of film (below 1 for slow motion).
    var timeScale: Float
    /// Frames are held in pairs (stop-motion at 12 fps).
    var holdsFrames: Bool
    var seed: UInt32
    /// Seconds at which lightning lights the clouds (storms with lightning only).
    var lightning: [Float] = []
    /// Fires and smoke sources, drawn by `FirePass`.
    var fires: [FireSource] = []
    var fireworks: [FireworkShell] = []

    /// The sky at `time`: as built, brightened for a moment after each lightning strike.
    func sky(at time: Float) -> Sky {
        var flash: Float = 0
        for strike in lightning where time >= strike {
            let since = time - strike
            flash += expf(-since * 9) * (0.7 + 0.3 * cosf(since * 60))
        }
        guard flash > 0.01 else { return sky }
        var lit = sky
        lit.cloudLit += SIMD3(2.2, 2.3, 2.8) * flash
        lit.cloudShadow += SIMD3(0.5, 0.55, 0.7) * flash
        lit.zenith += SIMD3(0.25, 0.27, 0.35) * flash
        return lit
    }
}
