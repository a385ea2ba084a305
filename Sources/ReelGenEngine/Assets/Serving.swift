/// How a food subject is served: the shape it takes on the plate and its colours, by concept.
/// Unknown foods get a warm, generic helping rather than nothing.
struct Serving: Sendable, Equatable {
    enum Shape: Sendable {
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
        /// Liquid in a bowl: soup, stew.
        case bowl
        /// Liquid in a cup or glass: coffee, tea, wine, juice.
        case cup
        case glass
    }

    var shape: Shape
    var color: SIMD3<Float>
    /// Sauce, icing or the drink's surface.
    var topping: SIMD3<Float>
    /// On a wooden chopping board instead of a plate: food someone is cutting.
    var onBoard = false

    init(_ shape: Shape, _ color: SIMD3<Float>, topping: SIMD3<Float>? = nil) {
        self.shape = shape
        self.color = color
        self.topping = topping ?? color
    }

    init(concept: String) {
        self = Self.servings[concept] ?? Self(.mound, SIMD3(0.55, 0.36, 0.18), topping: SIMD3(0.45, 0.25, 0.1))
    }

    private static let servings: [String: Serving] = [
        "pasta": Self(.mound, SIMD3(0.85, 0.66, 0.3), topping: SIMD3(0.6, 0.08, 0.03)),
        "noodle": Self(.mound, SIMD3(0.86, 0.7, 0.38), topping: SIMD3(0.5, 0.3, 0.1)),
        "rice": Self(.mound, SIMD3(0.92, 0.9, 0.85)),
        "curry": Self(.mound, SIMD3(0.92, 0.9, 0.85), topping: SIMD3(0.7, 0.4, 0.06)),
        "vegetable": Self(.mound, SIMD3(0.2, 0.48, 0.1), topping: SIMD3(0.75, 0.12, 0.05)),
        "salad": Self(.mound, SIMD3(0.25, 0.55, 0.12), topping: SIMD3(0.8, 0.15, 0.08)),
        "broccoli": Self(.mound, SIMD3(0.12, 0.4, 0.08)),
        "chocolate": Self(.slab, SIMD3(0.22, 0.1, 0.05)),
        "ice cream": Self(.pieces, SIMD3(0.95, 0.88, 0.78)),
        "pizza": Self(.flat, SIMD3(0.85, 0.6, 0.3), topping: SIMD3(0.75, 0.16, 0.05)),
        "pancake": Self(.flat, SIMD3(0.8, 0.55, 0.25), topping: SIMD3(0.45, 0.2, 0.05)),
        "cookie": Self(.flat, SIMD3(0.7, 0.48, 0.24), topping: SIMD3(0.25, 0.12, 0.06)),
        "toast": Self(.flat, SIMD3(0.78, 0.55, 0.28)),
        "bread": Self(.layered, SIMD3(0.78, 0.55, 0.28), topping: SIMD3(0.62, 0.38, 0.16)),
        "sandwich": Self(.layered, SIMD3(0.85, 0.7, 0.45), topping: SIMD3(0.3, 0.55, 0.15)),
        "cake": Self(.layered, SIMD3(0.95, 0.9, 0.8), topping: SIMD3(0.35, 0.15, 0.08)),
        "pie": Self(.layered, SIMD3(0.8, 0.55, 0.25), topping: SIMD3(0.55, 0.1, 0.12)),
        "burger": Self(.layered, SIMD3(0.78, 0.5, 0.2), topping: SIMD3(0.28, 0.14, 0.06)),
        "hamburger": Self(.layered, SIMD3(0.78, 0.5, 0.2), topping: SIMD3(0.28, 0.14, 0.06)),
        "fruit": Self(.pieces, SIMD3(0.9, 0.42, 0.08)),
        "apple": Self(.pieces, SIMD3(0.7, 0.07, 0.05)),
        "orange": Self(.pieces, SIMD3(0.95, 0.48, 0.04)),
        "lemon": Self(.pieces, SIMD3(0.95, 0.85, 0.2)),
        "banana": Self(.pieces, SIMD3(0.95, 0.82, 0.3)),
        "strawberry": Self(.pieces, SIMD3(0.8, 0.04, 0.07)),
        "berry": Self(.pieces, SIMD3(0.25, 0.08, 0.35)),
        "grape": Self(.pieces, SIMD3(0.35, 0.1, 0.35)),
        "cherry": Self(.pieces, SIMD3(0.55, 0.02, 0.05)),
        "tomato": Self(.pieces, SIMD3(0.85, 0.12, 0.05)),
        "onion": Self(.pieces, SIMD3(0.82, 0.7, 0.55)),
        "potato": Self(.pieces, SIMD3(0.7, 0.55, 0.35)),
        "cucumber": Self(.pieces, SIMD3(0.15, 0.38, 0.1), topping: SIMD3(0.75, 0.85, 0.55)),
        "carrot": Self(.pieces, SIMD3(0.92, 0.42, 0.06)),
        "pepper": Self(.pieces, SIMD3(0.8, 0.08, 0.04)),
        "watermelon": Self(.pieces, SIMD3(0.15, 0.4, 0.12), topping: SIMD3(0.9, 0.18, 0.2)),
        "pineapple": Self(.pieces, SIMD3(0.75, 0.55, 0.15), topping: SIMD3(0.95, 0.85, 0.35)),
        "croissant": Self(.pieces, SIMD3(0.8, 0.5, 0.18)),
        "pastry": Self(.pieces, SIMD3(0.82, 0.58, 0.25), topping: SIMD3(0.9, 0.85, 0.75)),
        "donut": Self(.pieces, SIMD3(0.8, 0.55, 0.3), topping: SIMD3(0.9, 0.5, 0.6)),
        "sushi": Self(.pieces, SIMD3(0.95, 0.95, 0.92), topping: SIMD3(0.95, 0.45, 0.3)),
        "meat": Self(.slab, SIMD3(0.38, 0.16, 0.08)),
        "steak": Self(.slab, SIMD3(0.35, 0.14, 0.07)),
        "beef": Self(.slab, SIMD3(0.35, 0.14, 0.07)),
        "bacon": Self(.slab, SIMD3(0.6, 0.2, 0.15)),
        "chicken breast": Self(.slab, SIMD3(0.8, 0.62, 0.4)),
        "pork": Self(.slab, SIMD3(0.6, 0.35, 0.22)),
        "ribs": Self(.slab, SIMD3(0.45, 0.18, 0.08)),
        "sausage": Self(.slab, SIMD3(0.5, 0.22, 0.12)),
        "soup": Self(.bowl, SIMD3(0.92, 0.92, 0.9), topping: SIMD3(0.6, 0.42, 0.12)),
        "stew": Self(.bowl, SIMD3(0.92, 0.92, 0.9), topping: SIMD3(0.45, 0.22, 0.08)),
        "coffee": Self(.cup, SIMD3(0.92, 0.92, 0.9), topping: SIMD3(0.16, 0.08, 0.04)),
        "tea": Self(.cup, SIMD3(0.92, 0.92, 0.9), topping: SIMD3(0.55, 0.28, 0.06)),
        "matcha": Self(.cup, SIMD3(0.92, 0.92, 0.9), topping: SIMD3(0.35, 0.55, 0.15)),
        "drink": Self(.glass, SIMD3(0.55, 0.12, 0.1)),
    ]
}
