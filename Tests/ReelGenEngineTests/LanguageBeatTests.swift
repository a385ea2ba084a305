import Testing
@testable import ReelGenEngine

@Suite("Language: beats, timing and pronouns")
struct LanguageBeatTests {
    let parser = PromptParser()

    func plan(_ prompt: String) -> ScenePlan {
        parser.plan(for: RenderRequest(prompt: prompt, seed: 11))
    }

    func firstActions(_ plan: ScenePlan) -> [Action] {
        plan.beats.map { $0.actions.first?.action ?? .idle }
    }

    @Test func thenAndSentencesMakeBeatsInOrder() {
        #expect(firstActions(plan("A horse walks across a meadow, then it gallops.")) == [.walk, .run])
        #expect(firstActions(plan("A dog sits. It jumps. Then it runs away")) == [.sit, .jump, .recedeFromCamera])
        #expect(firstActions(plan("a cat sleeps and then jumps")) == [.lie, .jump])
    }

    @Test func afterAndBeforeOrderClausesByTime() {
        #expect(firstActions(plan("After the eagle lands, it roars")) == [.land, .roar])
        #expect(firstActions(plan("the eagle roars after it lands")) == [.land, .roar])
        #expect(firstActions(plan("the bird eats before it flies away")) == [.eat, .recedeFromCamera])
        #expect(firstActions(plan("before it flies away, the bird eats")) == [.eat, .recedeFromCamera])
    }

    @Test func whileKeepsOneBeat() {
        #expect(plan("a kid eating popcorn while watching tv").beats.count == 1)
    }

    @Test func beatsCoverTheClipInProportionToTheirClauses() throws {
        let beats = plan("A dragon appears, then it rushes toward the camera roaring with a long burst of fire and smoke over the village").beats
        try #require(beats.count == 2)
        #expect(beats[0].start == 0)
        #expect(beats[0].end == beats[1].start)
        #expect(beats[1].end == 1)
        #expect(beats[1].end - beats[1].start > beats[0].end - beats[0].start)
        #expect(beats[0].end - beats[0].start >= 0.2)
    }

    @Test func timerHasAFloorAndCoversTheClip() {
        let spans = BeatTimer().spans(forWeights: [1, 30, 1])
        #expect(spans.first?.start == 0)
        #expect(spans.last?.end == 1)
        #expect(zip(spans, spans.dropFirst()).allSatisfy { $0.end == $1.start })
        #expect(spans.allSatisfy { $0.end - $0.start >= 0.4 / 3 - 0.001 })
        #expect(spans[1].end - spans[1].start > 0.6)
    }

    @Test func pronounsReferToTheLastFittingSubject() throws {
        let plan = plan("A man walks his dog along the beach, then it barks and he waves")
        try #require(plan.subjects.map(\.concept) == ["man", "dog"])
        let second = try #require(plan.beats.last)
        #expect(second.actions.contains(SubjectAction(subject: 0, action: .wave)))
        #expect(second.actions.contains(SubjectAction(subject: 1, action: .roar)))
        let itPlan = self.plan("A woman feeds a parrot, then it flies away")
        let parrot = try #require(itPlan.subjects.firstIndex { $0.concept == "parrot" })
        #expect(itPlan.beats.last?.actions.first?.subject == parrot)
        #expect(itPlan.beats.last?.actions.first?.action == .recedeFromCamera)
    }

