/// Reads tagged clauses into a `PromptReading`: builds subjects from nouns and the modifiers
/// before them, resolves pronouns to the last fitting subject, and gives each clause's verbs
/// to their subjects, turning "rushes toward the camera" into `rushTowardCamera` and
/// "jaws open" / "revealing its fangs" into `openJaws`.
struct PromptReader: Sendable {
    private static let masculineConcepts: Set<String> = ["man", "boy", "knight"]
    private static let feminineConcepts: Set<String> = ["woman", "girl"]
    private static let motions: Set<Action> = [.walk, .run, .fly, .hover, .swim, .jump, .drive, .sail]
    /// Subjects that keep each other company: "a man with his dog" walk together.
    private static let animate: Set<Subject.Category> = [.person, .quadruped, .bird]
    /// What only a living body does, and the things that never do it: a verb that lands on a
    /// thing belongs to the living subject it was said of.
    private static let doneByTheLiving: Set<Action> = [.walk, .run, .jump, .dance, .wave, .sit, .lie, .eat, .drink, .talk]
    private static let lifeless: Set<Subject.Category> = [.food, .object, .building]
    /// Verbs that place their doer by what they name next: "riding a horse", "holding an umbrella".
    private static let relatingVerbs: [String: Relation.Kind] = RelationPlanner.holdingWords.reduce(into: ["ride": .rides, "wear": .wears, "dress": .wears]) {
        $0[$1] = .holds
    }

    func read(_ clauses: [Clause], prompt: String, tokens: [Token]) -> PromptReading {
        var reading = PromptReading()
        var mentionOrder: [Int] = []
        // Subjects named as one ("a man and a woman walking"): a verb after them, or "they"
        // in a later clause, is all of theirs.
        var together: [[Int]] = []
        var readings: [(timeOrder: Int, clause: ClauseReading)] = []
        var readingOrder = clauses.enumerated().sorted { $0.element.textPosition < $1.element.textPosition }
        if readingOrder.count > 1, readingOrder[0].element.hasPronoun, !readingOrder[0].element.namesSubject {
            readingOrder.swapAt(0, 1)  // "before it flies away, the bird eats": "it" is the bird named next
        }
        for (timeOrder, clause) in readingOrder {
            var clauseReading = ClauseReading(text: clause.text(in: prompt, tokens: tokens), weight: max(clause.weight, 1))
            read(clause, into: &clauseReading, reading: &reading, mentionOrder: &mentionOrder, together: &together)
            readings.append((timeOrder, clauseReading))
        }
        reading.clauses = readings.sorted { $0.timeOrder < $1.timeOrder }.map(\.clause)
        addImpliedBoat(to: &reading)
        serveCookedFish(in: &reading, tokens: tokens)
        return reading
    }

    private static let cooking: Set<String> = [
        "fried", "grilled", "cooked", "baked", "smoked", "roasted", "steamed", "sushi", "sashimi", "fillet", "plate", "dish", "served", "meal",
    ]

    /// "Fried fish on the plate", "grilled salmon": a fish that is cooked or served is food.
    private func serveCookedFish(in reading: inout PromptReading, tokens: [Token]) {
        guard tokens.contains(where: { Self.cooking.contains($0.text) }) else { return }
        for index in reading.subjects.indices where reading.subjects[index].category == .fish {
            reading.subjects[index].category = .food
            reading.habitats[index] = .kitchen
        }
    }

    /// "A man paddling": someone who paddles or rows is in a boat, named or not; an unnamed
    /// one is a canoe, and it moves wherever they paddle.
    private func addImpliedBoat(to reading: inout PromptReading) {
        guard !reading.subjects.contains(where: { $0.category == .boat }) else { return }
        let paddling = reading.clauses.indices.filter { clause in
            reading.clauses[clause].actions.contains { $0.action == .paddle && reading.subjects[$0.subject].category == .person }
        }
        guard !paddling.isEmpty else { return }
        reading.subjects.append(Subject(concept: "canoe", category: .boat, entry: "canoe"))
        reading.habitats.append(.lake)
        let canoe = reading.subjects.count - 1
        for clause in paddling {
            reading.clauses[clause].actions.append(SubjectAction(subject: canoe, action: .sail))
            reading.clauses[clause].mentionedSubjects.append(canoe)
        }
    }

