import Foundation

/// Staging: where each subject starts, where each beat's action takes it, and how it looks.
extension SceneBuilder {
    func makeActors(
        terrain: Terrain, anchor: SIMD3<Float>, forward: SIMD3<Float>, side: SIMD3<Float>, peakTop: SIMD3<Float>?,
        fieldOfView: Float, duration: Float, composition: Float, random: inout SeededGenerator
    ) -> [Actor] {
        var actors: [Actor] = []
        // How far off the first person stands: the people after them stand beside them, a
        // child too, instead of nearer the lens because they are smaller.
        var firstPerson: Float?
        // How far off the first subject on the ground stands, which a building after it backs.
        var firstStanding: Float?
        var dressed = 0
        let ride = boatRide
        var subjectOfActor: [Int] = []
        let guest = tableGuest, holder = self.holder
        let boardNamed = plan.subjects.contains { Self.boardWords.contains($0.concept) }
        for (index, subject) in plan.subjects.prefix(4).enumerated() {
            guard let kind = actorKind(for: subject), !leavesOfAnotherPlant(index), bearer(of: index) == nil else { continue }
            var length = naturalLength(of: subject, kind: kind) * (kind.scalesWithSize ? random.value(0.92, 1.08) : 1)
            // A boat someone paddles or rows is a paddled boat, whatever it is called.
            let entry = catalogue.entry(for: subject)
            let boatStyle = ride.map { $0.boat == index && $0.paddled } == true ? .paddle : BoatModel.Style(subject, entry: entry)
            if kind == .boat && boatStyle == .paddle { length *= BoatModel.paddledLength }
            let members = kind.sharesATable ? 1 : min(max(subject.count, 1), 5)
            var distance = max(framingDistance(kind: kind, length: length, fieldOfView: fieldOfView),
                               groupDistance(count: members, kind: kind, length: length, fieldOfView: fieldOfView))
            // Someone at a table of food is filmed from nearer, so the food and their hands
            // show; someone with something in hand from the head to the hands, so it does.
            if index == guest { distance *= Self.tableShotDistance }
            // An animal sitting up stands taller than it is long: the shot steps back to keep its head in.
            if kind == .quadruped, sitsUp(index, build: QuadrupedBuild(entry?.form)) { distance *= Self.sittingShotDistance }
            // Unless the prompt asks for a wider view; closer than that would lose the hands.
            if index == holder && !CameraMove.Framing.medium.isCloserThan(plan.beats.first?.camera.framing ?? .wide) {
                distance = (Self.handsShotHeight * length / 1.75 + heldOverhang) / (2 * tanf(fieldOfView / 2))
            }
            if kind == .person {
                // With a pet to come, the shot widens to keep it beside them in frame.
                if firstPerson == nil && hasCompany(index) { distance *= 1.5 }
                distance = firstPerson ?? distance
                firstPerson = distance
            }
            // An animal that keeps a person company stands beside them: "a boy petting a dog".
            let pet = keepsCompany(index) ? firstPerson : nil
            if let pet { distance = pet }
            let afloat = floats(subject, kind: kind, index: index, terrain: terrain)
            let grounded = standsOnItsFeet(kind: kind, index: index, afloat: afloat)
            let airborne = kind.flies && !afloat && !grounded
            var home: SIMD3<Float>
            if airborne, let peakTop {
                // On the line of sight to a point just above the summit: it reads as "above
                // the tallest peak"; a third of the way for a dragon, nearer for small flyers
                // so their wings still show.
                let aim = peakTop + SIMD3(0, 140, 0) - anchor
                home = anchor + aim.normalized * min(aim.length * 0.34, distance)
            } else if airborne {
                home = anchor + forward * distance + SIMD3(0, distance * 0.25, 0)
            } else {
                home = anchor + forward * distance
            }
            // Subjects side by side: people shoulder to shoulder, the way "a woman with her
            // child" is filmed; anything else a few of its own lengths apart.
            let spacing = kind.sharesATable ? length * 0.8
                : kind == .person ? Self.companionSpacing
                : pet != nil ? Self.companionSpacing + length * 0.5
                : length * 2.5
            // A boat with people aboard takes the place of the first of them.
            let slot = ride.flatMap { $0.boat == index ? $0.riders.first : nil } ?? index
            if kind == .building, let front = firstStanding {
                // A building named after something smaller is its backdrop: just behind it,
                // on the other third, rather than off beside it out of the frame.
                home = anchor + forward * (front + length * 0.8) - side * (composition * length * 0.35)
            } else {
                home += side * (Float(slot) * spacing * composition)
            }
            if firstStanding == nil, !airborne, kind != .building { firstStanding = distance }
            for instance in 0..<members {
                // Each member dresses for itself: a family is not four copies of one person.
                var palette = self.palette(for: subject, kind: kind, boatStyle: boatStyle, dressed: &dressed, random: &random)
                let spread = Self.groupOffset(instance: instance, kind: kind, length: length, side: side, forward: forward,
                                              heading: travels(subject: index) ? side * composition : nil)
                let build = QuadrupedBuild(entry?.form)
                var figure = kind == .person
                    ? PersonModel.Figure.chosen(concept: subject.concept, traits: personTraits(of: subject), infant: entry?.isInfant == true, member: instance,
                                                random: &random)
                    : PersonModel.Figure()
                if kind == .person { dress(index, palette: &palette, figure: &figure) }
                // A family's children stand smaller than their parents.
                let length = figure.child && subject.concept == "family" ? length * Self.sizeFactor(.small) : length
                var start = home + spread
                if kind.standsOnLand || grounded { start = terrain.dryLand(at: start, toward: anchor, radius: length * 0.5) }
                if afloat { start = terrain.openWater(at: start, awayFrom: anchor, radius: length * 0.3) }
                var track = makeTrack(subject: index, kind: kind, length: length, home: start, anchor: anchor, side: side * composition,
                                      terrain: terrain, duration: duration, legScale: build.legScale)
                track.phase = Float(instance) * 2.1
                if sleepsInBed { track.bedHeight = BedModel.mattressTop } else if liesOnSofa { track.bedHeight = ActorTrack.sofaSeatHeight }
                track.afloat = afloat
                if kind == .quadruped, build.sittingPitch != nil {
                    let mouth = QuadrupedModel.sittingMouth(of: build) / 2
                    track.sittingHead = SIMD2(mouth.z, mouth.y)
                }
                // A squirrel or an ape eats sitting up, its food held to its mouth.
                if kind == .quadruped && build.eatsSittingUp {
                    for segment in track.segments.indices where track.segments[segment].actions.contains(.eat) {
                        track.segments[segment].actions.insert(.sit)
                        track.holds = true
                    }
                }
                let insectForm = InsectModel.Form(entry?.form), birdForm = BirdModel.Form(entry?.form)
                if grounded {
                    track.grounded = true
                    track.clearance = length * (kind == .insect ? insectForm.clearance : birdForm.legLength)
                }
                var serving = Serving(entry)
                if let color = subject.color { serving.color = color }
                // "Cutting an onion over a chopping board": food being cut lies on a board.
                if boardNamed || cutsWithKnife(index) { serving.base = .board }
                var actor = Actor(kind: kind, length: length, palette: palette, track: track, build: build, serving: serving,
                                  boatStyle: boatStyle, concept: subject.concept, figure: figure)
                if kind == .vehicle {
                    actor.vehicle = VehicleModel.Form(entry?.form)
                    actor.beacons = entry?.has(.beacons) == true
                    actor.parked = !travels(subject: index)
                }
                if kind == .building {
                    actor.building = BuildingModel.Form(entry?.form)
                    actor.ruined = entry?.has(.ruined) == true || !BuildingModel.ruinWords.isDisjoint(with: subject.attributes.map { $0.lowercased() })
                }
                if kind == .plane { actor.aircraft = PlaneModel.Form(entry?.form) }
                if kind == .bird { actor.bird = birdForm }
                actor.features = QuadrupedModel.Feature.of(entry)
                actor.tabletop = entry?.has(.tabletop) == true
                if kind == .object, let form = ObjectModel.Form(entry?.form) {
                    actor.object = ObjectModel(form: form, color: subject.color.map(\.namedAlbedo) ?? entry?.color(0), trim: entry?.color(1))
                }
                if kind == .fish {
                    actor.fish = FishModel(form: FishModel.Form(entry?.form), markings: FishModel.Markings(entry), color: subject.color.map(\.namedAlbedo))
                }
                if kind == .insect {
                    actor.insect = InsectModel(form: insectForm, color: subject.color.map(\.namedAlbedo) ?? entry?.color(0), variant: random.next())
                }
                if kind == .plant {
                    var species = PlantModel.Species(subject: subject, entry: entry, leaves: leaves(of: index), indoors: plan.isIndoors, season: plan.season,
                                                     random: &random)
                    species.fruit = fruit(on: index)
                    actor.plant = PlantModel(species: species, variant: random.next())
                }
                actors.append(actor)
                subjectOfActor.append(index)
            }
        }
        // "A woman holding a flower": what she holds rides in her right hand; a bunch is one bouquet.
        let holding = heldThing(subjectOfActor: subjectOfActor, actors: actors)
        if let (holder, held) = holding {
            let scale = actors[holder].length / 1.75
            // A bouquet or a dish is cut to what a hand holds; a held object is already its own size.
            if actors[held].kind != .object { actors[held].length = min(actors[held].length, Self.heldLength * scale) }
            // Food in hand is held as it is, off its plate.
            actors[held].serving.base = .hand
            actors[holder].track.holds = true
            let presents = !(actors[held].kind == .object && actors[held].object.form.heldAtTheWaist)
            actors[holder].track.presents = presents
            // The hand grips it a little above its base; a drink goes with the hand to the lips.
            let grip = SIMD3<Float>(0, 0.06 * scale, 0), hand = presents ? ActorTrack.presentedOffset : ActorTrack.heldOffset
            let sipped = actors[held].kind == .dish && actors[held].serving.shape.isDrink ? ActorTrack.sippedOffset * scale - grip : nil
            actors[held].track.seat = Seat(carrier: actors[holder].track, offset: hand * scale - grip, seated: false, sipped: sipped)
        }
        holdFoodInPaws(in: &actors, subjectOfActor: subjectOfActor)
        setOnSupports(in: &actors, subjectOfActor: subjectOfActor, anchor: anchor, side: side * composition, terrain: terrain, duration: duration)
        seatRiders(in: &actors, subjectOfActor: subjectOfActor)
        setBeside(in: &actors, subjectOfActor: subjectOfActor, anchor: anchor, side: side * composition, terrain: terrain, duration: duration)
        if let ride, let boat = subjectOfActor.firstIndex(of: ride.boat) {
            var seats = BoatModel.seats(style: actors[boat].boatStyle, length: actors[boat].length)[...]
            for index in actors.indices where ride.riders.contains(subjectOfActor[index]) {
                guard let seat = seats.popFirst() else { break }
                actors[index].track.seat = Seat(carrier: actors[boat].track, offset: seat.offset, seated: seat.seated, paddles: seat.seated)
            }
        }
        // After every seat is given out: someone riding a bike or a boat has no table.
        if holding == nil { setTable(in: &actors, subjectOfActor: subjectOfActor, anchor: anchor, side: side * composition, terrain: terrain, duration: duration) }
        guard let held = holding?.held else { return actors }
        return actors.indices.filter { $0 == held || subjectOfActor[$0] != subjectOfActor[held] }.map { actors[$0] }
    }

