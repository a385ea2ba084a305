/// Staging the plan's relations: each is resolved from what the other actor affords (a
/// seat aboard, a saddle, shoulders, a hand, a table before someone, a plant to perch on),
/// never from which two concepts they are.
extension SceneBuilder {
    /// The boat people ride, who rides it, and whether one of them paddles or rows.
    var boatRide: (boat: Int, riders: [Int], paddled: Bool)? {
        let aboard = plan.relations.filter { relation in
            relation.kind.carries && plan.subjects[relation.object].category == .boat && plan.subjects[relation.subject].category == .person
        }
        guard let boat = aboard.first?.object else { return nil }
        let riders = aboard.filter { $0.object == boat }.map(\.subject).sorted()
        return (boat, riders, riders.contains { plan.actions(of: $0).contains(.paddle) })
    }

    /// Who a table is set for: whoever eats or drinks, else the first person named with a
    /// thing that goes on a table ("people playing a board game").
    var tableGuest: Int? {
        if let diner = plan.relations.first(where: { $0.kind == .eats })?.subject { return diner }
        guard plan.subjects.contains(where: { catalogue.entry(for: $0)?.has(.tabletop) == true }) else { return nil }
        return plan.subjects.firstIndex { $0.category == .person }
    }

    /// Who has something in hand ("a woman holding a pineapple"), if anyone: not what goes
    /// on a table ("a fortune teller with a crystal ball" has it on the table before her).
    var holder: Int? {
        plan.relations.first {
            $0.kind == .holds && plan.subjects[$0.subject].category == .person && catalogue.entry(for: plan.subjects[$0.object])?.has(.tabletop) != true
        }?.subject
    }

    /// How far what the holder holds rises past a hand's breadth above their hand, metres:
    /// an umbrella's canopy over their head, which the shot of them keeps in; nothing for a
    /// banana or a glass.
    var heldOverhang: Float {
        guard let relation = plan.relations.first(where: { $0.kind == .holds && $0.subject == holder }),
              let kind = actorKind(for: plan.subjects[relation.object]) else { return 0 }
        return max(0, naturalLength(of: plan.subjects[relation.object], kind: kind) - Self.handBreadth)
    }

    /// How much of a held thing a hand hides or spans, metres.
    static let handBreadth: Float = 0.3

    /// Whether subject `index` keeps a person company at their side.
    func keepsCompany(_ index: Int) -> Bool {
        plan.relations.contains { $0.subject == index && $0.kind == .beside && plan.subjects[$0.object].category == .person }
    }

    /// Whether someone keeps subject `index` company: the shot widens to keep them both in frame.
    func hasCompany(_ index: Int) -> Bool {
        plan.relations.contains { $0.object == index && $0.kind == .beside }
    }

    /// The most a held flower or bouquet stands above the hand, metres.
    static let heldLength: Float = 0.4

    /// The first held thing a hand can take (food, a plant under 2 m, a prop made to be
    /// held), and the person holding it.
    func heldThing(subjectOfActor: [Int], actors: [Actor]) -> (holder: Int, held: Int)? {
        for relation in plan.relations where relation.kind == .holds {
            guard let holder = subjectOfActor.firstIndex(of: relation.subject), actors[holder].kind == .person,
                  let held = subjectOfActor.firstIndex(of: relation.object),
                  actors[held].kind == .dish || (actors[held].kind == .plant && actors[held].length < 2)
                      || (actors[held].kind == .object && catalogue.entry(for: plan.subjects[relation.object])?.has(.held) == true) else { continue }
            return (holder, held)
        }
        return nil
    }

    /// "A squirrel eating nuts", "a gorilla eating a carrot": an animal that sits up to eat
    /// holds its food to its mouth in its forepaws, off the ground.
    func holdFoodInPaws(in actors: inout [Actor], subjectOfActor: [Int]) {
        for relation in plan.relations where relation.kind == .eats {
            guard let eater = subjectOfActor.firstIndex(of: relation.subject), actors[eater].kind == .quadruped, actors[eater].build.eatsSittingUp
            else { continue }
            for food in actors.indices where subjectOfActor[food] == relation.object && actors[food].kind == .dish && actors[food].track.seat == nil {
                actors[food].length = min(actors[food].length, actors[eater].length * Self.pawful)
                actors[food].serving.base = .hand
                // Its lower part in the paws, the rest up at the mouth.
                let paws = QuadrupedModel.paws(of: actors[eater].build) * (actors[eater].length / 2) - SIMD3(0, actors[food].length * 0.3, 0)
                actors[food].track.seat = Seat(carrier: actors[eater].track, offset: paws, seated: false)
            }
        }
    }

