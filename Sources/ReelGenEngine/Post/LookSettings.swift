/// How a style changes shading and post: one value per look, so every style is a
/// complete, coherent look rather than a filter on top of realism.
struct LookSettings: Sendable {
    var kind: Look.Kind
    /// Light quantised into this many bands (0 = smooth shading).
    var celBands: Int = 0
    /// Ink outline strength from depth and normal edges (0 = none).
    var outline: Float = 0
    var saturation: Float = 1
    var contrast: Float = 1
    var exposure: Float = 1
    /// Split toning: colours pushed into shadows and highlights.
    var shadowTint = SIMD3<Float>(1, 1, 1)
    var highlightTint = SIMD3<Float>(1, 1, 1)
    var bloom: Float = 0.06
    var grain: Float = 0.018
    var vignette: Float = 0.35
    /// Colour levels per channel after tone mapping (0 = continuous).
    var posterize: Int = 0
    var specular: Float = 1
    /// Extra soft ambient light (a cheap stand-in for bounce light in animated films).
    var ambient: Float = 1
    var depthOfField: Float = 1
    /// Saturation of surface colours under the key light, before any light is added:
    /// below 1 by moonlight. Emission, fire and fireworks keep their colour.
    var surfaceSaturation: Float = 1
    /// Rain-slicked ground that mirrors the sky and the neon (cyberpunk).
    var wetGround = false
    /// Fraction of a frame's time the shutter stays open (0.5, the film camera's 180°);
    /// 0 means no motion blur, as in stop motion and pixel art.
    var shutter: Float = 0.5
}