    func makeTrack(
        subject: Int, kind: ActorKind, length: Float, home: SIMD3<Float>, anchor: SIMD3<Float>, side: SIMD3<Float>,
        terrain: Terrain, duration: Float, legScale: Float
    ) -> ActorTrack {
        var segments: [ActorSegment] = []
        var position = home
        var jaw: Float = kind == .dragon && menacingSubject(subject) ? 0.1 : 0
        // Three-quarters to the lens; in a close-up of an animal, its face nearly to it.
        let turn: Float = Self.isPortrait(of: kind, framing: plan.beats.first?.camera.framing ?? .wide) ? 0.45 : 1.1
        let quarterView = (anchor - home).rotatedAboutY(side.x > 0 ? turn : -turn)
        var facing = SIMD3(quarterView.x, 0, quarterView.z).normalized
        for (beatIndex, beat) in plan.beats.enumerated() {
            let start = Float(beat.start) * duration, end = Float(beat.end) * duration
            let seconds = max(end - start, 0.1)
            let actions = Set(beat.actions.filter { $0.subject == subject }.map(\.action))
            let toCamera = anchor - position
            let distance = toCamera.length
            var from = position, to = position
            var control: SIMD3<Float>?
            let pace = kind.pace(length: length)
            if actions.contains(.rushTowardCamera) {
                // Ends just off the lens axis so the open jaws read in three-quarter view.
                to = anchor + (position - anchor).normalized * (length * 0.78) - SIMD3(0, length * 0.12, 0) + side * (length * 0.12)
                control = from.mixed(with: to, 0.5) + SIMD3(0, (from.y - to.y) * 0.35, 0)
            } else if actions.contains(.recedeFromCamera) {
                // Away on a slant, the way a train pulls out along the platform: its side
                // shows as it goes, not only its back.
                let away = SIMD3(from.x - anchor.x, 0, from.z - anchor.z).normalized
                let slant = away * cosf(Self.recedingSlant) + side.normalized * sinf(Self.recedingSlant)
                to = from + slant * max(distance, length * 6)
            } else if actions.contains(.appear) && beatIndex == 0 {
                from = position + side * (distance * 0.06) + SIMD3(0, kind.flies ? -distance * 0.01 : 0, 0)
                to = position
            } else if actions.contains(.run) {
                to = from + side * (pace * 3.2 * seconds) - toCamera.normalized * (pace * 0.6 * seconds)
            } else if !actions.isDisjoint(with: [.walk, .swim, .drive, .sail]) {
                to = from + side * (pace * seconds) - toCamera.normalized * (pace * 0.2 * seconds)
            } else if actions.contains(.fly) {
                to = from + side * (distance * 0.12) + SIMD3(0, distance * 0.01, 0)
            } else if actions.contains(.takeOff) {
                to = from + SIMD3(0, length * 3, 0) + side * length * 2
            } else if actions.contains(.land) || actions.contains(.fall) {
                to = SIMD3(from.x, terrain.height(from.x, from.z) + length * 0.3, from.z)
            }
            if kind.standsOnLand { to = terrain.dryLand(at: to, toward: from, radius: length * 0.3) }
            if (kind == .fish || kind == .boat) && terrain.isAfloat(from, radius: length * 0.3) {
                // What swims or sails keeps to the water: the other way along the shore if this
                // way runs aground sooner.
                let ahead = Self.lastAfloat(from: from, to: to, radius: length * 0.3, terrain: terrain)
                let mirrored = from + (from - to) - 2 * (from - to).dot(toCamera.normalized) * toCamera.normalized
                let back = Self.lastAfloat(from: from, to: mirrored, radius: length * 0.3, terrain: terrain)
                to = (back - from).length > (ahead - from).length * 1.5 ? back : ahead
            }
            let opens = !actions.isDisjoint(with: [.openJaws, .roar, .breatheFire])
            let jawTarget = opens ? Float(1) : jaw
            if (to - from).length > 0.01 { facing = SIMD3(to.x - from.x, 0, to.z - from.z).normalized }
            if kind == .plant {
                // A plant turns its best side, and its flowers, to the lens.
                facing = SIMD3(anchor.x - to.x, 0, anchor.z - to.z).normalized
            }
            if actions.contains(.lie) && kind == .person {
                // Lying across the view, so the whole body shows.
                facing = side.normalized
            }
            let stays = (to - from).length < 0.01
            if (kind == .person && (actions.contains(.sit) || (subject == holder && stays))) || (displaysToTheLens(subject) && stays) {
                // Seated people face the lens, a little turned, so a bench or sofa for
                // several runs along the row they sit in; so does someone showing what they
                // hold, and a peacock its train.
                let ahead = (anchor - to).rotatedAboutY(side.x > 0 ? 0.3 : -0.3)
                facing = SIMD3(ahead.x, 0, ahead.z).normalized
            }
            segments.append(ActorSegment(
                start: start, end: end, from: from, control: control ?? from.mixed(with: to, 0.5), to: to,
                actions: actions.isEmpty ? [kind.flies ? .hover : .idle] : actions, jawFrom: jaw, jawTo: jawTarget, facing: facing))
            position = to
            jaw = jawTarget
        }
        let clearance: Float = switch kind {
        case .person: length * 0.54
        case .quadruped: length * 0.49 * legScale
        case .vehicle: length * VehicleModel.Form(catalogue.entry(for: plan.subjects[subject])?.form).centreShare
        case .dish: DishModel.tableHeight
        case .boat: BoatModel.freeboard * length / 9
        case .bird: length * 0.04
        case .fish: plan.isUnderwater ? Self.swimHeight(length) : 0
        case .dragon, .plane, .building, .plant, .insect, .object: 0
        }
        return ActorTrack(kind: kind, segments: segments, camera: anchor, terrain: terrain, clearance: clearance, scale: length)
    }

