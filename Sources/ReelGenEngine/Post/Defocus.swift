import Foundation

/// How far out of focus a surface is: its circle of confusion as a share of the blurred
/// copy's blur, from 0 (sharp) to 1 (all blurred copy). A thin lens: the circle grows with
/// the difference in 1/distance from the focal plane and with the square of the focal
/// length, so a close-up on a long lens melts its background while a medium or wide shot
/// on a normal lens stays sharp from the subject to the horizon, as a film camera's would.
struct Defocus: Sendable {
    private let focus: Float
    private let strength: Float

    init(look: LookSettings, camera: Camera) {
        focus = 1 / max(camera.focusDistance, 0.1)
        let halfView = tanf(camera.verticalFieldOfView / 2)
        strength = Self.lens * look.depthOfField / (halfView * halfView)
    }

    /// Everything sharp.
    static let none = Defocus(focus: 0, strength: 0)

    private init(focus: Float, strength: Float) {
        self.focus = focus
        self.strength = strength
    }

    /// A 24 mm-tall (full-frame) gate wide open at f/1.4, over the blur of the soft copy
    /// (about a twenty-fifth of the frame): 0.024 / (4 · 1.4) / 0.04. The focal length
    /// follows from the field of view.
    static let lens: Float = 0.107

    @inline(__always) func circle(inverseDepth: Float) -> Float {
        min(abs(inverseDepth - focus) * strength, 1)
    }
}
