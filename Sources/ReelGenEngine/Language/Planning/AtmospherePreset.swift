/// A time of day and weather that belong together for a mood.
struct AtmospherePreset: Hashable, Sendable {
    var timeOfDay: TimeOfDay
    var weather: [Weather]

    init(_ timeOfDay: TimeOfDay, _ weather: [Weather]) {
        self.timeOfDay = timeOfDay
        self.weather = weather
    }

    /// The light each mood is shot in; the seed picks one.
    static func presets(for mood: Mood) -> [AtmospherePreset] {
        switch mood {
        case .neutral: [.init(.morning, [.clear]), .init(.afternoon, [.clear]), .init(.afternoon, [.cloudy]), .init(.goldenHour, [.clear]), .init(.noon, [.clear])]
        case .menacing: [.init(.dusk, [.storm, .lightning]), .init(.dusk, [.overcast, .wind]), .init(.dusk, [.mist]), .init(.night, [.storm, .lightning])]
        case .serene: [.init(.dawn, [.mist]), .init(.morning, [.clear]), .init(.goldenHour, [.clear]), .init(.sunset, [.clear])]
        case .joyful: [.init(.morning, [.clear]), .init(.noon, [.clear]), .init(.afternoon, [.clear]), .init(.goldenHour, [.clear])]
        case .mysterious: [.init(.dusk, [.fog]), .init(.night, [.mist]), .init(.dawn, [.fog]), .init(.night, [.clear])]
        case .epic: [.init(.goldenHour, [.cloudy]), .init(.sunset, [.cloudy]), .init(.dawn, [.mist]), .init(.afternoon, [.cloudy, .wind])]
        case .romantic: [.init(.sunset, [.clear]), .init(.goldenHour, [.clear]), .init(.night, [.clear]), .init(.dusk, [.clear])]
        case .melancholic: [.init(.afternoon, [.overcast]), .init(.dusk, [.rain]), .init(.morning, [.fog]), .init(.afternoon, [.rain])]
        case .tense: [.init(.dusk, [.overcast, .wind]), .init(.night, [.rain]), .init(.afternoon, [.storm]), .init(.night, [.fog])]
        case .playful: [.init(.morning, [.clear]), .init(.afternoon, [.clear]), .init(.noon, [.cloudy])]
        }
    }

    /// Neon-lit nights for the cyberpunk look.
    static let cyberpunk: [AtmospherePreset] = [.init(.night, [.rain]), .init(.night, [.fog]), .init(.night, [.clear])]
}