    /// Whether the subject rides on the water: any boat, and where there is water a bird
    /// that swims, or a waterfowl that does not take to the air.
    func floats(_ subject: Subject, kind: ActorKind, index: Int, terrain: Terrain) -> Bool {
        if kind == .boat || (kind == .fish && terrain.waterLevel != nil) { return true }
        guard kind == .bird, terrain.waterLevel != nil else { return false }
        let actions = plan.actions(of: index)
        if actions.contains(.swim) { return true }
        return catalogue.entry(for: subject)?.has(.floats) == true && actions.isDisjoint(with: [.fly, .takeOff, .land, .hover])
    }

    /// Whether a bird stands on the ground: one that never flies, hovers, takes off or lands
    /// in any beat ("a hen pecking in the yard", "a turkey in a cage").
    func standsOnItsFeet(kind: ActorKind, index: Int, afloat: Bool) -> Bool {
        if kind == .insect && !InsectModel.Form(catalogue.entry(for: plan.subjects[index])?.form).flies { return true }
        // A bird on something (a bough, a fence) perches there.
        if kind == .bird && plan.relations.contains(where: { $0.subject == index && $0.kind == .on }) { return true }
        return (kind == .bird || kind == .insect) && !afloat
            && plan.actions(of: index).isDisjoint(with: [.fly, .hover, .takeOff, .land, .appear, .rushTowardCamera, .recedeFromCamera])
    }

