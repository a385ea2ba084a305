/// Mood, time of day and weather: what the prompt says wins; the rest comes from a preset
/// for the mood (menacing → dusk or storm light), picked by the seed, never one the negative prompt rules out.
struct AtmospherePlanner: Sendable {
    /// Settings with no sky of their own: no weather unless the prompt asks.
    private static let enclosedSettings: Set<Setting> = Setting.rooms.union([.underwater, .space])

    /// The mood most words voted for; ties go to the one named first.
    func mood(votes: [Mood]) -> Mood {
        var best = Mood.neutral
        var bestCount = 0
        for mood in votes.uniqued() {
            let count = votes.filter { $0 == mood }.count
            if count > bestCount { (best, bestCount) = (mood, count) }
        }
        return best
    }

    func atmosphere(
        reading: PromptReading, mood: Mood, look: Look.Kind, setting: Setting, features: [SceneFeature],
        negative: NegativeConcepts, choice: SeededChoice
    ) -> (timeOfDay: TimeOfDay, weather: [Weather]) {
        let allPresets = look == .cyberpunk ? AtmospherePreset.cyberpunk : AtmospherePreset.presets(for: mood)
        let allowed = allPresets.filter { !negative.timesOfDay.contains($0.timeOfDay) }
        let preset = choice.pick(allowed.isEmpty ? allPresets : allowed, for: "atmosphere")

        let nightFeatures: Set<SceneFeature> = [.stars, .moon, .aurora, .fireworks]
        let timeOfDay = reading.timesOfDay.first { !negative.timesOfDay.contains($0) }
            ?? (features.contains { nightFeatures.contains($0) } ? .night : preset.timeOfDay)

        var weather = reading.weather.filter { !negative.weather.contains($0) }
        if weather.isEmpty {
            weather = Self.enclosedSettings.contains(setting) ? [] : preset.weather.filter { !negative.weather.contains($0) }
        }
        return (timeOfDay, weather.isEmpty ? [.clear] : weather)
    }
}
