/// What one clause says happens: who does what, and how it is filmed.
struct ClauseReading: Hashable, Sendable {
    var text: String
    var weight: Int
    /// Actions in the order the clause gives them.
    var actions: [SubjectAction] = []
    /// Subjects named or referred to in the clause.
    var mentionedSubjects: [Int] = []
    var cameraCues: [CameraCue] = []
}