    /// How far along the way from `from` to `to` a swimmer gets before the shore: it turns
    /// back rather than swim up the beach.
    static func lastAfloat(from: SIMD3<Float>, to: SIMD3<Float>, radius: Float, terrain: Terrain) -> SIMD3<Float> {
        let steps = 24
        for step in 1...steps where !terrain.isAfloat(from.mixed(with: to, Float(step) / Float(steps)), radius: radius) {
            return from.mixed(with: to, Float(step - 1) / Float(steps))
        }
        return to
    }

    /// Whether someone who lies down lies in a bed: in a bedroom, or on a bed the prompt names.
    var sleepsInBed: Bool {
        plan.setting == .bedroom || plan.subjects.contains { $0.concept == "bed" }
    }

    /// Whether who lies down lies on a sofa the prompt names ("lying on the couch").
    var liesOnSofa: Bool {
        !sleepsInBed && plan.subjects.contains { $0.concept == "sofa" || $0.concept == "couch" }
    }

    /// Names of what food is cut on.
    static let boardWords: Set<String> = ["board", "chopping board", "cutting board"]

    /// Whether the prompt says subject `index` cuts, slices or chops (or is cut, sliced or chopped).
    func cutsWithKnife(_ index: Int) -> Bool {
        plan.beats.flatMap(\.actions).contains { $0.subject == index && $0.modifiers.contains(where: Self.knifeWords.contains) }
    }

