import Foundation

/// The camera over the whole clip: a base position, one eased move per beat, and a look-at
/// that keeps the subject on a third of the frame (centred once it fills the frame). Unless
/// a shot is extremely wide, the subject stays prominent: the camera follows a subject that
/// travels away, and zooms in on one too small to read.
struct CameraPath: Sendable {
    var shots: [CameraShot]
    var anchor: SIMD3<Float>
    /// What to look at when there is no subject (a peak, the horizon).
    var scenery: SIMD3<Float>
    var subject: ActorTrack?
    var subjectLength: Float
    /// How tall the subject stands, metres: what its share of the frame is measured by.
    var subjectHeight: Float = 0
    var terrain: Terrain
    /// Where the subject sits in the frame, in -1...1 (x right, y up): a thirds point.
    var thirds: SIMD2<Float>
    var verticalFieldOfView: Float
    /// How many times longer than `verticalFieldOfView` the lens is for the whole clip (a
    /// close-up of the moon): moves across the frame scale with it, as on any long lens.
    var lensZoom: Float = 1
    /// Width over height of the frame.
    var aspect: Float
    var noise: ValueNoise
    /// How far below the subject's head to aim: at a table, between the face and the food;
    /// negative to aim above it, at a peacock's raised train.
    var aimBelowHead: Float = 0

    /// The least share of the frame's height a subject fills unless the shot is extremely wide.
    static let smallestShare: Float = 0.2
    /// The most of the frame's height a subject fills in a medium or wider shot.
    static let largestShare: Float = 0.55
    /// The most a lens widens to keep a subject within that share.
    static let widestZoom: Float = 1.6
    /// How far a travelling subject goes, in multiples of its first distance from the lens,
    /// before the camera keeps pace with it.
    static let followAfter: Float = 1.5
    /// How far ahead of a subject it paces, in multiples of that distance: a car is seen
    /// three-quarters from the front, the way it is advertised.
    static let lead: Float = 1
    /// The most a zoom narrows the lens to keep a subject large enough.
    static let longestZoom: Float = 4
    /// Seconds over which that care eases in after an extremely wide shot.
    static let easeIn: Float = 1.5

    func camera(at time: Float) -> Camera {
        let target = focusPoint(at: time)
        var position = anchor
        var yawOffset: Float = 0, pitchOffset: Float = 0, fieldOfView = verticalFieldOfView / lensZoom, shake: Float = 0.0015
        // Moves scale with the distance, so a close-up of a beetle dollies centimetres, not into it.
        let baseDistance = max((target - anchor).length, 0.1)
        for shot in shots where time > shot.start {
            let u = Easing.inOut((time - shot.start) / max(shot.end - shot.start, 1e-3))
            let toTarget = (target - position).normalized
            let travel = min(baseDistance * 0.3, 60)
            switch shot.move.motion {
            case .staticShot: break
            case .dollyIn: position += toTarget * travel * u
            case .dollyOut: position -= toTarget * travel * u
            case .panLeft: yawOffset -= 0.35 * (u - 0.5)
            case .panRight: yawOffset += 0.35 * (u - 0.5)
            case .tiltUp: pitchOffset += 0.25 * (u - 0.5)
            case .tiltDown: pitchOffset -= 0.25 * (u - 0.5)
            case .orbit:
                let offset = position - target
                position = target + offset.rotatedAboutY(0.9 * u)
            case .crane: position.y += travel * 0.8 * u
            case .tracking:
                if let subject {
                    position += subject.pose(at: time).position - subject.pose(at: shot.start).position
                }
            case .aerial:
                // A drone climbs high over a landscape, but over a near subject only so far
                // that it still looks at it rather than down on the ground, and beside
                // a flyer to its height: an air-to-air shot with the land behind it.
                if subject?.kind.flies == true {
                    position.y += max(target.y - position.y, 0)
                } else {
                    position.y += min(40, baseDistance * 0.6) + travel * 0.5 * u
                    position += SIMD3(toTarget.x, 0, toTarget.z) * travel * 0.5 * u
                }
            case .handheld: shake = 0.012
            case .zoomIn: fieldOfView *= 1 - 0.4 * u
            case .zoomOut: fieldOfView *= 1 + 0.4 * u
            }
            if shot.move.shake { shake = max(shake, 0.01) }
        }
        let prominence = self.prominence(at: time)
        if prominence > 0, shots.last(where: { time > $0.start })?.move.motion != .staticShot,
           !shots.contains(where: { time > $0.start && $0.move.motion == .tracking }) {
            position += following(at: time) * prominence
        }
        // Never below a person's chest height, or a small subject's own eye level: a hen is
        // filmed from low down, not from above.
        position.y = max(position.y, terrain.height(position.x, position.z) + min(1.2, max(0.3, subjectLength)))
        if prominence > 0, subjectHeight > 0, !approaches(at: time) {
            // A long lens for a subject too small or too far to read.
            let share = subjectHeight / (max((target - position).length, 0.1) * 2 * tanf(fieldOfView / 2))
            if share < Self.smallestShare {
                let zoomed = max(2 * atanf(tanf(fieldOfView / 2) * share / Self.smallestShare), fieldOfView / Self.longestZoom)
                fieldOfView += (zoomed - fieldOfView) * prominence
            } else if share > Self.largestShare, aimBelowHead <= 0, subject?.kind.standsOnLand == true, (shots.last(where: { time > $0.start }) ?? shots.first)?.move.framing.isCloserThan(.medium) != true {
                // A wider lens for one on the ground, framed whole, that looms larger than a
                // medium shot means it to, filmed from near its own level: a squirrel with its
                // tail up. (Someone framed for their hands is framed from the waist up on
                // purpose; a flyer that rushes at the lens, or a jellyfish trailing its
                // tentacles, is meant to fill it.)
                let widened = min(2 * atanf(tanf(fieldOfView / 2) * share / Self.largestShare), fieldOfView * Self.widestZoom)
                fieldOfView += (widened - fieldOfView) * prominence
            }
        }
        // A pan or tilt on a long lens turns as far across the frame, not as many degrees.
        yawOffset *= fieldOfView / verticalFieldOfView
        pitchOffset *= fieldOfView / verticalFieldOfView

        let distance = max((target - position).length, 0.1)
        let apparent = subjectLength / distance / tanf(fieldOfView / 2)
        let framed = 1 - Easing.smoothstep(0.25, 1.2, apparent)
        // A camera operator flinches when something huge rushes at the lens.
        shake += 0.012 * Easing.smoothstep(0.8, 3, apparent)

        var (yaw, pitch) = Camera.angles(from: position, to: target)
        yaw -= atanf(thirds.x * framed * tanf(fieldOfView / 2) * aspect) - yawOffset
        pitch -= atanf(thirds.y * framed * tanf(fieldOfView / 2)) - pitchOffset
        yaw += (noise.fbm(time * 1.1, 3.7, octaves: 3) - 0.5) * shake * 2
        pitch += (noise.fbm(time * 1.3, 9.1, octaves: 3) - 0.5) * shake * 2
        let roll = (noise.fbm(time * 0.7, 17.3, octaves: 2) - 0.5) * shake
        return Camera(position: position, yaw: yaw, pitch: pitch, roll: roll, verticalFieldOfView: fieldOfView, focusDistance: distance)
    }