    /// How long the food an animal holds in its paws may be, in its own lengths.
    static let pawful: Float = 0.2

    /// People carried by another actor sit where it affords a seat: astride a horse or a
    /// bike (which then seats no rider of its own), on a grown-up's shoulders.
    func seatRiders(in actors: inout [Actor], subjectOfActor: [Int]) {
        for relation in plan.relations where relation.kind.carries {
            guard let rider = subjectOfActor.firstIndex(of: relation.subject), let mount = subjectOfActor.firstIndex(of: relation.object),
                  actors[rider].kind == .person, actors[rider].track.seat == nil,
                  let saddle = Self.saddle(of: actors[mount], for: actors[rider]) else { continue }
            // Astride a body (a horse, shoulders); a bike's rider keeps their feet forward on the pegs.
            actors[rider].track.seat = Seat(carrier: actors[mount].track, offset: saddle, seated: true, astride: actors[mount].kind != .vehicle)
            if actors[mount].kind == .vehicle { actors[mount].ridden = true }
        }
    }

    /// Where a person sits on `mount`, metres right, up and forward of its origin; nil where
    /// it bears no one.
    static func saddle(of mount: Actor, for rider: Actor) -> SIMD3<Float>? {
        switch mount.kind {
        case .vehicle where mount.vehicle.isTwoWheeler:
            mount.vehicle.saddle * (mount.length / mount.vehicle.length)
        case .quadruped where mount.length > rider.length:
            // On the back just behind the withers (on top of a camel's hump); the model is designed 2 m long.
            (QuadrupedModel.saddle + (mount.features.contains(.hump) ? QuadrupedModel.humpRise : .zero)) * (mount.length / 2)
        case .person where rider.length < mount.length * 0.8:
            // A child on a grown-up's shoulders, from the hips up.
            SIMD3(0, 0.38, -0.06) * mount.length
        default:
            nil
        }
    }

    /// What the thing at `index` is drawn as part of, rather than on its own: the plant food
    /// named on it grows on ("oranges on a tree branch": the fruit hangs in its crown rather
    /// than being served), the person who wears a garment.
    func bearer(of index: Int) -> Int? {
        plan.relations.first { $0.subject == index && $0.isFruit(among: plan.subjects) }?.object
            ?? plan.relations.first { $0.kind == .wears && $0.object == index }?.subject
    }

    /// Dresses the person at `index` in what they wear: each garment's colour (the prompt's,
    /// else its row's) on the part its form dresses; a dress or a robe makes a dress of the
    /// top, trousers end it.
    func dress(_ index: Int, palette: inout CreaturePalette, figure: inout PersonModel.Figure) {
        for relation in plan.relations where relation.kind == .wears && relation.subject == index {
            let garment = plan.subjects[relation.object], entry = catalogue.entry(for: garment)
            guard let color = garment.color?.namedAlbedo ?? entry?.color(0) else { continue }
            switch PersonModel.Garment(entry?.form) {
            case .top:
                palette.skin = color
            case .whole:
                palette.skin = color
                palette.belly = garment.color == nil ? entry?.color(1) ?? color : color
                figure.dress = false
            case .dress:
                palette.skin = color
                figure.dress = true
            case .head:
                palette.horn = color
            }
        }
    }

    /// The colour of the fruit the plant at `index` bears, if any food grows on it.
    func fruit(on index: Int) -> SIMD3<Float>? {
        guard let food = plan.subjects.indices.first(where: { plan.subjects[$0].category == .food && bearer(of: $0) == index }) else { return nil }
        return plan.subjects[food].color?.namedAlbedo ?? catalogue.entry(for: plan.subjects[food])?.color(0) ?? SIMD3(0.5, 0.2, 0.02)
    }

    /// Plants taller than this are no perch for an insect the camera films close.
    static let perchLimit: Float = 2