    /// A verb waiting for its subject, with the subject it had when read, and the words
    /// that say what it is about ("playing music", "doing a leg exercise").
    private struct Verb {
        var action: Action?
        var otherVerb: String?
        var subject: Int?
        var objects: [String] = []
    }

    private func read(
        _ clause: Clause, into clauseReading: inout ClauseReading, reading: inout PromptReading, mentionOrder: inout [Int], together: inout [[Int]]
    ) {
        var actor: Int?
        var pending: [TaggedWord] = []
        var verbs: [Verb] = []
        var towardCamera = false, awayFromCamera = false, inDistance = false, airborne = false
        var mouthNamed = false, mouthOpening = false
        var paceWords: [String] = []
        // "and" after a subject; "with" after a living one, who it keeps company or holds.
        var joined = false, accompanied: Int?, verbsAtMention = -1
        // Things a subject has with it ("a man with an umbrella walking"): their verbs are its.
        var heldBy: [Int: Int] = [:]
        // A preposition or verb read, and who it places, waiting for the subject it places them by.
        var relating: (kind: Relation.Kind, subject: Int)?
        // Who "over" was said of, waiting for scenery they stand on.
        var standsOver: Int?
        /// A verb that relates nothing ends what the last preposition began: "in a dress, walking a dog".
        func relate(_ kind: Relation.Kind?, _ subject: Int?) {
            relating = kind.flatMap { kind in subject.map { (kind, $0) } }
        }

        func mention(_ subject: Int, named: Bool = false) {
            if named {
                let animate = Self.animate.contains(reading.subjects[subject].category)
                if let holder = accompanied, !animate, verbs.count == verbsAtMention {
                    heldBy[subject] = holder
                    reading.relations.append(Relation(holder, .holds, subject))
                } else if joined || (accompanied != nil && animate), verbs.count == verbsAtMention, let last = together.indices.last {
                    if !together[last].contains(subject) { together[last].append(subject) }
                } else {
                    together.append([subject])
                }
                verbsAtMention = verbs.count
                joined = false
                accompanied = nil
            }
            actor = subject
            mentionOrder.removeAll { $0 == subject }
            mentionOrder.append(subject)
            if !clauseReading.mentionedSubjects.contains(subject) { clauseReading.mentionedSubjects.append(subject) }
            for index in verbs.indices where verbs[index].subject == nil { verbs[index].subject = subject }
        }
        func describePlace(_ words: [TaggedWord]) {
            reading.placeAttributes += words.filter { $0.meaning != .tallest }.map(\.text)
        }
        func leaveUnused(_ words: [TaggedWord]) {
            for word in words {
                if case .mood = word.meaning { continue }
                if word.meaning == .tallest { continue }
                reading.unusedWords.append(word.text)
                if word.isUnresolvedNoun { reading.unresolvedNouns.append(word.text) }
            }
        }

        let words = clause.words
        /// The meaning of the last noun read: what a trailing description is of.
        var lastNoun: LexicalMeaning?
        for (position, word) in words.enumerated() {
            if let meaning = word.meaning, meaning.isNounLike { lastNoun = meaning }
            if word.text == "and" || word.text == "&" {
                joined = actor != nil
                continue
            }
            if describesTheNextNoun(at: position, in: words) {
                pending.append(word)  // "a destroyed building", "an abandoned house"
                continue
            }
            if word.text == "with", let actor, Self.animate.contains(reading.subjects[actor].category) {
                accompanied = actor  // "a woman with her child sitting": the child's company sits too
                continue
            }
            guard let meaning = word.meaning else {
                if word.otherVerb == nil, position + 1 < words.count, words[position + 1].meaning?.isNounLike == true {
                    pending.append(word)  // "gypsophila flower", "music room": an unknown noun describing the next
                } else if let verb = word.otherVerb {
                    verbs.append(Verb(otherVerb: verb, subject: actor ?? mentionOrder.last))
                    relate(Self.relatingVerbs[verb], actor ?? mentionOrder.last)
                } else if word.isNoun, !word.isUnresolvedNoun, !verbs.isEmpty {
                    verbs[verbs.count - 1].objects.append(word.text)  // "playing music", "in a therapy session"
                } else if word.isNoun, !word.isUnresolvedNoun {
                    pending.append(word)  // "the design of a building", "band performance at the studio": said of the next noun
                } else if !word.isClauseBreak, !word.isComma {
                    reading.unusedWords.append(word.text)
                    if word.isUnresolvedNoun { reading.unresolvedNouns.append(word.text) }
                }
                continue
            }
            switch meaning {
            case .subject(let named):
                if isCompoundModifier(at: position, in: words) {
                    pending.append(word)
                    continue
                }
                let fruitOn = relating.map { $0.kind == .on && reading.subjects[$0.subject].category == .food } ?? false
                let concept = fruitOn ? Lexicon.tree(bearingFruitOn: named) ?? named : named
                let index = addSubject(concept, named: word, modifiers: pending, to: &reading)
                pending = []
                if let (kind, subject) = relating, subject != index, !reading.relations.contains(where: { $0.subject == subject && $0.object == index }) {
                    reading.relations.append(Relation(subject, kind, index))
                }
                relating = nil
                mention(index, named: true)
            case .relation(let kind):
                relate(kind, actor ?? mentionOrder.last)
            case .setting(let setting):
                relating = nil
                reading.settings.append(setting)
                if setting == .mountains, pending.contains(where: { $0.meaning == .tallest }) {
                    reading.features.append(.tallestPeak)
                }
                describePlace(pending.filter { if case .subject = $0.meaning { false } else { true } })
                pending = []
            case .feature(let feature):
                // "A fox on a rock": what something is on is a thing under it, as well as scenery.
                if let subject = relating.flatMap({ $0.kind == .on ? $0.subject : nil }) ?? standsOver, let support = Lexicon.support(for: feature) {
                    let index = addSubject(support, named: word, modifiers: [], to: &reading)
                    reading.relations.append(Relation(subject, .on, index))
                }
                relating = nil
                standsOver = nil
                reading.features.append(feature)
                describePlace(pending)
                pending = []
            case .bodyPart(let isMouth):
                mouthNamed = mouthNamed || isMouth
                if let owner = actor ?? mentionOrder.last {
                    // "revealing sharp fangs": the fangs are sharp; revealing them is the jaws opening.
                    let description = (pending.filter { $0.meaning != .mouthOpening }.map(\.text) + [word.text]).joined(separator: " ")
                    if !reading.subjects[owner].attributes.contains(description) { reading.subjects[owner].attributes.append(description) }
                    pending = []
                } else {
                    pending.append(word)  // "the long trunks of tall trees": the part of what comes next
                }
            case .weather(let weather):
                if !reading.weather.contains(weather) { reading.weather.append(weather) }
            case .timeOfDay(let time):
                reading.timesOfDay.append(time)
            case .season(let season):
                reading.seasons.append(season)
            case .mood(let mood):
                reading.moodVotes.append(mood)
                pending.append(word)
            case .group(let count) where position > 0 && words[position - 1].meaning?.isReferent == true:
                if let herd = actor { reading.subjects[herd].count = max(reading.subjects[herd].count, count) }
            case .color, .size, .tallest, .attribute, .count, .group:
                pending.append(word)
            case .action(let action):
                verbs.append(Verb(action: action, subject: actor ?? mentionOrder.last))
                relate(Self.relatingVerbs[word.lemma], actor ?? mentionOrder.last)
            case .mouthOpening:
                mouthOpening = true
                pending.append(word)  // "with its jaws open", or without a mouth "an open hood", "bare trees"
            case .camera(let cue):
                clauseReading.cameraCues.append(cue)
            case .look(let kind):
                reading.looks.append(kind)
            case .slowMotion:
                reading.slowMotion = true
            case .shallowFocus:
                reading.shallowFocus = true
            case .timeLapse:
                reading.timeLapse = true
            case .pronoun(let pronoun):
                if pronoun == .plural, let group = pluralGroup(together, subjects: reading.subjects, mentionOrder: mentionOrder), let last = group.last {
                    mention(last)  // "a dog and a cat, then they run": the verb goes to the whole group
                } else if let subject = resolve(pronoun, subjects: reading.subjects, mentionOrder: mentionOrder) {
                    mention(subject)
                }
            case .towardCamera:
                towardCamera = true
            case .awayFromCamera:
                awayFromCamera = true
            case .distance:
                inDistance = true
            case .airborne:
                airborne = true
                // "A goat standing over a rock": over scenery that bears it, something that cannot
                // fly stands on it (over a thing, "jumping over a fence", it does not).
                if word.text == "over", let subject = actor ?? mentionOrder.last, !reading.subjects[subject].category.canFly {
                    standsOver = subject
                }
            case .pace:
                paceWords.append(word.text)
            case .place:
                relating = nil
                describePlace(pending)  // "its natural habitat", "a brown dry landscape"
                pending = []
            case .sequence, .stopWord:
                break
            }
        }
        // The jaws are open: said of the mouth, which opens them.
        if mouthNamed { pending.removeAll { $0.meaning == .mouthOpening } }
        // Words after the place, with nothing after them, are said of it: "the bar section".
        if lastNoun?.isPlace == true {
            describePlace(pending.filter { $0.isNoun || $0.meaning == .attribute })
            leaveUnused(pending.filter { !$0.isNoun && $0.meaning != .attribute })
        } else {
            leaveUnused(pending)
        }
        if mouthOpening && mouthNamed {
            verbs.append(Verb(action: .openJaws, subject: actor ?? mentionOrder.last))
        }

        var placement = paceWords
        if inDistance { placement.append("in the distance") }
        var directions: [String] = []
        if towardCamera { directions.append("toward the camera") }
        if awayFromCamera { directions.append("away from the camera") }
        func modifiers(for action: Action) -> [String] {
            Self.motions.contains(action) || [.rushTowardCamera, .recedeFromCamera, .appear].contains(action) ? placement + directions : paceWords
        }
        func act(_ verb: Verb, subject: Int) {
            let category = reading.subjects[subject].category
            if let action = verb.action {
                let adapted = adapt(action, for: category, towardCamera: towardCamera, awayFromCamera: awayFromCamera)
                add(SubjectAction(subject: subject, action: adapted, modifiers: modifiers(for: adapted) + verb.objects), to: &clauseReading)
                if adapted == .appear, airborne, reading.subjects[subject].category.canFly {
                    add(SubjectAction(subject: subject, action: .fly, modifiers: modifiers(for: .fly)), to: &clauseReading)
                }
            } else if let other = verb.otherVerb, !clauseReading.actions.contains(where: { $0.subject == subject }) {
                add(SubjectAction(subject: subject, action: .idle, modifiers: [other] + paceWords + verb.objects), to: &clauseReading)
            }
            if !clauseReading.mentionedSubjects.contains(subject) { clauseReading.mentionedSubjects.append(subject) }
        }
        for verb in verbs {
            guard let spoken = verb.subject ?? clauseReading.mentionedSubjects.first else {
                // "A highway built across the fields": with no one to do it, a verb describes the place.
                let words = (verb.otherVerb.map { [$0] } ?? []) + verb.objects
                if reading.settings.isEmpty && reading.features.isEmpty { reading.unusedWords += words } else { reading.placeAttributes += words }
                continue
            }
            var named = heldBy[spoken] ?? spoken
            // "A family enjoying snack time while sitting": food does not sit, the family does.
            if let action = verb.action, Self.doneByTheLiving.contains(action), Self.lifeless.contains(reading.subjects[named].category),
               let living = clauseReading.mentionedSubjects.last(where: { Self.animate.contains(reading.subjects[$0].category) }) {
                named = living
            }
            for subject in together.last(where: { $0.last == named }) ?? [named] {
                act(verb, subject: subject)
            }
        }
        if airborne {
            for subject in clauseReading.mentionedSubjects
            where reading.subjects[subject].category.canFly && !clauseReading.actions.contains(where: { $0.subject == subject }) {
                add(SubjectAction(subject: subject, action: .fly, modifiers: modifiers(for: .fly)), to: &clauseReading)
            }
        }
    }

