/// Language stage of the cinematic engine: a request's prompt (with its negative prompt,
/// style and seed) becomes a `ScenePlan`. Pure and deterministic: the same request always
/// gives the same plan; the seed only chooses among defaults the prompt leaves open.
public struct PromptParser: Sendable {
    private let lexicon: Lexicon
    private let tagger: ConceptTagger
    private let catalogue = ConceptCatalogue.standard

    /// A parser backed by the shipped lexicon and, when installed, WordNet 3.0.
    public init() {
        self.init(wordNet: WordNet.installed)
    }

    /// A parser with a given WordNet, or none (lexicon only).
    init(wordNet: WordNet?) {
        lexicon = .standard
        let lemmatizer = Lemmatizer(wordNet: wordNet, knownWords: lexicon.words)
        tagger = ConceptTagger(lexicon: lexicon, lemmatizer: lemmatizer, wordNet: wordNet)
    }

    public func plan(for request: RenderRequest) -> ScenePlan {
        let choice = SeededChoice(seed: request.seed)
        let tokens = Tokenizer().tokens(of: request.prompt)
        let clauses = BeatSegmenter().clauses(of: tagger.tag(tokens))
        let negative = NegativeConcepts(words: tagger.tag(Tokenizer().tokens(of: request.negativePrompt ?? "")), wordNet: tagger.wordNet)
        let reading = PromptReader().read(clauses, prompt: request.prompt, tokens: tokens).removing(negative)

        let look = Look(kind: request.style.map(Look.Kind.init(style:)) ?? reading.looks.first ?? .cinematic, slowMotion: reading.slowMotion, shallowFocus: reading.shallowFocus)
        // Fruit on a plant grows where the plant does, not in a kitchen.
        let growing = Set(reading.relations.filter { $0.isFruit(among: reading.subjects) }.map(\.subject))
        // Nor does what someone wears say where they are.
        let worn = Set(reading.subjects.indices.filter { catalogue.entry(for: reading.subjects[$0])?.has(.worn) == true })
        let habitats = reading.subjects.indices.filter { !growing.contains($0) && !worn.contains($0) }
            .map { (reading.subjects[$0].category, reading.habitats[$0]) }
        // "People praying in a chapel" are inside it: the room is the most specific place.
        let inside = reading.relations.filter { $0.isInside(among: reading.subjects) }
        let rooms = inside.map { catalogue.entry(for: reading.subjects[$0.object])?.inside ?? .interior }
        let place = SettingPlanner().plan(named: rooms + reading.settings, subjectHabitats: habitats, features: reading.features, choice: choice)
        let features = place.features.filter { !negative.features.contains($0) }
        let atmospherePlanner = AtmospherePlanner()
        let mood = atmospherePlanner.mood(votes: reading.moodVotes)
        let atmosphere = atmospherePlanner.atmosphere(
            reading: reading, mood: mood, look: look.kind, setting: place.setting, features: features, negative: negative, choice: choice
        )
        let beatPlanner = BeatPlanner()
        let perched = Set(reading.relations.filter { $0.kind == .on }.map(\.subject))
        let actions = beatPlanner.actions(for: reading.clauses, subjects: reading.subjects, perched: perched)
        let cameras = CameraPlanner().cameras(
            for: reading.clauses, actions: actions, subjects: reading.subjects, timeLapse: reading.timeLapse, choice: choice
        )
        let beats = beatPlanner.beats(for: reading.clauses, actions: actions, cameras: cameras)

        var plan = ScenePlan(
            prompt: request.prompt, seed: request.seed, setting: place.setting, timeOfDay: atmosphere.timeOfDay,
            weather: atmosphere.weather, mood: mood, look: look, features: features, subjects: reading.subjects, beats: beats,
            removed: negative.names, unusedWords: reading.unusedWords.uniqued(),
            unresolvedNouns: reading.unresolvedNouns.uniqued(), placeAttributes: reading.placeAttributes.uniqued(),
            season: reading.seasons.first
        )
        plan.relations = RelationPlanner().relations(in: plan, stated: reading.relations.filter { !inside.contains($0) })
        if request.enhancePrompt { PromptEnhancer().enhance(&plan, reading: reading, negative: negative) }
        return plan
    }
}
