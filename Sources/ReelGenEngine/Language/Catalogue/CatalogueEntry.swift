/// One row of the concept catalogue: a drawable thing, the words that name it, the model
/// that draws it and that model's parameters. See `Resources/concepts.tsv` for the columns.
public struct CatalogueEntry: Hashable, Sendable {
    /// Marks that change how a row is read or drawn.
    public enum Trait: String, Hashable, Sendable {
        /// A family word ("mammal", "vehicle"): WordNet leads unknown nouns here, and the
        /// prompt's own word ("meerkat") names the subject.
        case generic
        /// The name is not a word of its own: only the row's words name it ("traffic" is cars).
        case collective
        /// A bird that sits on the water when there is some, unless it flies.
        case floats
        /// A bird that lives on its feet: named without a verb, it stands rather than flies.
        case grounded
        /// People ride it, astride: a horse, a camel, a bicycle.
        case rideable
        /// A hand holds it: an umbrella, a book, a guitar.
        case held
        /// A mane around the head and neck: a male lion.
        case maned
        /// Horns sweeping back from the brow: goats, ibex, antelope, cattle.
        case horned
        /// A back of spines: hedgehogs, porcupines.
        case spiny
        /// A long tail ringed in the third colour, the coat plain: a lemur, a red panda, a raccoon.
        case ringtailed
        /// Legs (and ears) in the belly colour: a red panda's dark legs.
        case pointed
        /// Big round furry ears: a koala.
        case tufted
        /// A hump on the back: a camel.
        case humped
        /// A thick, puffed-out coat with a ruff: a Pomeranian, a Samoyed, a Persian cat.
        case fluffy
        /// Set on a table before whoever is named with it, as a meal is: a board game, a
        /// crystal ball, playing cards.
        case tabletop
        /// Stripes across the body (a clownfish).
        case bands
        /// The third colour is spots, not stripes: a leopard, a giraffe, a dalmatian.
        case spotted
        /// Who a person is: their figure follows.
        case male, female, young
        /// A building whose inside is a nave (a church) or a ward (a hospital).
        case nave, ward
        /// People wear it: a raincoat, a suit, a hat.
        case worn
        /// A building in ruins.
        case ruined
        /// Emergency lights on the roof, flashing red and blue: an ambulance, a police car.
        case beacons
        /// An animal named with it perches on it: a tree's bough.
        case perch
    }

    public var name: String
    public var words: [String]
    public var category: Subject.Category
    /// The archetype's variant ("canine", "bus", "conifer"); nil for the archetype's default.
    public var form: String?
    public var size: Subject.Size
    public var habitat: Setting?
    /// How many the row's words mean ("crowd" is 12).
    public var count: Int?
    /// Linear RGB, their meaning by archetype: coat and belly, back, breast and beak, food
    /// and topping, work clothes.
    public var colors: [SIMD3<Float>]
    public var traits: Set<Trait>

    /// The words and phrases that name the row: its name (unless it is collective) and its words.
    public var phrases: [String] {
        (has(.collective) ? [] : [name]) + words
    }

    /// A baby or a toddler: a young row of the smallest size.
    public var isInfant: Bool {
        has(.young) && size == .tiny
    }

    public func has(_ trait: Trait) -> Bool {
        traits.contains(trait)
    }

    /// The room inside a building, where someone in it is: a church's nave, a hospital's
    /// ward, else a plain interior.
    public var inside: Setting {
        has(.nave) ? .chapel : has(.ward) ? .hospital : .interior
    }

    /// The `index`th colour, if the row gives that many.
    public func color(_ index: Int) -> SIMD3<Float>? {
        colors.indices.contains(index) ? colors[index] : nil
    }
}
