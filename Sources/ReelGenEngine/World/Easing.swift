import Foundation

/// Easing curves: film motion starts and stops softly, never linearly.
enum Easing {
    @inline(__always) static func clamp01(_ x: Float) -> Float {
        min(max(x, 0), 1)
    }

    @inline(__always) static func smoothstep(_ edge0: Float, _ edge1: Float, _ x: Float) -> Float {
        let t = clamp01((x - edge0) / (edge1 - edge0))
        return t * t * (3 - 2 * t)
    }

    /// Smooth start and stop.
    @inline(__always) static func inOut(_ t: Float) -> Float {
        let x = clamp01(t)
        return x * x * x * (x * (x * 6 - 15) + 10)
    }

    /// Fast start, soft landing.
    @inline(__always) static func out(_ t: Float) -> Float {
        let x = 1 - clamp01(t)
        return 1 - x * x * x
    }

    /// Slow start, then accelerating.
    @inline(__always) static func `in`(_ t: Float) -> Float {
        let x = clamp01(t)
        return x * x * x
    }

    /// Overshoots and settles: follow-through for snaps such as a jaw opening.
    @inline(__always) static func overshoot(_ t: Float) -> Float {
        let x = clamp01(t)
        return 1 - expf(-6 * x) * cosf(9 * x) * (1 - x)
    }
}
