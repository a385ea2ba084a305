/// A kind of thing a clip can be about, as the lexicon knows it.
struct SubjectConcept: Hashable, Sendable {
    var name: String
    /// The catalogue row it comes from (`CatalogueEntry.name`).
    var entry: String
    var category: Subject.Category
    var size: Subject.Size
    /// Where it is usually found, used when the prompt names no setting.
    var habitat: Setting?
    /// How many the word itself means ("people", "crowd", "couple").
    var impliedCount: Int?
    /// A family word ("animal", "vehicle", "artifact"): reached through WordNet it gives the
    /// category, but the prompt's own word stays the concept ("meerkat", not "mammal").
    var isGeneric: Bool
}
