import Testing
@testable import ReelGenEngine

/// Every content word is bound to what it describes: a verb's object to the verb, an
/// adjective of a place to the place, a description to the noun it is of.
@Suite("PromptReader: binding words to what they describe")
struct PromptReaderBindingTests {
    let parser = PromptParser()

    private func plan(_ prompt: String) -> ScenePlan {
        parser.plan(for: RenderRequest(prompt: prompt, seed: 1))
    }

    @Test func aVerbsObjectIsPartOfItsAction() throws {
        try #require(WordNet.installed != nil)
        let music = plan("a man playing music")
        #expect(music.unusedWords.isEmpty)
        #expect(music.beats[0].actions.first?.modifiers.contains("music") == true, "\(music.beats[0].actions)")
        #expect(plan("person doing a yoga routine").unusedWords.isEmpty)
    }

    @Test func aThingAfterAPlaceNounIsPartOfIt() throws {
        try #require(WordNet.installed != nil)
        let lemur = plan("lemur eating grass leaves")
        #expect(!lemur.actions(of: 0).contains(.recedeFromCamera), "the leaves are eaten, no one leaves: \(lemur.beats)")
        #expect(plan("the bird leaves the nest").actions(of: 0).contains(.recedeFromCamera) || plan("the bird leaves").actions(of: 0).contains(.recedeFromCamera))
    }

    /// Right after a verb, a plural is what the verb acts on: the koala eats leaves and
    /// stays, the cat chases flies; said of the subject, "leaves" is still leaving.
    @Test func aPluralRightAfterAVerbIsItsObject() throws {
        try #require(WordNet.installed != nil)
        for prompt in ["koala eating leaves from a branch", "a red panda eating leaves", "a giraffe eats leaves"] {
            #expect(!plan(prompt).actions(of: 0).contains(.recedeFromCamera), "\(prompt): \(plan(prompt).beats)")
        }
        #expect(plan("the dog barks and leaves").actions(of: 0).contains(.recedeFromCamera))
        // Turning left is a way to turn, not leaving.
        let taxi = plan("close up shot of a yellow taxi turning left")
        #expect(taxi.actions(of: 0).contains(.turn) && !taxi.actions(of: 0).contains(.recedeFromCamera), "\(taxi.beats)")
        #expect(taxi.unusedWords.isEmpty)
        #expect(plan("a man waves then leaves").actions(of: 0).contains(.recedeFromCamera))
    }

    @Test func aPhraseNeverEndsInAVerb() throws {
        try #require(WordNet.installed != nil)
        // "car park" is a place, but "parked" after "car" is what the car did.
        let car = plan("a red car parked on the street")
        #expect(car.subjects.first?.concept == "car", "\(car.subjects)")
        #expect(plan("cars in a car park").setting == .road)
    }

    /// A road named with its country is that country's road: a coastal road runs by the
    /// sea, a country road through hills, a highway across the desert; a road alone is a town's.
    @Test func aRoadIsInTheCountryItsWordsName() {
        for (prompt, setting) in [("a car driving on a coastal road", Setting.beach), ("a car driving on a country road", .hills),
                                  ("a convertible on a desert highway", .desert), ("a truck travelling in the road", .road)] {
            let named = plan(prompt)
            #expect(named.setting == setting, "\(prompt): \(named.setting)")
            #expect(setting == .road || named.features.contains(.road), "\(prompt): \(named.features)")
            #expect(named.placeAttributes.isEmpty && named.unusedWords.isEmpty, "\(prompt)")
        }
        #expect(plan("a convertible on a desert highway").relief == .plains, "a highway crosses the flat, not the dunes")
    }

    @Test func adjectivesOfThePlaceDescribeThePlace() throws {
        try #require(WordNet.installed != nil)
        let forest = plan("a fox in a dense green forest")
        #expect(forest.unusedWords.isEmpty)
        #expect(forest.placeAttributes.contains("dense") && forest.placeAttributes.contains("green"))
        #expect(forest.subjects.first?.attributes.contains("dense") == false, "the forest is dense, not the fox")
        // A participle between the article and the noun describes it: "a frozen lake".
        #expect(plan("a frozen lake at dawn").placeAttributes.contains("frozen"))
        let highway = plan("a highway built across the countryside")
        #expect(highway.unusedWords.isEmpty)
        #expect(highway.placeAttributes.contains("build"))
    }

