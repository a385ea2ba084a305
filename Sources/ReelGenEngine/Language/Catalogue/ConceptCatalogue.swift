import Foundation

/// Every concept the engine can draw, as data: the rows of `Resources/concepts.tsv`, read once.
/// The Language stage names subjects by its rows (an unknown noun reaches the nearest row up
/// WordNet's hypernyms) and the World stage draws each subject from its row's archetype, form
/// and colours, so a new concept is a new row rather than new code.
public struct ConceptCatalogue: Sendable {
    public let entries: [CatalogueEntry]
    private let firstRowNamed: [String: Int]
    private let rowOfPhrase: [String: Int]

    public init(entries: [CatalogueEntry]) {
        self.entries = entries
        var firstRowNamed: [String: Int] = [:]
        for (index, entry) in entries.enumerated() where firstRowNamed[entry.name] == nil {
            firstRowNamed[entry.name] = index
        }
        self.firstRowNamed = firstRowNamed
        var rowOfPhrase: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            for phrase in entry.phrases where rowOfPhrase[phrase] == nil { rowOfPhrase[phrase] = index }
        }
        self.rowOfPhrase = rowOfPhrase
    }

    /// The first row called `name`.
    public func entry(named name: String) -> CatalogueEntry? {
        firstRowNamed[name].map { entries[$0] }
    }

    /// The row one of whose words (or its name) is `phrase`: "male" is a word of "man".
    public func entry(phrase: String) -> CatalogueEntry? {
        rowOfPhrase[phrase].map { entries[$0] }
    }

    /// The row a subject was drawn from: the one the plan names, else the one its concept names.
    public func entry(for subject: Subject) -> CatalogueEntry? {
        subject.entry.flatMap(entry(named:)) ?? entry(named: subject.concept)
    }

    /// The catalogue shipped with the engine.
    public static let standard: ConceptCatalogue = {
        guard let url = Bundle.module.url(forResource: "concepts", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("the engine's resource concepts.tsv is missing from its bundle")
        }
        do {
            return try ConceptCatalogue(tsv: text)
        } catch {
            fatalError("concepts.tsv: \(error)")
        }
    }()
}
