import Foundation

/// Several of one subject ("a family", "three dogs", "a group of friends") stand together:
/// side by side in a shallow arc around the first, close enough to read as one group, with
/// the camera far enough back to hold all of them.
extension SceneBuilder {
    /// Centre-to-centre gap between neighbours, in body lengths: people shoulder to shoulder,
    /// animals flank to flank, vehicles and flyers with room between them.
    static func groupSpacing(_ kind: ActorKind) -> Float {
        switch kind {
        case .person: 0.38
        case .quadruped: 0.6
        default: 1.6
        }
    }

    /// Where member `instance` stands from the group's centre. Standing, slots 0, +1, −1, +2,
    /// −2 run across the view, the outer ones a little further back, so the row curves
    /// around the camera. On the move along `heading`, the row turns to face the way they
    /// go, a little staggered, so no one walks through the one in front.
    static func groupOffset(
        instance: Int, kind: ActorKind, length: Float, side: SIMD3<Float>, forward: SIMD3<Float>, heading: SIMD3<Float>?
    ) -> SIMD3<Float> {
        let slot = Float((instance + 1) / 2) * (instance % 2 == 1 ? 1 : -1)
        let spacing = length * groupSpacing(kind)
        guard let heading else { return side * (slot * spacing) + forward * (abs(slot) * spacing * 0.35) }
        let across = kind == .quadruped ? spacing * 1.6 : spacing * 1.4
        return forward * (slot * across) - heading * (abs(slot) * spacing * 0.5)
    }

    /// How far from the camera a row of `count` fits within the middle 70 % of the frame's
    /// width; no constraint for one alone.
    func groupDistance(count: Int, kind: ActorKind, length: Float, fieldOfView: Float) -> Float {
        guard count > 1 else { return 0 }
        let rowWidth = Float(count - 1) * length * Self.groupSpacing(kind) + length * 0.5
        let aspect = Float(frameSize.width) / Float(frameSize.height)
        return rowWidth / (0.7 * 2 * tanf(fieldOfView / 2) * aspect)
    }
}