    /// Verbs of preparing food with a knife in hand.
    static let knifeWords: Set<String> = ["cut", "slice", "chop", "dice", "carve", "peel", "mince", "fillet"]

    /// Whether subject `index` shows itself off to whoever looks: a peacock fans its train at them.
    func displaysToTheLens(_ index: Int) -> Bool {
        plan.subjects[index].category == .bird && BirdModel.Form(catalogue.entry(for: plan.subjects[index])?.form) == .peacock
    }

    /// How far off the line of sight, radians, a subject that leaves goes away.
    static let recedingSlant: Float = 0.9

    /// Whether subject `index`, of `build`, sits up on its haunches: it sits, or eats the way
    /// a squirrel does.
    func sitsUp(_ index: Int, build: QuadrupedBuild) -> Bool {
        let actions = plan.actions(of: index)
        return build.sittingPitch != nil && (actions.contains(.sit) || (actions.contains(.eat) && build.eatsSittingUp))
    }

    /// How much farther off an animal sitting up is filmed than one on all fours.
    static let sittingShotDistance: Float = 1.2

    /// Share of the usual framing distance at which someone at a table of food is filmed.
    static let tableShotDistance: Float = 0.6
    /// How much of a 1.75 m person holding something up a shot of them frames, metres: from
    /// just over the head to just under the hands, so what they hold reads.
    static let handsShotHeight: Float = 0.95


