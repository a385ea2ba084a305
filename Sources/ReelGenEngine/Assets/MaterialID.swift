/// How a surface responds to light; one per triangle, looked up by the shading pass.
enum MaterialID: UInt8, Sendable {
    case terrain, skin, membrane, eye, bone, mouth, water, foliage, bark, stone, metal, glass, neon, cloth, fire
    /// Fur and feathers: matte, with only a broad sheen. Glossy like skin, a sunlit flank
    /// burns out to a white stripe and a lion reads as a plastic toy.
    case fur
    /// Long, shaggy hair that stands far past the body's outline: a lion's mane, a
    /// Pomeranian's coat. Shaded as fur.
    case shag
    /// Clothes: matte woven cloth (`cloth` is a thin sheet that light shines through).
    case fabric
    /// A reptile's hide: rows of scales with dark creases between, a little glossy.
    case scales

    /// Specular strength (0 = matte).
    var specular: Float {
        switch self {
        case .skin: 0.25
        case .scales: 0.18
        case .eye, .glass, .metal: 0.9
        case .bone: 0.25
        case .mouth: 0.5
        case .water: 1
        case .fur, .shag: 0.06
        case .fabric: 0.03
        default: 0.04
        }
    }

    /// Blinn-Phong exponent: higher is glossier.
    var shininess: Float {
        switch self {
        case .skin: 24
        case .scales: 16
        case .eye, .glass: 120
        case .metal: 60
        case .mouth: 40
        case .fur, .shag, .fabric: 4
        default: 12
        }
    }

    /// How far hair stands out past the body's outline, metres; nil for a surface with no hair.
    var hairLength: Float? {
        switch self {
        case .fur: 0.03
        case .shag: 0.09
        default: nil
        }
    }

    /// Light the surface gives off on its own, as a multiple of its albedo.
    var emission: Float {
        switch self {
        case .eye: 5
        case .neon: 9
        case .fire: 12
        default: 0
        }
    }

    /// Thin surfaces (wings, leaves) seen from both sides; they also let back light through.
    var isTwoSided: Bool {
        self == .membrane || self == .foliage || self == .cloth
    }

    /// How much sun shines through a thin surface lit from behind.
    var translucency: Float {
        switch self {
        case .membrane: 0.9
        case .foliage, .cloth: 0.2
        default: 0
        }
    }
}
