import Foundation

/// A lake or a river laid on the land: the terrain carves it, and staging keeps land-bound
/// things out of it. World x/z in metres.
enum Waterway: Sendable {
    /// An oval lake around `center`, `radii` metres along and across `axis` (a unit vector):
    /// land on every side, the far shore in sight.
    case lake(center: SIMD2<Float>, axis: SIMD2<Float>, radii: SIMD2<Float>)
    /// A river `width` metres wide, meandering along `direction` (a unit vector) through `through`.
    case river(through: SIMD2<Float>, direction: SIMD2<Float>, width: Float)

    /// About how far a point is from the water's edge: negative on the water. Noise ruffles
    /// the shoreline so it never reads as a drawn oval or a canal.
    func shoreDistance(_ x: Float, _ z: Float, noise: ValueNoise) -> Float {
        switch self {
        case let .lake(center, axis, radii):
            let p = SIMD2(x, z) - center
            let along = (p * axis).sum() / radii.x, across = (p.x * axis.y - p.y * axis.x) / radii.y
            let radius = min(radii.x, radii.y)
            let ruffle = (noise.fbm(x / 320 + 5.3, z / 320 - 2.1, octaves: 3) - 0.5) * radius * 0.3
            return ((along * along + across * across).squareRoot() - 1) * radius + ruffle
        case let .river(through, direction, width):
            let p = SIMD2(x, z) - through
            let along = (p * direction).sum(), across = p.x * direction.y - p.y * direction.x
            let meander = sinf(along / 230) * width * 0.6 + sinf(along / 97 + 1.3) * width * 0.15
            let ruffle = (noise.fbm(x / 120 + 5.3, z / 120 - 2.1, octaves: 3) - 0.5) * width * 0.25
            return abs(across - meander) - width / 2 + ruffle
        }
    }
}
