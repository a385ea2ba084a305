/// The clip lengths on offer, in seconds.
public enum ClipDuration: Int, CaseIterable, Codable, Sendable {
    case five = 5
    case eight = 8
}
