/// A subject in the scene: which model, how big, its colours and its motion.
struct Actor: Sendable {
    var kind: ActorKind
    /// Body length in metres.
    var length: Float
    var palette: CreaturePalette
    var track: ActorTrack
    /// Body plan when the actor is a quadruped, and the parts of its species (a lion's mane).
    var build: QuadrupedBuild = .hoofed
    var features: Set<QuadrupedModel.Feature> = []
    /// What is on the plate when the actor is a dish.
    var serving = Serving(nil)
    /// Motor, sail or paddle, when the actor is a boat.
    var boatStyle: BoatModel.Style = .motor
    /// The plan's word for it.
    var concept = ""
    /// Whether the actor is food set on a table before someone, who faces across it the
    /// way the dish faces; otherwise its table faces the camera.
    var setBeforeSomeone = false
    /// A thing that goes on a table, as food does: a board game, a crystal ball.
    var tabletop = false

    /// Whether it is set on a table: food, or a thing that goes on one.
    var goesOnATable: Bool {
        kind == .dish || tabletop
    }
    /// Which vehicle, when the actor is one; `ridden` when a person the prompt names rides it.
    var vehicle = VehicleModel.Form.car
    /// Emergency lights on its roof, when the actor is a vehicle that has them.
    var beacons = false
    /// Body plan, when the actor is a bird.
    var bird = BirdModel.Form.songbird
    /// Which aircraft, when the actor is one.
    var aircraft = PlaneModel.Form.airliner
    /// Which building, when the actor is one.
    var building = BuildingModel.Form.block
    /// Whether the building is a ruin: "a destroyed building", "an abandoned castle".
    var ruined = false
    var ridden = false
    /// A vehicle that never moves in the clip: parked, with no rider of its own.
    var parked = false
    /// Whether the actor is a person with a kitchen knife in hand, cutting.
    var wieldsKnife = false
    /// Hair and clothes, when the actor is a person.
    var figure = PersonModel.Figure()
    /// Species and take, when the actor is a plant.
    var plant = PlantModel(species: PlantModel.Species(form: .foliage), variant: 0)
    /// Body plan and colour, when the actor is an insect or another small crawler.
    var insect = InsectModel(form: .beetle)
    /// Body plan and colour, when the actor lives in the water.
    var fish = FishModel(form: .fish)
    /// Which thing and its colours, when the actor is an object.
    var object = ObjectModel(form: .ball)

    /// The posed model at `time` seconds, in world space.
    func mesh(at time: Float) -> Mesh {
        let pose = track.pose(at: time)
        switch kind {
        case .dragon: return DragonModel(palette: palette).mesh(for: pose, length: length)
        case .quadruped: return QuadrupedModel(palette: palette, build: build, features: features).mesh(for: pose, length: length)
        case .bird: return BirdModel(palette: palette, form: bird).mesh(for: pose, length: length)
        case .person: return PersonModel(palette: palette, figure: figure, knife: wieldsKnife).mesh(for: pose, length: length)
        case .vehicle: return VehicleModel(form: vehicle, palette: palette, seatsOwnRider: !ridden && !parked, beacons: beacons).mesh(for: pose, length: length)
        case .dish: return DishModel(serving: serving).mesh(for: pose, length: length)
        case .boat: return BoatModel(style: boatStyle, palette: palette).mesh(for: pose, length: length)
        case .plane: return PlaneModel(form: aircraft, palette: palette).mesh(for: pose, length: length)
        case .plant: return plant.mesh(for: pose, length: length)
        case .insect: return insect.mesh(for: pose, length: length)
        case .fish: return fish.mesh(for: pose, length: length)
        case .building: return BuildingModel(form: building, palette: palette, ruined: ruined).mesh(for: pose, length: length)
        case .object: return object.mesh(for: pose, length: length)
        }
    }
}
