/// `enhance_prompt`: fills in what a terse prompt leaves unsaid, the way a director would,
/// and only that: a named time, place, focus or camera move is never overridden. Each
/// addition fits the plan (the light follows the mood, the backdrop the land) and is
/// written into `ScenePlan.enhancements`, so the plan shows what was added.
struct PromptEnhancer: Sendable {
    /// Open land that reads deeper with hills or peaks on its horizon.
    private static let openLand: Set<Setting> = [.meadow, .plains, .savanna, .hills, .farmland, .desert, .snowfield]
    /// Moods lit by the low sun's warmth; the others by the cool light after sunset.
    private static let warmMoods: Set<Mood> = [.neutral, .serene, .joyful, .romantic, .playful, .epic]
    /// Settings with a sky whose light the time of day sets.
    private static func hasSky(_ setting: Setting) -> Bool { !Setting.rooms.contains(setting) && setting != .underwater && setting != .space }

    func enhance(_ plan: inout ScenePlan, reading: PromptReading, negative: NegativeConcepts) {
        var added: [String] = []
        // Light: the low sun of the golden hour (or dusk, for a dark mood) instead of
        // whatever hour the seed picked.
        if reading.timesOfDay.isEmpty, Self.hasSky(plan.setting), !plan.features.contains(where: { [.stars, .moon, .aurora, .fireworks].contains($0) }) {
            let light: TimeOfDay = Self.warmMoods.contains(plan.mood) ? .goldenHour : .dusk
            if plan.timeOfDay != light, !negative.timesOfDay.contains(light) {
                plan.timeOfDay = light
                added.append(light == .goldenHour ? "golden-hour light" : "dusk light")
            }
        }
        // Depth: a single subject seen close throughout stands out against a soft background.
        let close: Set<CameraMove.Framing> = [.medium, .closeUp, .extremeCloseUp]
        if !plan.look.shallowFocus, plan.subjects.count == 1, plan.beats.allSatisfy({ close.contains($0.camera.framing) }) {
            plan.look.shallowFocus = true
            added.append("shallow depth of field")
        }
        // Backdrop: open land with nothing on its horizon gets distant mountains.
        if reading.settings.isEmpty, Self.openLand.contains(plan.setting), plan.features.isEmpty, !negative.features.contains(.mountainRange) {
            plan.features.append(.mountainRange)
            added.append("distant mountains")
        }
        // Camera: a shot nobody asked to hold still slowly pushes in.
        if reading.clauses.allSatisfy({ $0.cameraCues.isEmpty }), plan.beats.allSatisfy({ $0.camera.motion == .staticShot }),
           !plan.beats.contains(where: { $0.actions.contains { [.rushTowardCamera, .recedeFromCamera].contains($0.action) } }) {
            for index in plan.beats.indices { plan.beats[index].camera.motion = .dollyIn }
            added.append("slow push-in")
        }
        plan.enhancements = added
    }
}
