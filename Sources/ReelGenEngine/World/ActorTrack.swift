import Foundation

/// An actor's motion over the whole clip, one segment per beat. A pure function of time,
/// so any frame can be drawn alone and the camera can look ahead at where its subject goes.
struct ActorTrack: Sendable {
    var kind: ActorKind
    var segments: [ActorSegment]
    /// Where the camera stands: rushing actors aim for it and look into it.
    var camera: SIMD3<Float>
    var terrain: Terrain
    /// Metres from the ground to the body centre for walkers.
    var clearance: Float
    var scale: Float
    /// Where in its stride and wing beat this actor starts, in radians: members of a group
    /// do not march or flap in step.
    var phase: Float = 0
    /// On the water rather than on the ground or in the air: boats, and ducks or swans swimming.
    var afloat = false
    /// A bird on its feet on the ground ("a hen in the yard"), not in the air.
    var grounded = false
    /// Where a passenger rides, when it does: it goes wherever its carrier goes.
    var seat: Seat?
    /// A person with something in hand ("holding a flower"): the right arm carries it.
    var holds = false
    /// Held up in front of the chest to show it, rather than down at the waist.
    var presents = false
    /// Standing or sitting on something the prompt names (a rock, a fence): no bench is set under them.
    var supported = false
    /// How far above the ground a person lies down (on a bed indoors, on a blanket outdoors),
    /// or an animal lies or sits (on a bed or sofa the prompt names).
    var bedHeight: Float = 0
    /// Where the head is while it sits, in its lengths ahead and up, when not where its kind
    /// carries it: a dog or a squirrel sitting up holds it over its haunches, not out in front.
    var sittingHead: SIMD2<Float>?

    /// How far a sitting person's hips drop, as a share of their standing height.
    static let seatedDrop: Float = 0.5
    /// Where a held thing rests relative to the hips of a 1.75 m person (right, up, ahead).
    static let heldOffset = SIMD3<Float>(0.16, 0.08, 0.34)
    /// Where a thing held up to show it rests, relative to the hips of a 1.75 m person.
    static let presentedOffset = SIMD3<Float>(0.1, 0.4, 0.28)
    /// Where a drink lifted to the lips rests, relative to the hips of a 1.75 m person.
    static let sippedOffset = SIMD3<Float>(0.03, 0.6, 0.2)
    /// Seconds between one sip and the next.
    static let sipPeriod: Float = 4
    /// How high a lying person's hips are above the ground, for a 1.75 m person.
    static let lyingHeight: Float = 0.13
    /// Height of a sofa's seat cushion above the floor, metres.
    static let sofaSeatHeight: Float = 0.45

    /// Where its head is at `time`, `length` metres long: what the camera aims at.
    func head(at time: Float, length: Float) -> SIMD3<Float> {
        let pose = pose(at: time)
        guard pose.seated, let sittingHead else { return kind.head(of: pose, length: length) }
        return BodyFrame(origin: pose.position, forward: pose.forward, bank: 0, scale: length).toWorld(SIMD3(0, sittingHead.y, sittingHead.x))
    }

    /// The first pose in which it sits, looking a tenth of a second apart over `duration`: where
    /// a seat goes under it.
    func firstSeatedPose(within duration: Float) -> ActorPose? {
        stride(from: Float(0), to: duration, by: 0.1).lazy.map(pose(at:)).first(where: \.seated)
    }

    /// How far a drink is lifted at `time`: up to the lips for a second and a half of every
    /// `sipPeriod`, half a second on the way each way.
    static func sip(at time: Float) -> Float {
        let t = (time + 1).truncatingRemainder(dividingBy: sipPeriod)
        return Easing.smoothstep(0, 0.5, t) * (1 - Easing.smoothstep(2, 2.5, t))
    }

    func pose(at time: Float) -> ActorPose {
        if let seat { return seat.pose(at: time, phase: phase) }
        let segment = segments.first { time < $0.end } ?? segments[segments.count - 1]
        let u = Easing.clamp01((time - segment.start) / max(segment.end - segment.start, 1e-3))
        let actions = segment.actions
        let rushing = actions.contains(.rushTowardCamera)
        let s = progress(u, segment: segment, approach: rushing)

        var pose = ActorPose(position: segment.point(s), forward: segment.travels ? segment.direction(s) : segment.facing)
        pose.time = time
        if afloat {
            // On the water where there is water, rocking on the swell.
            let ground = terrain.height(pose.position.x, pose.position.z)
            pose.position.y = max(ground, terrain.waterLevel ?? ground) + clearance + sinf(time * 1.1) * 0.012 * scale
            pose.bank = sinf(time * 0.8 + 1) * 0.035
        } else if !kind.flies || grounded {
            pose.position.y = terrain.height(pose.position.x, pose.position.z) + clearance
        }
        if kind.flies && !afloat && !grounded { applyFlight(&pose, u: u, actions: actions) } else { applyGait(&pose, u: u, actions: actions) }
        pose.wingsFolded = (afloat || grounded) && kind.flies
        pose.onFeet = grounded
        pose.holding = holds
        pose.presenting = presents
        if holds && actions.contains(.drink) { pose.sip = Self.sip(at: time + phase) }
        pose.jawOpen = segment.jawFrom + (segment.jawTo - segment.jawFrom) * Easing.overshoot(Easing.smoothstep(0.25, 0.8, u))
        if actions.contains(.roar) { pose.jawOpen += 0.08 * sinf(time * 40) * Easing.smoothstep(0.3, 0.5, u) }
        if rushing || actions.contains(.openJaws) || actions.contains(.roar) || actions.contains(.breatheFire) {
            pose.lookAt = camera
        }
        if actions.contains(.wave) {
            pose.wave = Easing.smoothstep(0, 0.2, u) * (1 - Easing.smoothstep(0.85, 1, u))
        }
        return pose
    }

