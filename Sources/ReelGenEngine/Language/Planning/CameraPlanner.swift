/// Chooses each beat's camera: the clause's own camera words, else the last beat's asked-for
/// camera, else a move that suits the action, picked by the seed (a rush toward the camera is
/// held static or dollied in slightly; flight is tracked or shot from the air; an empty
/// landscape gets a slow pan or an aerial).
struct CameraPlanner: Sendable {
    func cameras(for clauses: [ClauseReading], actions: [[SubjectAction]], subjects: [Subject], timeLapse: Bool, choice: SeededChoice) -> [CameraMove] {
        var cameras: [CameraMove] = []
        var askedFor: CameraCue?
        for (index, clause) in clauses.enumerated() {
            if let cue = merged(clause.cameraCues) { askedFor = cue }
            let principal = actions[index].first
            let motion = askedFor?.motion
                ?? (timeLapse ? .staticShot : choice.pick(defaultMotions(for: principal, subjects: subjects), for: "camera.\(index)"))
            var framing = askedFor?.framing ?? defaultFraming(for: principal, subjects: subjects, motion: motion, asked: askedFor?.motion == .aerial)
            // "Top view of a hermit crab", "top view of pasta": a small thing seen from above is still seen close.
            if motion == .aerial, framing == .extremeWide, let principal, subjects[principal.subject].category.naturalFraming == .closeUp {
                framing = .closeUp
            }
            cameras.append(CameraMove(motion: motion, framing: framing, shake: askedFor?.shake ?? false))
        }
        return cameras
    }

    private func merged(_ cues: [CameraCue]) -> CameraCue? {
        guard !cues.isEmpty else { return nil }
        var cue = CameraCue()
        for next in cues {
            cue.motion = next.motion ?? cue.motion
            cue.framing = next.framing ?? cue.framing
            cue.shake = cue.shake || next.shake
        }
        return cue
    }

    private func defaultMotions(for principal: SubjectAction?, subjects: [Subject]) -> [CameraMove.Motion] {
        guard let principal else { return [.panRight, .panLeft, .aerial, .dollyIn, .crane] }
        switch principal.action {
        case .rushTowardCamera, .appear, .openJaws, .roar, .breatheFire: return [.staticShot, .dollyIn]
        case .fly, .hover, .takeOff, .land: return [.tracking, .aerial, .tracking]
        case .walk, .run, .drive, .sail, .swim, .paddle, .recedeFromCamera: return [.tracking, .tracking, .panRight, .panLeft]
        case .fall, .jump: return [.staticShot, .tiltDown]
        case .rotate, .grow, .burn, .sway: return [.staticShot, .dollyIn, .orbit]
        case .idle, .dance, .wave, .sit, .lie, .eat, .drink, .talk, .turn:
            return subjects[principal.subject].category == .person ? [.dollyIn, .orbit, .staticShot, .handheld] : [.dollyIn, .orbit, .staticShot]
        }
    }

    /// An aerial shot the prompt asks for is extremely wide over a landscape, and wide over a
    /// subject, which a drone keeps in view from above (a top view of an insect is close);
    /// one the seed picks for a subject frames it as it would be from the ground.
    private func defaultFraming(for principal: SubjectAction?, subjects: [Subject], motion: CameraMove.Motion, asked: Bool) -> CameraMove.Framing {
        guard let principal else { return .extremeWide }
        if motion == .aerial && asked { return subjects[principal.subject].category.naturalFraming == .closeUp ? .closeUp : .wide }
        if principal.modifiers.contains("in the distance") { return .extremeWide }
        if principal.action == .rushTowardCamera { return .medium }
        let subject = subjects[principal.subject]
        if subject.count > 4 { return .wide }
        if subject.size == .huge && subject.category != .food { return .wide }
        // A bird on the ground is small and near: closer than one in the sky.
        if subject.category == .bird && principal.action != .fly && principal.action != .hover { return .medium }
        return subject.category.naturalFraming
    }
}
