extension Subject.Category {
    /// Creatures and machines that can be in the air.
    var canFly: Bool { [.dragon, .bird, .aircraft, .insect].contains(self) }

    /// What it does when the prompt names it without a verb: boats sail, fish swim, plants sway.
    var restingAction: Action {
        switch self {
        case .fish: .swim
        case .aircraft, .dragon, .bird: .fly
        case .boat: .sail
        case .vehicle, .train: .drive
        case .plant: .sway
        default: .idle
        }
    }

    /// How close a shot of it is framed by default.
    var naturalFraming: CameraMove.Framing {
        switch self {
        case .food, .object, .insect: .closeUp
        case .person, .plant, .fish, .reptile: .medium
        case .building, .train, .boat, .aircraft: .wide
        case .dragon, .quadruped, .bird, .vehicle: .wide
        }
    }
}

extension Subject {
    /// Birds that live on their feet: named without a verb, they stand rather than fly.
    private static let groundBirds: Set<String> = [
        "chicken", "hen", "rooster", "chick", "turkey", "peacock", "pheasant", "quail", "penguin", "ostrich", "emu",
    ]

    /// What it does when the prompt names it without a verb: its category's habit, except
    /// that a hen or a penguin stands.
    var restingAction: Action {
        category == .bird && Self.groundBirds.contains(concept) ? .idle : category.restingAction
    }
}
