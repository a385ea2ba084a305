/// The parametric models the Assets stage can build.
enum ActorKind: CaseIterable, Sendable {
    case dragon, quadruped, bird, person, car

    init(_ category: Subject.Category) {
        switch category {
        case .dragon: self = .dragon
        case .quadruped, .reptile: self = .quadruped
        case .bird, .insect, .aircraft, .fish: self = .bird
        case .person: self = .person
        case .vehicle, .boat, .train: self = .car
        case .building, .plant, .food, .object: self = .quadruped
        }
    }

    /// Body length in metres at `medium` size.
    var length: Float {
        switch self {
        case .dragon: 20
        case .quadruped: 2.2
        case .bird: 0.5
        case .person: 1.75
        case .car: 4.4
        }
    }

    /// How far ahead of the body centre the head is, as a fraction of the length: the
    /// camera frames and focuses there.
    var headReach: Float {
        switch self {
        case .dragon: 0.4
        case .car: 0
        default: 0.25
        }
    }

    /// Whether it lives in the air when it moves.
    var flies: Bool {
        self == .dragon || self == .bird
    }
}
