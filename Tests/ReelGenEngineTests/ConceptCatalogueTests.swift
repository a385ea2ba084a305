import Testing
@testable import ReelGenEngine

/// The concept catalogue (`Resources/concepts.tsv`): every row is one the engine can draw,
/// and unknown nouns reach a row through WordNet.
@Suite("Language: concept catalogue")
struct ConceptCatalogueTests {
    let catalogue = ConceptCatalogue.standard

    @Test func theShippedCatalogueIsBroad() {
        #expect(catalogue.entries.count >= 500)
        let archetypes = Set(catalogue.entries.map { "\($0.category)/\($0.form ?? "-")" })
        #expect(archetypes.count >= 30, "\(archetypes.sorted())")
    }

    /// A form the archetype's model does not know would silently draw its default.
    @Test func everyFormIsOneItsModelKnows() {
        for entry in catalogue.entries {
            guard let form = entry.form else { continue }
            let known = switch entry.category {
            case .quadruped, .reptile: QuadrupedBuild(rawValue: form) != nil
            case .vehicle, .train: VehicleModel.Form(rawValue: form) != nil
            case .fish: FishModel.Form(rawValue: form) != nil
            case .insect: InsectModel.Form(rawValue: form) != nil
            case .boat: BoatModel.Style(rawValue: form) != nil
            case .building: BuildingModel.Form(rawValue: form) != nil
            case .plant: PlantModel.Form(rawValue: form) != nil
            case .food: Serving.Shape(rawValue: form) != nil
            case .object: (entry.has(.worn) ? PersonModel.Garment(rawValue: form) != nil : ObjectModel.Form(rawValue: form) != nil)
            case .aircraft: PlaneModel.Form(rawValue: form) != nil
            case .bird: BirdModel.Form(rawValue: form) != nil
            case .dragon, .person: false
            }
            #expect(known, "\(entry.name): \(entry.category) has no form '\(form)'")
        }
    }

    /// One word, one row: a word listed twice would name whichever row came first.
    @Test func noWordNamesTwoRows() {
        var owner: [String: String] = [:]
        for entry in catalogue.entries {
            for word in entry.phrases where entry.name != owner[word] {
                #expect(owner[word] == nil, "'\(word)' names both \(owner[word] ?? "") and \(entry.name)")
                owner[word] = entry.name
            }
        }
    }

    @Test func readsRowsAndNamesTheLineOfABadOne() throws {
        let header = ConceptCatalogue.columns.joined(separator: "\t")
        let good = try ConceptCatalogue(tsv: "# a comment\n\(header)\nfox\t-\tquadruped\tcanine\tsmall\tforest\t-\t#c3723b #e0dcd2\t-\n")
        let fox = try #require(good.entry(named: "fox"))
        #expect(fox.form == "canine" && fox.size == .small && fox.habitat == .forest && fox.colors.count == 2)
        #expect(fox.colors[0].x > fox.colors[0].z, "rust is red more than blue")
        for bad in ["fox\tquadruped", "fox\t-\tbeast\t-\tsmall\t-\t-\t-\t-", "fox\t-\tquadruped\t-\tsmall\t-\t-\tred\t-",
                    "fox\t-\tquadruped\t-\tsmall\tmoon\t-\t-\t-", "fox\t-\tquadruped\t-\tsmall\t-\t-\t-\tshiny"] {
            #expect(throws: ConceptCatalogue.ReadError.self) { try ConceptCatalogue(tsv: "\(header)\n\(bad)\n") }
        }
        let error = try #require(throws: ConceptCatalogue.ReadError.self) { try ConceptCatalogue(tsv: "\(header)\n\nfox\tquadruped\n") }
        #expect(error.line == 3)
    }

    /// Unknown nouns walk up WordNet's hypernyms to the nearest row, and are drawn from it.
    @Test(arguments: [
        ("convertible", Subject.Category.vehicle), ("wolfhound", .quadruped), ("basilica", .building), ("kayak", .boat),
        ("croissant", .food), ("cockatiel", .bird), ("barracuda", .fish), ("stegosaurus", .reptile),
    ])
    func unknownNounsReachARow(word: String, category: Subject.Category) throws {
        try #require(WordNet.installed != nil)
        let plan = PromptParser().plan(for: RenderRequest(prompt: "a \(word) in the morning"))
        let subject = try #require(plan.subjects.first, "\(word)")
        #expect(subject.category == category, "\(word)")
        #expect(catalogue.entry(for: subject) != nil, "\(word)")
        #expect(plan.unresolvedNouns.isEmpty)
    }

    /// A noun of the same family before another names its kind; food before food is an ingredient.
    @Test func aKindBeforeItsFamilyNounIsDrawnAsThatKind() throws {
        func entry(_ prompt: String) throws -> String? {
            try #require(PromptParser().plan(for: RenderRequest(prompt: prompt)).subjects.first).entry
        }
        #expect(try entry("a pine tree on a hill") == "pine")
        #expect(try entry("a grizzly bear fishing") == "grizzly")
        #expect(try entry("hot tomato soup") == "soup")
    }

    /// Who draws what: the rows that used to be code.
    @Test func rowsCarryWhatTheModelsNeed() throws {
        #expect(try #require(row("taxi")).color(0).map { $0.x > 0.5 && $0.z < 0.1 } == true, "taxis are yellow")
        #expect(row("husky")?.form == "canine")
        #expect(PromptParser().plan(for: RenderRequest(prompt: "a samoyed in the snow")).subjects.first?.entry == "samoyed", "the dog, not the people")
        #expect(row("hippopotamus")?.form == "heavy")
        #expect(row("cattle")?.form == "hoofed", "cattle are not cats")
        #expect(row("pig")?.form == "heavy" && row("hog")?.form == "heavy", "pigs are barrel-bodied")
        #expect(row("pirate ship")?.form == "sail")
        #expect(row("flamingo")?.has(.grounded) == true)
        #expect(row("mallard")?.has(.floats) == true)
        #expect(row("queen")?.has(.female) == true && row("king")?.has(.male) == true)
        #expect(row("chef")?.colors.count == 2)
    }
}
