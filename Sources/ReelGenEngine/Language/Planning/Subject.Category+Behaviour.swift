extension Subject.Category {
    /// People and creatures.
    var isAlive: Bool { [.dragon, .quadruped, .bird, .fish, .insect, .reptile, .person].contains(self) }

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

    /// Whether a noun of the same family right before it names its kind ("a pine tree", "a
    /// kayak boat", "a grizzly bear"); a food before a food is an ingredient ("tomato soup"),
    /// a person before a person a description ("a woman doctor").
    var namesItsKindsBeforeIt: Bool {
        ![.food, .person, .object].contains(self)
    }

    /// How close a shot of it is framed by default.
    var naturalFraming: CameraMove.Framing {
        switch self {
        case .food, .object, .insect: .closeUp
        case .person, .plant, .fish, .reptile, .quadruped, .vehicle: .medium
        case .building, .train, .boat, .aircraft: .wide
        case .dragon, .bird: .wide
        }
    }
}

extension Subject {
    /// What it does when the prompt names it without a verb (`entry` is its catalogue row):
    /// its category's habit, except that a bird that lives on its feet, a hen or a penguin,
    /// stands, and a machine described at rest ("a parked motorcycle", "a moored boat") stays.
    func restingAction(_ entry: CatalogueEntry?) -> Action {
        if category == .bird && entry?.has(.grounded) == true { return .idle }
        if attributes.contains(where: Self.atRest.contains) { return .idle }
        // A baby sits where it is put.
        if category == .person && entry?.isInfant == true { return .sit }
        return category.restingAction
    }

    /// Words that describe a machine standing still.
    static let atRest: Set<String> = ["parked", "moored", "docked", "anchored", "stationary", "stopped", "abandoned"]
}
