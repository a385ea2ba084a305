/// Everything a model needs to pose an actor at one instant; the track computes it,
/// the Assets stage turns it into triangles.
struct ActorPose: Sendable {
    /// Body centre in world space.
    var position: SIMD3<Float>
    /// Unit direction the body faces.
    var forward: SIMD3<Float>
    /// Roll into turns, radians.
    var bank: Float = 0
    /// Wing beat phase in radians and its amplitude (0 = gliding with wings spread).
    var flapPhase: Float = 0
    var flapAmplitude: Float = 0
    /// Wings folded along the back, neck up: a bird afloat, or on its feet.
    var wingsFolded = false
    /// A bird standing on its legs.
    var onFeet = false
    /// 0 = closed, 1 = wide open (may overshoot slightly).
    var jawOpen: Float = 0
    /// Walk cycle phase in radians and stride (0 = standing, 1 = walking, 2 = running).
    var gaitPhase: Float = 0
    var stride: Float = 0
    /// Sitting: thighs forward, hands in the lap, or on a paddle stroking with `gaitPhase`
    /// when `paddling`.
    var seated = false
    /// Seated with a leg down each side: on a horse's back or a grown-up's shoulders.
    var astride = false
    var paddling = false
    /// Lying down: a person on the back, head away from where it faces; an animal belly down.
    var lying = false
    /// Holding something in front of the waist in the right hand.
    var holding = false
    /// Holding it up to show it ("a woman holding a pineapple"): the hand at the chest, not
    /// at the waist or out on a table.
    var presenting = false
    /// 0...1 how far a held drink is lifted from the chest to the lips.
    var sip: Float = 0
    /// 0...1 how high a waving arm is raised.
    var wave: Float = 0
    /// Where the head looks, if anywhere in particular.
    var lookAt: SIMD3<Float>?
    /// Seconds since the clip began, for idle motion (breathing, tail sway).
    var time: Float = 0
}
