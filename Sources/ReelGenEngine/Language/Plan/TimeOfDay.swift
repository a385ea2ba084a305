/// Sun (or moon) position and sky colour.
public enum TimeOfDay: String, Codable, CaseIterable, Sendable {
    case dawn, morning, noon, afternoon, goldenHour, sunset, dusk, night
}
