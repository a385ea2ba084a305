/// Turns clause readings into timed beats: each subject named in a clause acts (with its
/// resting action when the clause gives no verb), subjects from earlier beats carry on with
/// what they were doing (a one-off like `appear` settles into hovering or idling), and
/// subjects not yet introduced stay out of a beat.
struct BeatPlanner: Sendable {
    var catalogue = ConceptCatalogue.standard

    private static let oneOffActions: Set<Action> = [
        .appear, .jump, .land, .takeOff, .openJaws, .roar, .breatheFire, .turn, .fall, .wave, .rushTowardCamera,
    ]

    /// What every subject on screen does in each clause. One the prompt puts on something
    /// (`perched`: "an eagle on a tree branch") rests there rather than fly about.
    func actions(for clauses: [ClauseReading], subjects: [Subject], perched: Set<Int> = []) -> [[SubjectAction]] {
        var lastActions: [Int: Action] = [:]
        var introduced: [Int] = []
        return clauses.map { clause in
            var actions = clause.actions
            for subject in clause.mentionedSubjects where !actions.contains(where: { $0.subject == subject }) {
                let resting = perched.contains(subject) ? .idle : subjects[subject].restingAction(catalogue.entry(for: subjects[subject]))
                actions.append(SubjectAction(subject: subject, action: resting))
            }
            for subject in introduced where !actions.contains(where: { $0.subject == subject }) {
                actions.append(SubjectAction(subject: subject, action: continuing(lastActions[subject] ?? .idle, category: subjects[subject].category)))
            }
            for action in actions {
                lastActions[action.subject] = action.action
                if !introduced.contains(action.subject) { introduced.append(action.subject) }
            }
            return actions
        }
    }

    func beats(for clauses: [ClauseReading], actions: [[SubjectAction]], cameras: [CameraMove]) -> [Beat] {
        let spans = BeatTimer().spans(forWeights: clauses.map(\.weight))
        return clauses.indices.map { index in
            Beat(start: spans[index].start, end: spans[index].end, actions: actions[index], camera: cameras[index], text: clauses[index].text)
        }
    }

    private func continuing(_ action: Action, category: Subject.Category) -> Action {
        guard Self.oneOffActions.contains(action) else { return action }
        return category.canFly && action != .land ? .hover : .idle
    }
}