    /// The plant an insect sits on, when it sits on one short enough to film it close.
    func perch(of insect: Int) -> Int? {
        guard let relation = plan.relations.first(where: { $0.subject == insect && $0.kind == .on }),
              plan.subjects[relation.object].category == .plant,
              naturalLength(of: plan.subjects[relation.object], kind: .plant) < Self.perchLimit else { return nil }
        return relation.object
    }

    /// How high above the ground the top of the made thing subject `index` is on stands (a
    /// rock, a bough), if it is on one.
    func supportTop(under index: Int) -> Float? {
        guard let relation = plan.relations.first(where: { $0.subject == index && $0.kind == .on }), plan.subjects[relation.object].category == .object,
              let form = ObjectModel.Form(catalogue.entry(for: plan.subjects[relation.object])?.form), let top = form.top else { return nil }
        let rider = plan.subjects[index]
        return top * supportLength(form, natural: naturalLength(of: plan.subjects[relation.object], kind: .object),
                                   rider: actorKind(for: rider).map { naturalLength(of: rider, kind: $0) } ?? 0)
    }

    /// How long a support of `form` is under a rider `rider` metres long: its own length, or
    /// more where it grows to bear its rider.
    func supportLength(_ form: ObjectModel.Form, natural: Float, rider: Float) -> Float {
        max(natural, rider * (form.riderLengths ?? 0))
    }

    /// How high above the ground an insect that stays put sits: on top of its plant or its
    /// rock, or on the ground.
    func perchHeight(for insect: Subject) -> Float {
        guard let index = plan.subjects.firstIndex(of: insect) else { return 0 }
        if let top = supportTop(under: index) { return top }
        guard let perch = perch(of: index) else { return 0 }
        let plant = plan.subjects[perch]
        return naturalLength(of: plant, kind: .plant) * PlantModel.Species.form(of: plant, entry: catalogue.entry(for: plant), leaves: nil).perch
    }

    /// "A ladybug on a leaf", "a cat on a fence": what bears a subject that stays put
    /// stands where that subject is, and the subject stands on its top.
    func setOnSupports(in actors: inout [Actor], subjectOfActor: [Int], anchor: SIMD3<Float>, side: SIMD3<Float>, terrain: Terrain, duration: Float) {
        for relation in plan.relations where relation.kind == .on {
            guard let rider = subjectOfActor.firstIndex(of: relation.subject), let support = subjectOfActor.firstIndex(of: relation.object),
                  actors[rider].track.seat == nil, !actors[rider].track.segments.contains(where: \.travels),
                  Self.top(of: actors[support], under: actors[rider]) != nil else { continue }
            let rests = actors[rider].kind == .person ? actors[rider].track.firstSeatedPose(within: duration) : nil
            var spot = actors[rider].track.pose(at: 0).position
            // Someone sitting sits on its front edge, their legs hanging down before it.
            if let rests, actors[support].kind == .object, let edge = actors[support].object.form.frontEdge {
                spot -= SIMD3(rests.forward.x, 0, rests.forward.z).normalized * (edge * actors[support].length - 0.1 * actors[rider].length / 1.75)
            }
            if actors[support].kind == .object {
                actors[support].length = supportLength(actors[support].object.form, natural: actors[support].length, rider: actors[rider].length)
            }
            let top = Self.top(of: actors[support], under: actors[rider]) ?? 0
            var track = makeTrack(subject: relation.object, kind: actors[support].kind, length: actors[support].length, home: spot, anchor: anchor,
                                  side: side, terrain: terrain, duration: duration, legScale: 1)
            // A fence or a plinth lies along the way its rider faces; a plant keeps its best side to the lens.
            if actors[support].kind == .object, let facing = actors[rider].track.segments.first?.facing {
                for segment in track.segments.indices { track.segments[segment].facing = facing }
            }
            actors[support].track = track
            // Someone who sits there sits on it as on a bench, whose seat is just under the hips.
            if let rests {
                let seat = rests.position.y - terrain.height(rests.position.x, rests.position.z) - SeatModel.seatBelowHips * actors[rider].length / 1.75
                actors[rider].track.clearance += top - seat
            } else {
                actors[rider].track.clearance += top
            }
            actors[rider].track.supported = true
            if actors[support].kind == .object {
                shareSupport(support, with: relation.subject, from: rider, top: top, in: &actors, subjectOfActor: subjectOfActor, terrain: terrain)
            }
        }
    }

