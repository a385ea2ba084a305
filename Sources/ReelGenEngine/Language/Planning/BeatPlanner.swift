/// Turns clause readings into timed beats: each subject named in a clause acts (with its
/// resting action when the clause gives no verb), subjects from earlier beats carry on with
/// what they were doing (a one-off like `appear` settles into hovering or idling), and
/// subjects not yet introduced stay out of a beat.
struct BeatPlanner: Sendable {
    private static let oneOffActions: Set<Action> = [
        .appear, .jump, .land, .takeOff, .openJaws, .roar, .breatheFire, .turn, .fall, .wave, .rushTowardCamera,
    ]

    func beats(for clauses: [ClauseReading], subjects: [Subject], cameras: [CameraMove]) -> [Beat] {
        let spans = BeatTimer().spans(forWeights: clauses.map(\.weight))
        var lastActions: [Int: Action] = [:]
        var introduced: [Int] = []
        var beats: [Beat] = []
        for (index, clause) in clauses.enumerated() {
            var actions = clause.actions
            for subject in clause.mentionedSubjects where !actions.contains(where: { $0.subject == subject }) {
                actions.append(SubjectAction(subject: subject, action: subjects[subject].category.restingAction))
            }
            for subject in introduced where !actions.contains(where: { $0.subject == subject }) {
                actions.append(SubjectAction(subject: subject, action: continuing(lastActions[subject] ?? .idle, category: subjects[subject].category)))
            }
            for action in actions {
                lastActions[action.subject] = action.action
                if !introduced.contains(action.subject) { introduced.append(action.subject) }
            }
            beats.append(Beat(start: spans[index].start, end: spans[index].end, actions: actions, camera: cameras[index], text: clause.text))
        }
        return beats
    }

    private func continuing(_ action: Action, category: Subject.Category) -> Action {
        guard Self.oneOffActions.contains(action) else { return action }
        return category.canFly && action != .land ? .hover : .idle
    }
}
