/// One timed segment of the clip ("X, then Y" makes two).
public struct Beat: Codable, Hashable, Sendable {
    /// Start and end as fractions of the clip, 0...1.
    public var start: Double
    public var end: Double
    /// What each subject does, by index into `ScenePlan.subjects`.
    public var actions: [SubjectAction]
    public var camera: CameraMove
    /// The clause of the prompt this beat came from.
    public var text: String

    public init(start: Double, end: Double, actions: [SubjectAction], camera: CameraMove, text: String) {
        self.start = start
        self.end = end
        self.actions = actions
        self.camera = camera
        self.text = text
    }
}

/// A subject (by index) doing an action, optionally with a modifier word ("slowly", "toward the camera").
public struct SubjectAction: Codable, Hashable, Sendable {
    public var subject: Int
    public var action: Action
    public var modifiers: [String]

    public init(subject: Int, action: Action, modifiers: [String] = []) {
        self.subject = subject
        self.action = action
        self.modifiers = modifiers
    }
}
