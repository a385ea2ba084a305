import Foundation

/// Draws rain streaks, snow flakes, dust or embers into the shaded frame. Particles live in
/// a box that wraps around the camera and move as continuous functions of time, so they
/// never pop; each is depth-tested against the visibility buffer.
struct PrecipitationPass: Sendable {
    var precipitation: Precipitation
    var noise: ValueNoise

    func draw(into image: inout HDRImage, visibility: VisibilityBuffer, camera: Camera, time: Float) {
        guard precipitation.kind != .none else { return }
        let box: Float = precipitation.kind == .rain ? 30 : 24
        let screen = ScreenProjection(camera: camera, width: image.width, height: image.height)
        for index in 0..<precipitation.count {
            let i = Int32(index)
            let seed = SIMD3(noise.hash(i, 11), noise.hash(i, 23), noise.hash(i, 37))
            var velocity: SIMD3<Float>
            switch precipitation.kind {
            case .rain: velocity = SIMD3(1.2, -11, 0.5)
            case .snow: velocity = SIMD3(0.6 * sinf(time * 0.8 + seed.x * 6), -1.1, 0.3)
            case .dust: velocity = SIMD3(3, 0.2 * sinf(time + seed.y * 6), 1)
            case .embers: velocity = SIMD3(0.8 * sinf(time * 2 + seed.z * 6), 2.2, 0.3)
            case .none: return
            }
            let start = seed * box + velocity * time - camera.position
            let wrapped = SIMD3(Self.wrap(start.x, box), Self.wrap(start.y, box), Self.wrap(start.z, box)) - SIMD3(repeating: box / 2)
            let world = camera.position + wrapped
            let trail = precipitation.kind == .rain ? velocity * 0.03 : .zero
            guard let head = screen.project(world), let tail = screen.project(world - trail) else { continue }
            // Flakes grow when near but stay flakes: a capped radius also bounds the cost.
            let size = precipitation.kind == .snow ? min(max(screen.focal * 0.025 / head.z, 0.6), Float(screen.height) / 300 + 0.6) : 0.6
            let brightness: Float = precipitation.kind == .rain ? 0.35 : (precipitation.kind == .embers ? 1 : 0.7)
            image.streak(from: head, to: tail, radius: size, color: precipitation.color * brightness, visibility: visibility)
        }
    }

    @inline(__always) private static func wrap(_ value: Float, _ size: Float) -> Float {
        let r = value.truncatingRemainder(dividingBy: size)
        return r < 0 ? r + size : r
    }
}