    private func add(_ action: SubjectAction, to clause: inout ClauseReading) {
        if !clause.actions.contains(where: { $0.subject == action.subject && $0.action == action.action }) {
            clause.actions.append(action)
        }
    }

    /// A noun right before another noun describes it ("police car", "soccer ball").
    /// Whether the word at `position` is a past participle between an article (or the start)
    /// and a noun, "a destroyed building", "the frozen lake": it says what the noun is like,
    /// not what anyone does.
    private func describesTheNextNoun(at position: Int, in words: [TaggedWord]) -> Bool {
        let word = words[position]
        var verb = word.otherVerb != nil
        if case .action = word.meaning { verb = true }
        guard verb, word.text.hasSuffix("ed") || word.text.hasSuffix("en"),
              position + 1 < words.count, words[position + 1].meaning?.isNounLike == true else { return false }
        return position == 0 || words[position - 1].meaning == .stopWord
    }

    private func isCompoundModifier(at position: Int, in words: [TaggedWord]) -> Bool {
        guard position + 1 < words.count, !words[position].isPlural else { return false }
        if case .subject = words[position + 1].meaning { return true }
        return false
    }

    private func addSubject(_ concept: SubjectConcept, named word: TaggedWord, modifiers: [TaggedWord], to reading: inout PromptReading) -> Int {
        var count = concept.impliedCount ?? (word.isPlural ? 3 : 1)
        var size = concept.size
        var color: SIMD3<Float>?
        var attributes: [String] = []
        var entry = concept.entry
        for modifier in modifiers {
            switch modifier.meaning {
            case .count(let number), .group(let number): count = number
            case .size(let named): size = named
            case .tallest: size = .huge
            case .color(let rgb): color = color ?? rgb
            case .subject(let kind) where kind.category == concept.category && (concept.category.namesItsKindsBeforeIt || concept.isGeneric):
                entry = kind.entry  // "a pine tree" is drawn as a pine, "a broccoli dish" as broccoli
                attributes.append(modifier.text)
            default: attributes.append(modifier.text)
            }
        }
        if let existing = reading.subjects.firstIndex(where: { $0.concept == concept.name }) {
            var subject = reading.subjects[existing]
            if modifiers.contains(where: { if case .count = $0.meaning { true } else { false } }) { subject.count = max(subject.count, count) }
            subject.color = subject.color ?? color
            if size != concept.size { subject.size = size }
            subject.attributes += attributes.filter { !subject.attributes.contains($0) }
            reading.subjects[existing] = subject
            return existing
        }
        reading.subjects.append(Subject(concept: concept.name, category: concept.category, entry: entry, count: count, color: color, size: size, attributes: attributes))
        reading.habitats.append(concept.habitat)
        return reading.subjects.count - 1
    }

