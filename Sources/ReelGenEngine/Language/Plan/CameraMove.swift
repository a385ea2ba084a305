/// How the camera moves during a beat, and how close it frames the subject.
public struct CameraMove: Codable, Hashable, Sendable {
    public enum Motion: String, Codable, CaseIterable, Sendable {
        case staticShot, dollyIn, dollyOut, panLeft, panRight, tiltUp, tiltDown
        case orbit, crane, tracking, aerial, handheld, zoomIn, zoomOut
    }

    public enum Framing: String, Codable, CaseIterable, Sendable {
        case extremeWide, wide, medium, closeUp, extremeCloseUp

        /// Whether this framing is tighter on the subject than `other`.
        public func isCloserThan(_ other: Framing) -> Bool {
            Self.allCases.firstIndex(of: self)! > Self.allCases.firstIndex(of: other)!
        }
    }

    public var motion: Motion
    public var framing: Framing
    /// Adds handheld shake on top of the motion.
    public var shake: Bool

    public init(motion: Motion, framing: Framing = .wide, shake: Bool = false) {
        self.motion = motion
        self.framing = framing
        self.shake = shake
    }
}
