/// One firework: a shell climbs from the ground, bursts into a sphere of coloured stars
/// that fall under gravity and burn out. `FireworksPass` draws it from its timing alone.
struct FireworkShell: Sendable {
    var launch: SIMD3<Float>
    var burst: SIMD3<Float>
    /// Clip seconds when the shell leaves the ground, and when it bursts.
    var launchTime: Float
    var burstTime: Float
    /// How fast the stars leave the burst, metres per second.
    var speed: Float
    var color: SIMD3<Float>
    /// A second colour some stars take (0 where the shell has one colour).
    var accent: SIMD3<Float>
    var stars: Int
    var seed: Int32

    /// Seconds a star burns after the burst.
    static let starLife: Float = 2.4
}