    /// The subjects last named together that "they" points back to, unless a plural subject
    /// ("the birds") was mentioned since.
    private func pluralGroup(_ together: [[Int]], subjects: [Subject], mentionOrder: [Int]) -> [Int]? {
        guard let group = together.last(where: { $0.count > 1 }) else { return nil }
        let groupMention = group.compactMap { mentionOrder.lastIndex(of: $0) }.max() ?? -1
        let pluralMention = mentionOrder.lastIndex { subjects[$0].count > 1 } ?? -1
        return groupMention >= pluralMention ? group : nil
    }

    /// The subject a pronoun points back to: the last one mentioned that fits its gender or number.
    private func resolve(_ pronoun: Pronoun, subjects: [Subject], mentionOrder: [Int]) -> Int? {
        let recentFirst = Array(mentionOrder.reversed())
        let fitting: Int? = switch pronoun {
        case .neuter: recentFirst.first { subjects[$0].category != .person }
        case .masculine: recentFirst.first { Self.masculineConcepts.contains(subjects[$0].concept) } ?? recentFirst.first { subjects[$0].category == .person }
        case .feminine: recentFirst.first { Self.feminineConcepts.contains(subjects[$0].concept) } ?? recentFirst.first { subjects[$0].category == .person }
        case .plural: recentFirst.first { subjects[$0].count > 1 }
        }
        return fitting ?? recentFirst.first
    }

    /// Fits a verb to what does it: cars drive rather than walk, fish swim; moving toward
    /// the camera fast is a rush, moving away recedes.
    private func adapt(_ action: Action, for category: Subject.Category, towardCamera: Bool, awayFromCamera: Bool) -> Action {
        var adapted = action
        switch (category, action) {
        case (.vehicle, .walk), (.vehicle, .run), (.vehicle, .hover), (.vehicle, .fly), (.train, .walk), (.train, .run), (.train, .hover):
            adapted = .drive
        case (.boat, .walk), (.boat, .run), (.boat, .swim), (.boat, .drive), (.boat, .hover), (.boat, .paddle): adapted = .sail
        case (.person, .paddle): break
        case (_, .paddle): adapted = .swim
        case (.fish, .walk), (.fish, .run): adapted = .swim
        case (.aircraft, .walk), (.aircraft, .run), (.aircraft, .drive): adapted = .fly
        default: break
        }
        if towardCamera, Self.motions.contains(adapted), adapted != .walk { return .rushTowardCamera }
        if awayFromCamera, Self.motions.contains(adapted) { return .recedeFromCamera }
        return adapted
    }
}
