/// Everything a frame needs, decided once per clip by the World stage: a pure value built
/// from the plan and its seed. Frames are then pure functions of (scene, time).
struct Scene: Sendable {
    var terrain: Terrain
    /// Terrain, water and props: built once, drawn every frame.
    var staticMesh: Mesh
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
}