    @Test func aDescriptionIsOfTheNounAfterIt() throws {
        try #require(WordNet.installed != nil)
        let building = plan("the design of a modern building")
        #expect(building.unusedWords.isEmpty)
        #expect(building.subjects.first?.attributes.contains("design") == true)
        #expect(plan("interior design of the bar section").unusedWords.isEmpty)
    }

    @Test func mannerAndGroundAreUsed() throws {
        try #require(WordNet.installed != nil)
        #expect(plan("a freshly brewed coffee on a pink mug").unusedWords.isEmpty)
        let snake = plan("snake on ground")
        #expect(snake.unusedWords.isEmpty)
        #expect(snake.features.contains(.ground))
    }

    @Test func seasonsAndWordsForThePlaceAreUsed() throws {
        try #require(WordNet.installed != nil)
        let leaves = plan("close up of leaves in autumn")
        #expect(leaves.season == .autumn)
        #expect(leaves.unusedWords.isEmpty)
        let wolf = plan("a wolf in its natural habitat")
        #expect(wolf.unusedWords.isEmpty)
        #expect(wolf.placeAttributes.contains("natural"))
        let hood = plan("a green vintage automobile with an open hood")
        #expect(hood.unusedWords.isEmpty, "an open hood is not a mouth")
    }

    /// A food named before a generic one says what it is: "a broccoli dish" is broccoli;
    /// before a food of its own, it is an ingredient ("tomato soup" is soup).
    @Test func aFoodBeforeAGenericDishNamesIt() throws {
        try #require(WordNet.installed != nil)
        #expect(plan("preparing a healthy broccoli dish").subjects.first?.entry == "broccoli")
        #expect(plan("a bowl of tomato soup").subjects.first { $0.category == .food }?.entry != "tomato")
    }

    /// A pet lives indoors, but grass or snow the prompt names takes it outside; a sofa or
    /// flowers do not.
    @Test func groundNoRoomHasTakesAHouseholdSubjectOutside() {
        #expect(!Setting.rooms.contains(plan("a cat sitting on the grass").setting))
        #expect(plan("a kitten playing in the snow").setting == .snowfield)
        #expect(Setting.rooms.contains(plan("a cat sleeping on a sofa").setting))
        #expect(Setting.rooms.contains(plan("a cat sitting in the kitchen").setting))
        // So does a thing that stays out of doors: a fence, a rock, a football.
        for outside in ["a cat on a fence", "a cat sitting on a rock", "a dog playing with a soccer ball"] {
            #expect(!Setting.rooms.contains(plan(outside).setting), "\(outside): \(plan(outside).setting)")
        }
        // And a dog, which lives in the park, comes indoors onto furniture the prompt names.
        for inside in ["a dog lying on the bed", "a dog sitting on the couch", "a lion sleeping on a sofa"] {
            #expect(Setting.rooms.contains(plan(inside).setting), "\(inside): \(plan(inside).setting)")
        }
        #expect(plan("a dog lying on the bed").setting == .bedroom)
    }

    /// A country, a state or a city says where the clip is, as "area" does: it is used.
    @Test func theNameOfACountryOrStateSaysWhere() throws {
        try #require(WordNet.installed != nil)
        #expect(plan("a castle in scotland").unusedWords.isEmpty)
        #expect(plan("drone footage of a beach in malaysia").unusedWords.isEmpty)
        #expect(plan("a road trip in california").unresolvedNouns.isEmpty)
    }

    /// A physical thing no row reaches is still left out honestly, not bound away.
    @Test func unknownThingsStayUnused() throws {
        try #require(WordNet.installed != nil)
        let plan = plan("a kettlebell at sunset")
        #expect(plan.unusedWords == ["kettlebell"])
    }
}
