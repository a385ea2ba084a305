/// A complete look requested through the `style` field.
public enum Style: String, CaseIterable, Codable, Sendable {
    case anime
    case threeDAnimation = "3d_animation"
    case clay
    case comic
    case cyberpunk
}