    /// Whether the subject walks, runs, swims, drives or sails across the view in some beat.
    private func travels(subject index: Int) -> Bool {
        !plan.actions(of: index).isDisjoint(with: Action.travelling)
    }

    /// How far from the camera a subject `length` metres long fills the first beat's framing.
    func framingDistance(kind: ActorKind, length: Float, fieldOfView: Float, framing asked: CameraMove.Framing? = nil) -> Float {
        var framing = asked ?? plan.beats.first?.camera.framing ?? .wide
        // A close-up of a machine shows the whole machine: a yellow taxi filling the frame is
        // a yellow blob, its parts not modelled closer than that.
        if kind.isMachine && framing.isCloserThan(.medium) { framing = .medium }
        // A macro shot of an insect shows the whole insect: any closer, its shell fills the
        // frame and nothing of it reads.
        if kind == .insect && framing.isCloserThan(.closeUp) { framing = .closeUp }
        // A close-up of an animal is of its head and shoulders, not its whole length.
        let framed = Self.isPortrait(of: kind, framing: framing) ? length * Self.portraitShare : kind.framedLength(length)
        let distance = framed / (Self.frameFraction(framing) * 2 * tanf(fieldOfView / 2))
        // A 64 m train framed whole from afar is a line on the land: nearer, it fills the width.
        return kind == .vehicle ? min(distance, Self.longestVehicleShot) : distance
    }

    /// How much of an animal's length a close-up of it frames: its head and shoulders.
    static let portraitShare: Float = 0.8

