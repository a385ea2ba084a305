/// Atmosphere and particles layered over the setting.
public enum Weather: String, Codable, CaseIterable, Sendable {
    case clear, cloudy, overcast, storm, lightning, rain, snow, fog, mist, dust, wind
}