    /// How much the camera keeps the subject prominent at `time`: not at all in an extremely
    /// wide shot or with no subject; after one, easing in over `easeIn` rather than jumping.
    private func prominence(at time: Float) -> Float {
        guard subject != nil, let index = shots.lastIndex(where: { time > $0.start }) ?? (shots.isEmpty ? nil : 0),
              shots[index].move.framing != .extremeWide else { return 0 }
        guard index > 0, shots[index - 1].move.framing == .extremeWide else { return 1 }
        return Easing.smoothstep(0, Self.easeIn, time - shots[index].start)
    }

    /// How far an operator has moved with a subject that travels across or away: at first
    /// they only pan, then they keep pace, so a passing truck stays side-on rather than drive
    /// off and show its back; a little ahead of it, so its front shows too. Never back from
    /// one coming at the lens: that rush is the shot.
    private func following(at time: Float) -> SIMD3<Float> {
        let start = focusPoint(at: 0)
        var moved = focusPoint(at: time) - start
        moved.y = 0
        let sightline = SIMD3(start.x - anchor.x, 0, start.z - anchor.z).normalized
        moved -= sightline * min(moved.dot(sightline), 0)
        let startDistance = max((start - anchor).length, 0.1)
        let lead = moved.length > 1e-3 ? moved.normalized * (Self.lead * startDistance) : .zero
        return (moved + lead) * Easing.smoothstep(0, Self.followAfter * startDistance, moved.length)
    }

    /// Whether the subject comes toward the lens during the shot at `time`: it grows on its own.
    private func approaches(at time: Float) -> Bool {
        guard let shot = shots.last(where: { time > $0.start }) ?? shots.first else { return false }
        return (focusPoint(at: shot.end) - anchor).length < (focusPoint(at: time) - anchor).length * 0.7
    }

    /// The subject's head, smoothed over a short window so the camera follows
    /// like an operator rather than a servo.
    private func focusPoint(at time: Float) -> SIMD3<Float> {
        guard let subject else { return scenery }
        var sum = SIMD3<Float>.zero
        for offset: Float in [-0.12, 0, 0.12] {
            sum += subject.head(at: max(time + offset, 0), length: subjectLength)
        }
        return sum / 3 - SIMD3(0, aimBelowHead, 0)
    }
}