    /// Whether a shot so framed is a portrait of the animal: a close-up of its face.
    static func isPortrait(of kind: ActorKind, framing: CameraMove.Framing) -> Bool {
        kind == .quadruped && framing.isCloserThan(.medium)
    }

    /// The farthest a vehicle is filmed from, metres.
    static let longestVehicleShot: Float = 60

    private func menacingSubject(_ index: Int) -> Bool {
        let words: Set<String> = ["evil", "menacing", "dark", "angry", "fierce", "scary", "sinister", "black"]
        return menacingMood || plan.subjects[index].attributes.contains { words.contains($0.lowercased()) }
    }

    private var menacingMood: Bool { plan.mood == .menacing || plan.mood == .tense }

    /// Red, navy, stone, green, mustard, plum: the seed picks the first, and each person after
    /// wears the next one along.
    private static let shirts: [SIMD3<Float>] = [
        SIMD3(0.5, 0.05, 0.04), SIMD3(0.05, 0.12, 0.4), SIMD3(0.3, 0.3, 0.28), SIMD3(0.05, 0.25, 0.1), SIMD3(0.55, 0.36, 0.05), SIMD3(0.25, 0.05, 0.2),
    ]

    /// `dressed` counts the people dressed so far, so no two side by side wear the same.
    private func palette(
        for subject: Subject, kind: ActorKind, boatStyle: BoatModel.Style, dressed: inout Int, random: inout SeededGenerator
    ) -> CreaturePalette {
        let index = plan.subjects.firstIndex(of: subject) ?? 0
        var base: CreaturePalette
        switch kind {
        case .dragon:
            base = menacingSubject(index) ? .menacingDragon : .dragon
        case .person:
            // Work clothes as the catalogue gives them: a chef's whites, a nurse's scrubs.
            let uniform = catalogue.entry(for: subject)?.colors
            base = CreaturePalette(skin: uniform?.first ?? Self.shirts[(Int(plan.seed % UInt32(Self.shirts.count)) + dressed) % Self.shirts.count],
                                   belly: uniform?.dropFirst().first ?? SIMD3(0.04, 0.05, 0.09),
                                   membrane: SIMD3(0.55, 0.36, 0.25), horn: SIMD3(0.05, 0.03, 0.02), eye: SIMD3(0.2, 0.2, 0.2))
            dressed += 1
        case .vehicle, .dish, .plant, .insect, .fish, .object:
            // A vehicle in its own paint (a yellow taxi, a white ambulance), else red; a
            // truck's box in the row's second colour (a fire engine red all over), else grey.
            let row = kind == .vehicle ? catalogue.entry(for: subject) : nil
            base = CreaturePalette(skin: row?.color(0) ?? SIMD3(0.45, 0.02, 0.02), belly: row.map { $0.color(1) ?? VehicleModel.plainBox } ?? .zero,
                                   membrane: row?.color(2) ?? .zero, horn: .zero, eye: .zero)
        case .building:
            base = .building(attributes: subject.attributes, colors: catalogue.entry(for: subject)?.colors ?? [])
        case .plane:
            // In the row's colours (a balloon's envelope), else white with a grey belly; a navy tail.
            let row = catalogue.entry(for: subject)
            base = CreaturePalette(skin: row?.color(0) ?? SIMD3(0.75, 0.76, 0.78), belly: row?.color(1) ?? SIMD3(0.4, 0.42, 0.45),
                                   membrane: SIMD3(0.04, 0.07, 0.25), horn: SIMD3(0.12, 0.12, 0.13), eye: SIMD3(0.02, 0.025, 0.03))
        case .boat where boatStyle == .paddle:
            // Varnished wood outside, darker in the well, pale thwarts.
            base = CreaturePalette(skin: SIMD3(0.22, 0.09, 0.035), belly: SIMD3(0.12, 0.05, 0.02), membrane: SIMD3(0.05, 0.025, 0.012),
                                   horn: SIMD3(0.35, 0.22, 0.11), eye: .zero)
        case .boat where boatStyle == .ship:
            // The row's hull (a warship's grey), else white; a red funnel.
            let hull = catalogue.entry(for: subject)?.color(0) ?? SIMD3(0.72, 0.72, 0.7)
            base = CreaturePalette(skin: hull, belly: SIMD3(0.2, 0.03, 0.02), membrane: hull.mixed(with: SIMD3(0.8, 0.8, 0.78), 0.5),
                                   horn: SIMD3(0.45, 0.04, 0.03), eye: SIMD3(0.02, 0.025, 0.03))
        case .boat:
            // A white hull with a navy boot stripe, teak deck, dark glass; white sails.
            base = CreaturePalette(skin: SIMD3(0.72, 0.72, 0.7), belly: SIMD3(0.03, 0.05, 0.14), membrane: SIMD3(0.85, 0.84, 0.8),
                                   horn: SIMD3(0.3, 0.17, 0.08), eye: SIMD3(0.02, 0.025, 0.03))
        case .quadruped:
            return .coat(for: catalogue.entry(for: subject), named: subject.color)
        case .bird:
            return .plumage(for: catalogue.entry(for: subject), named: subject.color)
        }
        if let color = subject.color { base = .tinted(color, base: base) }
        return base
    }