    /// "A man and a woman walking": the verb after subjects named together is all of
    /// theirs, and so is "they" later on; a verb between them stays with its own.
    @Test func subjectsNamedTogetherActTogether() throws {
        let pair = plan("a man and a woman walking on the beach")
        try #require(pair.subjects.map(\.concept) == ["man", "woman"])
        #expect(pair.beats[0].actions.contains(SubjectAction(subject: 0, action: .walk)))
        #expect(pair.beats[0].actions.contains(SubjectAction(subject: 1, action: .walk)))
        let apart = plan("a man walking and a woman running")
        #expect(apart.beats[0].actions.contains(SubjectAction(subject: 0, action: .walk)))
        #expect(apart.beats[0].actions.contains(SubjectAction(subject: 1, action: .run)))
        #expect(!apart.beats[0].actions.contains(SubjectAction(subject: 0, action: .run)))
        let company = plan("a woman with her child sitting on a couch")
        #expect(company.beats[0].actions.contains(SubjectAction(subject: 0, action: .sit)))
        #expect(company.beats[0].actions.contains(SubjectAction(subject: 1, action: .sit)))
        let held = plan("a man with an umbrella walking")
        #expect(held.beats[0].actions.contains(SubjectAction(subject: 0, action: .walk)), "the man walks, not his umbrella")
        let snack = plan("family enjoying snack time while sitting in the living room")
        #expect(snack.beats[0].actions.contains(SubjectAction(subject: 0, action: .sit)), "the family sits, not the snack")
        #expect(!snack.beats[0].actions.contains { $0.subject == 1 && $0.action == .sit })
        let later = plan("a dog and a cat sit on the porch, then they run across the yard")
        let last = try #require(later.beats.last)
        #expect(last.actions.contains { $0.subject == 0 && $0.action == .run } && last.actions.contains { $0.subject == 1 && $0.action == .run })
    }

    /// People paddle and row; ducks that paddle swim; a boat that is rowed sails along.
    @Test func paddlingIsAPersonsWorkAndADucksSwim() throws {
        let rowing = plan("a man rowing a boat on the river")
        #expect(rowing.beats[0].actions.contains(SubjectAction(subject: 0, action: .paddle)))
        #expect(rowing.beats[0].actions.contains(SubjectAction(subject: 1, action: .sail)))
        let alone = plan("a woman rowing across a misty lake at dawn")
        let canoe = try #require(alone.subjects.firstIndex { $0.category == .boat }, "someone rowing is in a boat")
        #expect(alone.beats[0].actions.contains(SubjectAction(subject: canoe, action: .sail)))
        let ducks = plan("wild ducks paddling on the lake")
        #expect(ducks.beats[0].actions.first?.action == .swim)
    }

    @Test func subjectsAreSharedAcrossBeats() throws {
        let plan = plan("a dragon appears over the hills, then the dragon breathes fire")
        #expect(plan.subjects.count == 1)
        #expect(plan.beats.map { $0.actions.first?.action } == [.appear, .breatheFire])
    }

    @Test func subjectsCarryOnWhenNotMentioned() throws {
        let plan = plan("a boat sails on the lake, then a bird lands on it")
        try #require(plan.beats.count == 2)
        #expect(plan.beats[1].actions.contains { $0.subject == 0 && $0.action == .sail })
        #expect(!plan.beats[0].actions.contains { $0.subject == 1 }, "the bird is not there before it is mentioned")
    }

    @Test func cameraFollowsWordsElseInheritsElseSuitsTheAction() throws {
        let aerial = plan("aerial shot of a car driving on a road, then it stops")
        #expect(aerial.beats.map(\.camera.motion) == [.aerial, .aerial])
        let tracked = plan("a horse gallops across the plains")
        #expect([.tracking, .panLeft, .panRight].contains(tracked.beats[0].camera.motion))
        let closeUp = plan("close up of a woman smiling")
        #expect(closeUp.beats[0].camera.framing == .closeUp)
        let handheld = plan("handheld footage of a street at night")
        #expect(handheld.beats[0].camera.shake)
    }

    @Test func countsFromNumbersAndPlurals() throws {
        #expect(plan("two dogs playing").subjects.first?.count == 2)
        #expect(plan("3 cars on a road").subjects.first?.count == 3)
        #expect(plan("a herd of elephants").subjects.first?.count == 8)
        #expect(plan("horses in a field").subjects.first?.count ?? 0 > 1)
        #expect(plan("a crowd").subjects.first?.count ?? 0 > 5)
    }

    @Test func colourAndSizeApplyToTheirNoun() throws {
        let plan = plan("a tiny red bird and a huge black bear")
        try #require(plan.subjects.count == 2)
        #expect(plan.subjects[0].size == .tiny)
        #expect(plan.subjects[0].color == SIMD3<Float>(0.80, 0.10, 0.10))
        #expect(plan.subjects[1].size == .huge)
        #expect(plan.subjects[1].color == SIMD3<Float>(0.03, 0.03, 0.03))
    }
}
