/// The parametric models the Assets stage can build.
enum ActorKind: CaseIterable, Sendable {
    /// `dish`: food served on a plate, standing on a table; `boat`: a motor yacht, sailboat or canoe afloat;
    /// `plane`: a jet airliner; `building`: a house, church, tower or block as the subject;
    /// `plant`: flowers, a houseplant, a tree or the like, growing where it stands; `insect`:
    /// a butterfly, bee, beetle, snail, crab or other small creature, filmed close; `fish`:
    /// a fish, shark, dolphin, whale, seal, jellyfish or octopus swimming at the surface;
    /// `object`: a prop (a ball, an umbrella, a fence, a statue) standing or held.
    case dragon, quadruped, bird, person, vehicle, dish, boat, plane, building, plant, insect, fish, object

    /// The model for a subject of `category` whose catalogue row has the form `form`; nil
    /// where no model fits yet (things the scene builds itself, a seat or a bed, and objects
    /// with no shape yet are left out rather than shown as something they are not).
    init?(_ category: Subject.Category, form: String?) {
        if category == .object {
            guard ObjectModel.Form(form) != nil else { return nil }
            self = .object
        } else {
            self.init(category)
        }
    }

    private init?(_ category: Subject.Category) {
        switch category {
        case .dragon: self = .dragon
        case .quadruped, .reptile: self = .quadruped
        case .bird: self = .bird
        case .fish: self = .fish
        case .insect: self = .insect
        case .aircraft: self = .plane
        case .person: self = .person
        case .vehicle, .train: self = .vehicle
        case .boat: self = .boat
        case .food: self = .dish
        case .building: self = .building
        case .plant: self = .plant
        case .object: return nil
        }
    }

    /// Body length in metres at `medium` size; plants, sea creatures and vehicles take
    /// theirs from their species or form (`SceneBuilder.naturalLength`), so for a vehicle
    /// this is only a car's.
    var length: Float {
        switch self {
        case .dragon: 20
        case .quadruped: 2.2
        case .bird: 0.5
        case .person: 1.75
        case .vehicle: 4.4
        case .dish: 0.32
        case .boat: 9
        case .plane: 30
        case .building: 12
        case .plant: 1
        case .insect: 0.8
        case .fish: 1
        case .object: 1
        }
    }

    /// Where the head is relative to the body centre, in lengths (x ahead, y up): the
    /// camera frames and focuses there.
    var headOffset: SIMD2<Float> {
        switch self {
        case .dragon: SIMD2(0.4, 0.12)
        case .quadruped: SIMD2(0.5, 0.27)
        case .bird: SIMD2(0.4, 0.1)
        case .person: SIMD2(0, 0.46)
        case .vehicle: SIMD2(0, 0.1)
        case .dish: SIMD2(0, 0.1)
        case .boat: SIMD2(0.1, 0.12)
        case .plane: SIMD2(0.1, 0)
        case .building: SIMD2(0, 0.45)
        case .plant: SIMD2(0, 0.5)
        case .insect: SIMD2(0.3, 0.05)
        case .fish: SIMD2(0.3, 0.05)
        case .object: SIMD2(0, 0.5)
        }
    }

    /// The head's position in the world for a pose of an actor `length` metres long.
    func head(of pose: ActorPose, length: Float) -> SIMD3<Float> {
        // A vehicle's cabin is a few metres up, however long it is: a train is not 6 m tall.
        if self == .vehicle { return pose.position + SIMD3(0, min(headOffset.y * length, 0.6), 0) }
        let frame = BodyFrame(origin: pose.position, forward: pose.forward, bank: 0, scale: length)
        // Someone lying down lies with the head back from the hips, feet forward: the
        // camera looks at the chest, between the pillow and the hips, not at the wall above.
        if self == .person && pose.lying { return frame.toWorld(SIMD3(0, 0.05, -headOffset.y * 0.6)) }
        return frame.toWorld(SIMD3(0, headOffset.y, headOffset.x))
    }

    /// Height of the camera's eye above the ground when this is the main subject: up with
    /// flyers, at a car's roof (and a bee's flight), seated at a table for food, standing otherwise.
    var cameraEyeHeight: Float {
        switch self {
        case .dragon, .bird, .plane: 9
        case .vehicle, .insect: 1.2
        case .dish: 1.12
        case .quadruped, .person, .boat, .building, .plant, .fish, .object: 1.6
        }
    }

    /// How much of a `length` m model the framing must fit: a boat or a bus is long and low,
    /// and framed by its whole length it drives off as a speck; a bicycle and its rider
    /// stand as tall as they are long.
    func framedLength(_ length: Float) -> Float {
        switch self {
        case .boat: length * 0.5
        case .vehicle: max(length * 0.5, min(length, 2.2))
        default: length
        }
    }

    /// Whether size words scale the model: a dish is sized by its plate, and "tiny"
    /// describes the food on it.
    var scalesWithSize: Bool {
        self != .dish
    }

    /// Vehicles, boats, aircraft and buildings: made things seen whole.
    var isMachine: Bool {
        [.vehicle, .boat, .plane, .building].contains(self)
    }

    /// Dishes share one table: one of each, set close together.
    var sharesATable: Bool {
        self == .dish
    }

    /// Travelling speed in metres per second for a model `length` metres long.
    func pace(length: Float) -> Float {
        switch self {
        // A car at town speed; a bicycle or motorcycle, shorter, more slowly.
        case .vehicle: min(11, length * 3)
        case .boat: length * 0.35
        default: length * 0.8
        }
    }

    /// Whether it stands on the ground, and so must be kept out of the water.
    var standsOnLand: Bool {
        !flies && self != .boat && self != .fish
    }

    /// Whether it lives in the air when it moves.
    var flies: Bool {
        self == .dragon || self == .bird || self == .plane || self == .insect
    }
}
