/// How a food subject is served: the shape it takes on the plate and its colours, from its
/// catalogue row. Unknown foods get a warm, generic helping rather than nothing.
struct Serving: Sendable, Equatable {
    enum Shape: String, Sendable {
        /// Heaped up: pasta, rice, salad, curry.
        case mound
        /// Round and flat: pizza, pancakes, cookies.
        case flat
        /// A tall round layer cake, pie or burger.
        case layered
        /// Several round pieces: fruit, vegetables, sushi.
        case pieces
        /// A thick slab: steak, ribs.
        case slab
        /// Whole produce, drawn as itself: a bent pod (bananas, cucumbers, carrots), an oval
        /// under a crown of leaves (pineapples), a head of florets (broccoli, cauliflower).
        case pod, crowned, florets
        /// A fruit cut in half lengthwise, lying cut face up: its flesh and seeds show
        /// (papaya, avocado, kiwi, melon).
        case halved
        /// Liquid in a bowl: soup, stew.
        case bowl
        /// Liquid in a cup or glass: coffee, tea, wine, juice.
        case cup
        case glass

        /// Served to be drunk, from a cup or a glass lifted to the lips.
        var isDrink: Bool { self == .cup || self == .glass }
    }

    var shape: Shape
    var color: SIMD3<Float>
    /// Sauce, icing or the drink's surface.
    var topping: SIMD3<Float>
    /// A cut fruit's seeds or stone, when it has some to show.
    var seeds: SIMD3<Float>?
    /// What the food rests on.
    enum Base: Sendable {
        case plate
        /// A wooden chopping board: food someone is cutting.
        case board
        /// The bare ground: food an animal eats.
        case ground
        /// Nothing: it is held in a hand.
        case hand
    }

    var base = Base.plate

    init(_ shape: Shape, _ color: SIMD3<Float>, topping: SIMD3<Float>? = nil) {
        self.shape = shape
        self.color = color
        self.topping = topping ?? color
    }

    /// The serving a food row of the catalogue gives (its form the shape, its colours the
    /// food and its topping); unknown foods, and a cooked fish, get a warm, generic helping.
    init(_ row: CatalogueEntry?) {
        let entry = row?.category == .food ? row : nil
        let color = entry?.color(0)
        self.init(entry?.form.flatMap(Shape.init(rawValue:)) ?? .mound, color ?? SIMD3(0.55, 0.36, 0.18),
                  topping: entry?.color(1) ?? (color == nil ? SIMD3(0.45, 0.25, 0.1) : nil))
        seeds = entry?.color(2)
    }
}