    /// The rest of a group on a long support stand along it, either side of the first, as
    /// far as it reaches: "squirrels on a tree branch", "birds on a fence". Who does not fit
    /// stays where they were.
    private func shareSupport(
        _ support: Int, with subject: Int, from first: Int, top: Float, in actors: inout [Actor], subjectOfActor: [Int], terrain: Terrain
    ) {
        let base = actors[first].track.pose(at: 0).position, facing = actors[first].track.segments.first?.facing ?? SIMD3(0, 0, 1)
        let along = SIMD3(facing.x, 0, facing.z).normalized, reach = actors[support].length * Self.sharedReach
        var order = 0
        for member in actors.indices where member != first && subjectOfActor[member] == subject && actors[member].track.seat == nil
            && !actors[member].track.segments.contains(where: \.travels) {
            order += 1
            let offset = Float((order + 1) / 2) * (order % 2 == 0 ? -1 : 1) * actors[member].length * Self.sharedSpacing
            guard abs(offset) <= reach else { break }
            let here = actors[member].track.pose(at: 0).position, spot = base + along * offset
            let shift = SIMD3(spot.x - here.x, 0, spot.z - here.z)
            for segment in actors[member].track.segments.indices {
                actors[member].track.segments[segment].from += shift
                actors[member].track.segments[segment].control += shift
                actors[member].track.segments[segment].to += shift
                actors[member].track.segments[segment].facing = facing
            }
            // Level with the support's top, wherever the ground under it dips or rises.
            actors[member].track.clearance += top + terrain.height(base.x, base.z) - terrain.height(spot.x, spot.z)
            actors[member].track.supported = true
        }
    }

    /// How far either way of its middle a support bears a group, in its lengths, and how far
    /// apart they stand, in their own.
    static let sharedReach: Float = 0.4
    static let sharedSpacing: Float = 1.2

    /// How high above the ground `support` bears `rider`, metres; nil where it cannot: a
    /// plant short enough bears an insect that sits, a fence or a plinth bears anything.
    static func top(of support: Actor, under rider: Actor) -> Float? {
        switch support.kind {
        case .plant where rider.kind == .insect && rider.track.grounded && support.length < perchLimit:
            support.length * support.plant.species.form.perch
        case .object:
            support.object.form.top.map { $0 * support.length }
        default:
            nil
        }
    }

    /// "A dog playing with a soccer ball", "a sheep eating yellow flowers": what keeps an
    /// animal (or anything but a person) company stands before its head, where the shot that
    /// frames it shows it too; a fence crosses its way. Something much taller than it, or
    /// beside something that travels, keeps its own place.
    func setBeside(in actors: inout [Actor], subjectOfActor: [Int], anchor: SIMD3<Float>, side: SIMD3<Float>, terrain: Terrain, duration: Float) {
        var placed: [Int: Int] = [:]
        for relation in plan.relations where relation.kind == .beside && plan.subjects[relation.object].category != .person {
            guard let owner = subjectOfActor.firstIndex(of: relation.object), actors[owner].track.seat == nil, !actors[owner].track.supported,
                  !actors[owner].track.segments.contains(where: \.travels) else { continue }
            let ownerHeight = Self.height(of: actors[owner].mesh(at: 0)), pose = actors[owner].track.pose(at: 0)
            let facing = SIMD3(pose.forward.x, 0, pose.forward.z).normalized, across = SIMD3(-facing.z, 0, facing.x)
            for thing in actors.indices where subjectOfActor[thing] == relation.subject && actors[thing].track.seat == nil
                && Self.height(of: actors[thing].mesh(at: 0)) <= ownerHeight * Self.besideLimit {
                let crosses = actors[thing].kind == .object && actors[thing].object.form == .fence
                // Several things share the spot side by side, alternating either way.
                let order = placed[owner, default: 0]
                placed[owner] = order + 1
                let aside = Float((order + 1) / 2) * (order % 2 == 0 ? 1 : -1) * actors[thing].length * 1.1
                let depth = crosses ? Self.fenceClearance : actors[thing].length * 0.5
                let spot = pose.position + facing * (actors[owner].length * 0.5 + depth) + across * (crosses ? 0 : aside)
                var track = makeTrack(subject: relation.subject, kind: actors[thing].kind, length: actors[thing].length, home: spot, anchor: anchor,
                                      side: side, terrain: terrain, duration: duration, legScale: 1)
                if crosses {
                    for segment in track.segments.indices { track.segments[segment].facing = across }
                }
                actors[thing].track = track
            }
        }
    }