    /// How far along the path the actor is. Approaches shrink the distance to the camera
    /// geometrically, so the apparent size grows steadily; a small pull-back first is the
    /// anticipation before the lunge.
    private func progress(_ u: Float, segment: ActorSegment, approach: Bool) -> Float {
        guard approach else { return Easing.inOut(u) }
        let far = max((segment.from - camera).length, 1), near = max((segment.to - camera).length, 0.5)
        let eased = Easing.inOut(Easing.smoothstep(0.08, 1, u) * 0.9 + u * 0.1)
        let distance = far * powf(near / far, eased)
        let s = (far - distance) / max(far - near, 1e-3)
        let windUp = -0.015 * sinf(.pi * Easing.clamp01(u / 0.16))
        return s + windUp
    }

    private func applyFlight(_ pose: inout ActorPose, u: Float, actions: Set<Action>) {
        let frequency: Float = kind == .dragon ? 0.85 : 3.2
        pose.flapPhase = pose.time * frequency * 2 * .pi + phase
        pose.flapAmplitude = 1
        if actions.contains(.rushTowardCamera) {
            // Beats hard into the lunge, then spreads the wings wide as it arrives.
            pose.flapAmplitude = 1.15 - 0.85 * Easing.smoothstep(0.6, 0.95, u)
        }
        if actions.contains(.land) { pose.flapAmplitude = 1 - Easing.smoothstep(0.6, 1, u) }
        pose.position.y += sinf(pose.flapPhase - 0.6) * 0.03 * scale * pose.flapAmplitude
        pose.bank = sinf(pose.time * 0.7) * 0.08
    }

    private func applyGait(_ pose: inout ActorPose, u: Float, actions: Set<Action>) {
        if actions.contains(.run) {
            pose.stride = 2
            pose.gaitPhase = pose.time * 2 * .pi * 2.6 + phase
        } else if actions.contains(.walk) || actions.contains(.drive) || actions.contains(.dance) {
            pose.stride = 1
            pose.gaitPhase = pose.time * 2 * .pi * 1.7 + phase
        }
        if actions.contains(.sit) && kind == .person {
            // Hips down to a seat's height, about half the standing height of the hips.
            pose.seated = true
            pose.stride = 0
            pose.position.y -= clearance * Self.seatedDrop
        }
        if actions.contains(.lie) && kind == .person {
            // On the back on the ground: the hips a body's depth up.
            pose.lying = true
            pose.stride = 0
            pose.position.y -= clearance - Self.lyingHeight * scale / 1.75 - bedHeight
        }
        if actions.contains(.sit) && kind == .quadruped && !actions.contains(.lie) {
            // On its haunches, the rump on the ground (or lying down, for a build that cannot sit).
            pose.seated = true
            pose.stride = 0
            pose.position.y -= clearance - scale * QuadrupedModel.lyingHeight - bedHeight
        }
        if actions.contains(.lie) && kind == .quadruped {
            // Belly down on the ground, legs folded under.
            pose.lying = true
            pose.stride = 0
            pose.position.y -= clearance - scale * QuadrupedModel.lyingHeight - bedHeight
        }
        if actions.contains(.jump) {
            pose.position.y += sinf(.pi * Easing.smoothstep(0.3, 0.7, u)) * 0.6 * scale
        }
    }
}

/// A passenger's place on another actor ("a person paddling a canoe", "a man riding a
/// motorcycle"): `offset` metres to the carrier's right, up and forward from its origin,
/// seated or standing, and paddling or not.
final class Seat: Sendable {
    let carrier: ActorTrack
    let offset: SIMD3<Float>
    let seated: Bool
    let paddles: Bool
    let astride: Bool
    /// Where a held thing goes as its carrier's hand lifts it to the lips, if it is a drink.
    let sipped: SIMD3<Float>?

    init(carrier: ActorTrack, offset: SIMD3<Float>, seated: Bool, paddles: Bool = false, astride: Bool = false, sipped: SIMD3<Float>? = nil) {
        self.carrier = carrier
        self.offset = offset
        self.sipped = sipped
        self.seated = seated
        self.paddles = paddles
        self.astride = astride
    }

    /// The carrier's pose moved to the seat; a paddler strokes one stroke every two seconds,
    /// from `phase`.
    func pose(at time: Float, phase: Float) -> ActorPose {
        let carried = carrier.pose(at: time)
        let forward = carried.forward, right = SIMD3(forward.z, 0, -forward.x).normalized
        let offset = sipped.map { self.offset.mixed(with: $0, carried.sip) } ?? self.offset
        var pose = ActorPose(position: carried.position + right * offset.x + SIMD3(0, offset.y, 0) + forward * offset.z, forward: forward)
        pose.time = time
        pose.bank = carried.bank
        pose.seated = seated
        pose.astride = astride
        pose.paddling = paddles
        if paddles { pose.gaitPhase = time * .pi + phase }
        return pose
    }
}
