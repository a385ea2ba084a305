/// Something the clip is about: a creature, person, vehicle or object.
public struct Subject: Codable, Hashable, Sendable {
    /// Broad family; the World stage picks a parametric model from it.
    public enum Category: String, Codable, CaseIterable, Sendable {
        case dragon, quadruped, bird, fish, insect, reptile, person, vehicle, aircraft, boat, train
        case building, plant, food, object
    }

    public enum Size: String, Codable, CaseIterable, Sendable {
        case tiny, small, medium, large, huge
    }

    /// The concept as understood, e.g. "dragon", "dog", "horse", "car" (lexicon or WordNet name).
    public var concept: String
    public var category: Category
    /// The concept catalogue's row it is drawn from, by name; for a word WordNet led to a
    /// family row, that row ("mammal" for "meerkat"). Nil for a concept no row names.
    public var entry: String?
    public var count: Int
    /// sRGB colour in 0...1 when the prompt names one.
    public var color: SIMD3<Float>?
    public var size: Size
    /// Other attributes the prompt gave ("evil", "menacing", "wooden", "glowing"...).
    public var attributes: [String]

    public init(
        concept: String, category: Category, entry: String? = nil, count: Int = 1, color: SIMD3<Float>? = nil, size: Size = .medium,
        attributes: [String] = []
    ) {
        self.concept = concept
        self.entry = entry
        self.category = category
        self.count = count
        self.color = color
        self.size = size
        self.attributes = attributes
    }
}
