/// The relations a prompt leaves unsaid, added to those it states: "a man paddling" a named
/// canoe is in it, "a girl eating a watermelon" holds it, "a boy petting a dog" has it at
/// his side. Staging then resolves every relation one way, from what the other thing affords.
struct RelationPlanner: Sendable {
    var catalogue: ConceptCatalogue = .standard

    /// Only the first subjects are staged; relations among the rest would place nothing.
    static let stagedSubjects = 4
    /// What someone does ashore rather than aboard.
    private static let ashore: Set<Action> = [.walk, .run, .dance, .jump]
    /// Verbs of having something at one's feet.
    static let footWords: Set<String> = ["kick", "dribble"]
    /// Verbs of having something in hand.
    static let holdingWords: Set<String> = ["hold", "carry", "grip", "clutch", "grasp", "offer", "give"]

    /// `stated` are the relations the prompt's words give; each subject is carried by one
    /// thing at most, the stated one first.
    func relations(in plan: ScenePlan, stated: [Relation]) -> [Relation] {
        var relations = stated.filter { max($0.subject, $0.object) < Self.stagedSubjects }
        let staged = plan.subjects.indices.prefix(Self.stagedSubjects)
        let subjects = plan.subjects
        func isPerson(_ index: Int) -> Bool { subjects[index].category == .person }
        func carried(_ index: Int) -> Bool { relations.contains { $0.subject == index && $0.kind.carries } }
        func add(_ relation: Relation) {
            if !relations.contains(relation) { relations.append(relation) }
        }

        // What people wear is worn, whatever word put it on them ("in", "with", "wearing"):
        // everyone named before a garment, back to the one before it, wears it ("a woman and
        // a man in pajamas"); nothing else is worn.
        func isWorn(_ index: Int) -> Bool { catalogue.entry(for: subjects[index])?.has(.worn) == true }
        func isDrink(_ index: Int) -> Bool {
            subjects[index].category == .food && Serving.Shape(rawValue: catalogue.entry(for: subjects[index])?.form ?? "")?.isDrink == true
        }
        relations.removeAll { $0.kind == .wears || isWorn($0.object) || isWorn($0.subject) }
        var dressedUpTo = -1
        for garment in staged where isWorn(garment) {
            for person in staged where person > dressedUpTo && person < garment && isPerson(person) {
                add(Relation(person, .wears, garment))
            }
            dressedUpTo = garment
        }

        // Everyone who stays aboard rides the first boat named.
        if let boat = staged.first(where: { subjects[$0].category == .boat && !subjects[$0].attributes.contains("toy") && subjects[$0].size != .tiny }) {
            for person in staged where isPerson(person) && plan.actions(of: person).isDisjoint(with: Self.ashore) && !carried(person) {
                add(Relation(person, .rides, boat))
            }
        }
        // The first who drives or rides, with something to ride named, is astride it.
        if let mount = staged.first(where: { catalogue.entry(for: subjects[$0])?.has(.rideable) == true }),
           let rider = staged.first(where: { isPerson($0) && plan.actions(of: $0).contains(.drive) && !carried($0) }) {
            add(Relation(rider, .rides, mount))
        }
        // Someone named with a thing a hand holds holds it: "a man with a guitar", "a girl and her
        // umbrella"; unless their feet are at it ("a boy kicking a soccer ball" has it at his side).
        for thing in staged where catalogue.entry(for: subjects[thing])?.has(.held) == true && !relations.contains(where: { $0.object == thing }) {
            if let person = staged.last(where: { $0 < thing && isPerson($0) }) {
                let kicks = plan.beats.flatMap(\.actions).contains { $0.subject == person && $0.modifiers.contains(where: Self.footWords.contains) }
                add(kicks ? Relation(thing, .beside, person) : Relation(person, .holds, thing))
            }
        }
        // Whoever drinks, on their feet, holds the drink named after them and lifts it to
        // their lips ("a man drinking red wine"); sitting, they have it on a table.
        if let drinker = staged.first(where: { isPerson($0) && plan.actions(of: $0).contains(.drink) && !plan.actions(of: $0).contains(.sit) }),
           !relations.contains(where: { $0.subject == drinker && $0.kind == .holds }),
           let drink = staged.first(where: { thing in thing > drinker && isDrink(thing) && !relations.contains { $0.object == thing } }) {
            add(Relation(drinker, .holds, drink))
        }
        // Someone who holds or carries holds the first flower or food named after them;
        // children hold what they eat.
        let verbHolders = staged.filter { index in
            plan.beats.flatMap(\.actions).contains { $0.subject == index && $0.modifiers.contains(where: Self.holdingWords.contains) }
        }
        let foodNamed = staged.contains { subjects[$0].category == .food }
        let childEaters = foodNamed ? staged.filter { isPerson($0) && catalogue.entry(for: subjects[$0])?.has(.young) == true } : []
        if let holder = staged.first(where: { isPerson($0) && (verbHolders.contains($0) || childEaters.contains($0)) }),
           !relations.contains(where: { $0.subject == holder && $0.kind == .holds }),
           let held = staged.first(where: { $0 > holder && [.plant, .food].contains(subjects[$0].category) }) {
            add(Relation(holder, .holds, held))
        }
        // Food with no one holding it is set on a table before the first grown-up who stays put.
        func isHeld(_ index: Int) -> Bool { relations.contains { $0.kind == .holds && $0.object == index } }
        if verbHolders.isEmpty, let food = staged.first(where: { subjects[$0].category == .food && !isHeld($0) }),
           let guest = staged.first(where: { index in
               isPerson(index) && plan.actions(of: index).isDisjoint(with: Action.travelling) && !childEaters.contains(index) && !carried(index)
           }) {
            add(Relation(guest, .eats, food))
        }
        // With no one at a table, an animal that eats has the food before it, on the ground.
        if !relations.contains(where: { $0.kind == .eats }), let food = staged.first(where: { subjects[$0].category == .food }),
           let eater = staged.first(where: { [.quadruped, .reptile, .bird].contains(subjects[$0].category) && plan.actions(of: $0).contains(.eat) }),
           !carried(eater) {
            add(Relation(eater, .eats, food))
        }
        // An insect that stays put sits on the first plant named with it.
        if let insect = staged.first(where: { subjects[$0].category == .insect && plan.actions(of: $0).isDisjoint(with: Action.travelling) }),
           !carried(insect), let plant = staged.first(where: { subjects[$0].category == .plant }) {
            add(Relation(insect, .on, plant))
        }
        // A small animal named after a person keeps them company; a plant named after
        // someone who stays put, and not in their hand, grows beside them ("a person checking
        // a corn plant").
        if let person = staged.first(where: isPerson) {
            for pet in staged where pet > person && [.quadruped, .reptile].contains(subjects[pet].category) && [.tiny, .small].contains(subjects[pet].size) {
                add(Relation(pet, .beside, person))
            }
            let staysPut = plan.actions(of: person).isDisjoint(with: Action.travelling)
            for plant in staged where staysPut && plant > person && subjects[plant].category == .plant
                && !relations.contains(where: { $0.subject == plant || $0.object == plant }) {
                add(Relation(plant, .beside, person))
            }
        }
        // An animal named with a perch is on it: "koala eating leaves from a branch".
        let animals: Set<Subject.Category> = [.quadruped, .reptile, .bird, .insect]
        for perch in staged where catalogue.entry(for: subjects[perch])?.has(.perch) == true && !relations.contains(where: { $0.object == perch && $0.kind == .on }) {
            if let animal = staged.first(where: { animals.contains(subjects[$0].category) && !carried($0) }) {
                add(Relation(animal, .on, perch))
            }
        }
        // Anything else named that nothing places keeps the first subject company, where the
        // shot that frames it shows it too: "a dog playing with a soccer ball", "a sheep eating
        // yellow flowers from behind a wire fence".
        if let first = staged.first {
            for thing in staged.dropFirst() where Self.keptAtHand.contains(subjects[thing].category) && !isWorn(thing)
                && !relations.contains(where: { $0.subject == thing || $0.object == thing }) {
                add(Relation(thing, .beside, first))
            }
        }
        return relations
    }

    /// Things that stand by whatever they are named with, rather than somewhere of their own.
    private static let keptAtHand: Set<Subject.Category> = [.object, .food, .plant]
}

