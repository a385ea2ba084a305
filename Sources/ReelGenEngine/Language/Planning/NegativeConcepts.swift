/// What `negative_prompt` rules out, read with the same lexicon and WordNet as the prompt:
/// subjects (by concept, or by whole category for family words like "people" or "animals"),
/// features, weather and times of day. "rain" also rules out storms, "fog" mist, "trees" a
/// tree, "snow" both falling and lying snow, and with WordNet "dogs" a beagle.
struct NegativeConcepts: Sendable {
    /// Says which subjects are kinds of a concept ruled out.
    private var wordNet: WordNet?
    private(set) var subjectConcepts: Set<String> = []
    private(set) var categories: Set<Subject.Category> = []
    private(set) var features: Set<SceneFeature> = []
    private(set) var weather: Set<Weather> = []
    private(set) var timesOfDay: Set<TimeOfDay> = []
    /// Every concept ruled out, in the order named, for `ScenePlan.removed`.
    private(set) var names: [String] = []

    /// Features that show the same thing as a subject concept.
    private static let featuresOfConcept: [String: [SceneFeature]] = [
        "tree": [.trees], "plant": [.trees, .flowers, .grass], "flower": [.flowers],
        "building": [.buildings, .skyscrapers, .house, .castle, .church, .tower], "house": [.house, .buildings],
        "skyscraper": [.skyscrapers], "castle": [.castle], "church": [.church], "tower": [.tower],
    ]

    /// Features that show the same thing as a kind of weather: ruling out one rules out both.
    private static let weatherOfFeature: [SceneFeature: Weather] = [.clouds: .cloudy, .snowCover: .snow]

    private static let impliedWeather: [Weather: [Weather]] = [
        .rain: [.storm], .storm: [.lightning, .rain], .cloudy: [.overcast], .overcast: [.cloudy], .fog: [.mist], .mist: [.fog],
    ]

    init(words: [TaggedWord], wordNet: WordNet? = nil) {
        self.wordNet = wordNet
        for word in words {
            switch word.meaning {
            case .subject(let concept):
                subjectConcepts.insert(concept.name)
                if concept.isGeneric || concept.name == "person" { categories.insert(concept.category) }
                note(concept.name)
                for feature in Self.featuresOfConcept[concept.name] ?? [] { exclude(feature) }
            case .feature(let feature):
                exclude(feature)
                for (concept, features) in Self.featuresOfConcept.sorted(by: { $0.key < $1.key }) where features.first == feature {
                    subjectConcepts.insert(concept)
                }
                if let weather = Self.weatherOfFeature[feature] { exclude(weather) }
            case .weather(let named):
                exclude(named)
                for implied in Self.impliedWeather[named] ?? [] { exclude(implied) }
                for (feature, weather) in Self.weatherOfFeature.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where weather == named { exclude(feature) }
            case .timeOfDay(let time):
                timesOfDay.insert(time)
                note(time.rawValue)
            default:
                break
            }
        }
    }

    func allows(_ subject: Subject) -> Bool {
        guard !subjectConcepts.contains(subject.concept), !categories.contains(subject.category) else { return false }
        guard let wordNet, !subjectConcepts.isEmpty else { return true }
        // A kind of something ruled out is ruled out: "no dogs" leaves no beagle.
        return wordNet.nearestHypernym(of: subject.concept, as: .noun, senses: 1) { subjectConcepts.contains($0) ? true : nil } == nil
    }

    private mutating func exclude(_ feature: SceneFeature) {
        features.insert(feature)
        note(feature.rawValue)
    }

    private mutating func exclude(_ named: Weather) {
        weather.insert(named)
        note(named.rawValue)
    }

    private mutating func note(_ name: String) {
        if !names.contains(name) { names.append(name) }
    }
}
