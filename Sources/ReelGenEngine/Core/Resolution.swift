/// The short side of the frame, spelled as on the wire.
public enum Resolution: String, CaseIterable, Codable, Sendable {
    case p360 = "360p"
    case p540 = "540p"
    case p720 = "720p"
    case p1080 = "1080p"

    /// Pixels on the short side.
    public var shortSide: Int {
        switch self {
        case .p360: 360
        case .p540: 540
        case .p720: 720
        case .p1080: 1080
        }
    }
}