    /// How much taller than what it stands beside a thing may be and still stand before it.
    static let besideLimit: Float = 1.5
    /// How far a fence before an animal stands from its muzzle, metres.
    static let fenceClearance: Float = 0.15

    /// "A man eating noodles", "a woman cutting a tomato": the food waits on a table in
    /// front of its guest, across the table from the camera's side of them. They sit to eat
    /// or drink and stand at it otherwise, a hand out at the food.
    func setTable(in actors: inout [Actor], subjectOfActor: [Int], anchor: SIMD3<Float>, side: SIMD3<Float>, terrain: Terrain, duration: Float) {
        guard let guest = tableGuest, let diner = subjectOfActor.firstIndex(of: guest), actors[diner].track.seat == nil,
              actors.contains(where: { $0.goesOnATable && $0.track.seat == nil }) else { return }
        guard actors[diner].kind == .person else {
            return setOnTheGround(before: diner, in: &actors, subjectOfActor: subjectOfActor, anchor: anchor, side: side, terrain: terrain, duration: duration)
        }
        let pose = actors[diner].track.pose(at: 0)
        let facing = SIMD3(pose.forward.x, 0, pose.forward.z).normalized, across = SIMD3(-facing.z, 0, facing.x)
        let spot = pose.position + facing * (Self.reachToTheFood * actors[diner].length / 1.75)
        // Dishes share the table, set side by side along its edge.
        let dishes = actors.indices.filter { actors[$0].goesOnATable && actors[$0].track.seat == nil }
        for (place, dish) in dishes.enumerated() {
            let home = spot + across * (Float(place) * actors[dish].length * 1.1)
            var track = makeTrack(subject: subjectOfActor[dish], kind: .dish, length: actors[dish].length, home: home, anchor: anchor,
                                  side: side, terrain: terrain, duration: duration, legScale: 1)
            for segment in track.segments.indices { track.segments[segment].facing = facing }
            actors[dish].track = track
            actors[dish].setBeforeSomeone = true
        }
        actors[diner].track.holds = true
        actors[diner].wieldsKnife = cutsWithKnife(subjectOfActor[diner])
        if actors[diner].wieldsKnife, let food = dishes.first { actors[food].serving.base = .board }
        let meal: Set<Action> = [.eat, .drink]
        for segment in actors[diner].track.segments.indices where !actors[diner].track.segments[segment].actions.isDisjoint(with: meal) {
            actors[diner].track.segments[segment].actions.insert(.sit)
        }
    }

    /// "A squirrel eating nuts", "a dog eating a bone": an animal's food lies on the ground
    /// under its muzzle, where the shot that frames the animal shows it too.
    private func setOnTheGround(
        before eater: Int, in actors: inout [Actor], subjectOfActor: [Int], anchor: SIMD3<Float>, side: SIMD3<Float>, terrain: Terrain, duration: Float
    ) {
        let pose = actors[eater].track.pose(at: 0)
        let facing = SIMD3(pose.forward.x, 0, pose.forward.z).normalized
        let muzzle = pose.position + facing * (actors[eater].length * Self.muzzleReach)
        for food in actors.indices where actors[food].kind == .dish && actors[food].track.seat == nil {
            var track = makeTrack(subject: subjectOfActor[food], kind: .dish, length: actors[food].length, home: muzzle, anchor: anchor,
                                  side: side, terrain: terrain, duration: duration, legScale: 1)
            track.clearance = 0
            actors[food].track = track
            actors[food].serving.base = .ground
        }
    }

    /// How far ahead of an animal's middle its muzzle reaches the ground, in body lengths.
    static let muzzleReach: Float = 0.6

    /// How far in front of a 1.75 m person's hips the food on their table sits.
    static let reachToTheFood: Float = 0.5
}
