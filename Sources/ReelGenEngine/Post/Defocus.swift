/// How far out of focus a surface is: its circle of confusion, from 0 (sharp) to 1 (all
/// blurred copy), which grows with the difference in 1/distance from the focal plane.
struct Defocus: Sendable {
    private let focus: Float
    private let strength: Float

    init(look: LookSettings, focusDistance: Float) {
        focus = 1 / max(focusDistance, 0.1)
        // A lens focused within a few metres (a plate on a table) would blur everything but
        // the focal plane, so close focus gets a proportionally narrower blur.
        strength = 9 * look.depthOfField * min(1, focusDistance / 3)
    }

    @inline(__always) func circle(inverseDepth: Float) -> Float {
        min(abs(inverseDepth - focus) * strength, 1)
    }
}