    /// Metres between people the prompt names one after another, and a pet beside them.
    static let companionSpacing: Float = 0.8

    /// Who a person is: their row's traits and those of the person words before them ("a
    /// male vendor", "a female doctor", "a young man").
    func personTraits(of subject: Subject) -> Set<CatalogueEntry.Trait> {
        let named = subject.attributes.compactMap(catalogue.entry(phrase:)).filter { $0.category == .person }
        return named.reduce(catalogue.entry(for: subject)?.traits ?? []) { $0.union($1.traits) }
    }

    /// The model that draws `subject`, if any does.
    func actorKind(for subject: Subject) -> ActorKind? {
        ActorKind(subject.category, form: catalogue.entry(for: subject)?.form)
    }

    /// How long (a plant: how tall) a subject's model is, before each actor's own variation.
    func naturalLength(of subject: Subject, kind: ActorKind) -> Float {
        guard kind.scalesWithSize else { return kind.length }
        let entry = catalogue.entry(for: subject)
        let natural = switch kind {
        case .plant: PlantModel.Species.height(of: subject, entry: entry)
        case .fish: FishModel.Form(entry?.form).length
        case .vehicle: VehicleModel.Form(entry?.form).length
        case .object: ObjectModel.Form(entry?.form)?.length ?? kind.length
        case .plane: PlaneModel.Form(entry?.form).length
        default: kind.length
        }
        return natural * Self.sizeFactor(subject.size)
    }

    /// Leaves named with another plant ("a tree with golden leaves") are that plant's: they
    /// colour it rather than grow as a sprig of their own.
    private func leavesOfAnotherPlant(_ index: Int) -> Bool {
        plan.subjects[index].concept == "leaf" && plan.subjects.prefix(4).contains { $0.category == .plant && $0.concept != "leaf" }
    }

    /// The leaves named with the plant at `index`, if any.
    private func leaves(of index: Int) -> Subject? {
        guard plan.subjects[index].concept != "leaf" else { return nil }
        return plan.subjects.prefix(4).first { $0.concept == "leaf" }
    }

    static func sizeFactor(_ size: Subject.Size) -> Float {
        switch size {
        case .tiny: 0.3
        case .small: 0.6
        case .medium: 1
        case .large: 1.6
        case .huge: 2.6
        }
    }

    /// How much of the frame's height the subject should fill at each framing.
    static func frameFraction(_ framing: CameraMove.Framing) -> Float {
        switch framing {
        case .extremeWide: 0.06
        case .wide: 0.22
        case .medium: 0.45
        case .closeUp: 0.85
        case .extremeCloseUp: 1.5
        }
    }
}
