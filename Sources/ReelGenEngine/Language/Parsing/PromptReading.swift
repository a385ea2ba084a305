/// Everything read from a prompt before defaults are chosen: the facts the prompt states.
struct PromptReading: Sendable {
    var subjects: [Subject] = []
    /// Where each subject usually lives, parallel to `subjects`.
    var habitats: [Setting?] = []
    var clauses: [ClauseReading] = []
    /// How subjects stand to each other, as the prompt says it ("a cat on a fence").
    var relations: [Relation] = []
    /// Settings in the order the prompt names them.
    var settings: [Setting] = []
    var features: [SceneFeature] = []
    var timesOfDay: [TimeOfDay] = []
    var seasons: [Season] = []
    var weather: [Weather] = []
    var moodVotes: [Mood] = []
    var looks: [Look.Kind] = []
    var slowMotion = false
    var shallowFocus = false
    var timeLapse = false
    /// Words said of the place rather than of a subject: a "green" meadow, a "dense"
    /// forest, a highway "built" across the fields.
    var placeAttributes: [String] = []
    var unusedWords: [String] = []
    /// Unused words that name a physical thing no catalogue concept covers.
    var unresolvedNouns: [String] = []
}
