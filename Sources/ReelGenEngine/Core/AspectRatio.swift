/// The frame shapes a client may ask for, spelled as on the wire.
public enum AspectRatio: String, CaseIterable, Codable, Sendable {
    case landscape16x9 = "16:9"
    case landscape4x3 = "4:3"
    case square = "1:1"
    case portrait3x4 = "3:4"
    case portrait9x16 = "9:16"
}
