/// What the prompt asks for, as data: the contract between Language and World.
/// Pure output of `PromptParser` for a request; printed by `reelgen plan --json`.
public struct ScenePlan: Codable, Hashable, Sendable {
    public var prompt: String
    public var seed: UInt32
    public var setting: Setting
    public var timeOfDay: TimeOfDay
    /// The time of year, when the prompt names one (snow and winter words lay snow instead).
    public var season: Season?
    public var weather: [Weather]
    public var mood: Mood
    public var look: Look
    /// Landscape and set features asked for beyond the setting's defaults.
    public var features: [SceneFeature]
    public var subjects: [Subject]
    /// How subjects stand to each other, as the prompt says or as staging should assume
    /// ("a man paddling" a named canoe is in it).
    public var relations: [Relation]
    /// Timed segments covering 0...1 of the clip in order; at least one.
    public var beats: [Beat]
    /// Words the prompt says of the place rather than of a subject ("green", "dense", "wooden").
    public var placeAttributes: [String]
    /// Concepts named by `negative_prompt` that were removed from the plan.
    public var removed: [String]
    /// Words of the prompt the planner could not use.
    public var unusedWords: [String]
    /// Unused words that name a physical thing the concept catalogue does not reach: what
    /// the clip leaves out.
    public var unresolvedNouns: [String]
    /// What `enhance_prompt` added that the prompt did not say, in words ("golden-hour light").
    public var enhancements: [String] = []

    public init(
        prompt: String, seed: UInt32, setting: Setting, timeOfDay: TimeOfDay, weather: [Weather], mood: Mood,
        look: Look, features: [SceneFeature], subjects: [Subject], beats: [Beat], removed: [String], unusedWords: [String],
        unresolvedNouns: [String] = [], placeAttributes: [String] = [], season: Season? = nil, relations: [Relation] = []
    ) {
        self.prompt = prompt
        self.seed = seed
        self.setting = setting
        self.timeOfDay = timeOfDay
        self.weather = weather
        self.mood = mood
        self.look = look
        self.features = features
        self.subjects = subjects
        self.beats = beats
        self.removed = removed
        self.unusedWords = unusedWords
        self.unresolvedNouns = unresolvedNouns
        self.placeAttributes = placeAttributes
        self.season = season
        self.relations = relations
    }

    /// Everything subject `index` does over the whole clip.
    func actions(of index: Int) -> Set<Action> {
        Set(beats.flatMap { $0.actions.filter { $0.subject == index }.map(\.action) })
    }
}
