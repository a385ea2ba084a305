/// What a word or phrase contributes to a plan.
enum LexicalMeaning: Hashable, Sendable {
    case subject(SubjectConcept)
    case setting(Setting)
    case feature(SceneFeature)
    case weather(Weather)
    case timeOfDay(TimeOfDay)
    case season(Season)
    /// An adjective that sets the mood and also describes its noun ("menacing").
    case mood(Mood)
    case color(SIMD3<Float>)
    case size(Subject.Size)
    /// "tallest", "highest": the tallest peak for a mountain, huge for a creature.
    case tallest
    /// A descriptive word kept on the subject ("wooden", "glowing", "evil").
    case attribute
    /// A part of a creature ("jaws", "wings"), kept as an attribute of its owner.
    case bodyPart(isMouth: Bool)
    case action(Action)
    /// "open", "bare", "reveal": opens the jaws when the clause names a mouth.
    case mouthOpening
    case camera(CameraCue)
    case look(Look.Kind)
    case slowMotion
    case shallowFocus
    case timeLapse
    case count(Int)
    /// "group of", "herd of": the following subject comes as many.
    case group(Int)
    case pronoun(Pronoun)
    case sequence(SequenceMarker)
    case towardCamera
    case awayFromCamera
    /// "in the distance", "far away".
    case distance
    /// "above", "in the sky": the subject is in the air.
    case airborne
    /// How the action is done: slowly or quickly, or in any other manner ("properly"),
    /// kept on the clause's actions.
    case pace
    /// A word for wherever the clip is ("area", "landscape"): what is said of it is said of the place.
    case place
    /// A preposition that places the subject before it by the subject after it ("on", "in").
    case relation(Relation.Kind)
    /// Grammar and words about the medium ("video", "footage") that carry no content.
    case stopWord

    /// Nouns: what a subject, place or feature is.
    var isNounLike: Bool {
        switch self {
        case .subject, .setting, .feature, .bodyPart, .place: true
        default: false
        }
    }
}

extension LexicalMeaning {
    /// A setting, a feature of it, or a word for the place itself: what place words describe.
    var isPlace: Bool {
        switch self {
        case .setting, .feature, .place: true
        default: false
        }
    }

    /// A subject or a pronoun standing for one: what a verb after it belongs to.
    var isReferent: Bool {
        switch self {
        case .subject, .pronoun: true
        default: false
        }
    }

    /// Words that describe the noun after them.
    var isModifier: Bool {
        switch self {
        case .color, .size, .tallest, .attribute, .mood, .count, .group: true
        default: false
        }
    }
}
