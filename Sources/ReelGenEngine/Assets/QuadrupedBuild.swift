/// Body plans within the quadruped family, the catalogue row's form: a fox should not read
/// as a horse, nor an elephant as a big dog.
enum QuadrupedBuild: String, CaseIterable, Sendable, CatalogueForm {
    /// Long legs and a thin tail: horses, deer, cattle, goats.
    case hoofed
    /// Short legs, pointed ears and a bushy tail: dogs, foxes, wolves, cats.
    case canine
    /// A barrel body on thick, short legs: bears, hippos, rhinos, bison, pigs.
    case heavy
    /// Heavy, with a trunk and broad flapping ears.
    case elephant
    /// Stilt legs and a neck as long as they are: the head carried far above the back.
    case giraffe
    /// Long and low-slung on padded legs, a round head with a short muzzle and small round
    /// ears, a long tail: cats, great and small.
    case feline
    /// A round fleece on thin short legs, a small head held low: sheep.
    case woolly
    /// Small and short-legged, a round head held high and a bushy tail curled up over the
    /// back: squirrels, chipmunks.
    case rodent
    /// Long arms, short legs, shoulders high, a round flat face and no tail: apes and
    /// monkeys walking on their knuckles.
    case primate
    /// Low on sprawled legs, a long flat snout and a long heavy tail: lizards, crocodiles, newts.
    case crawler
    /// No legs: one long body that winds along the ground.
    case serpent
    /// A domed shell over stubby legs, a small head out in front: turtles and tortoises.
    case shelled

    static let usual = QuadrupedBuild.hoofed

    /// What the body is covered in: fur, bare hide, or scales.
    var coat: MaterialID {
        switch self {
        case .elephant: .skin
        case .crawler, .serpent, .shelled: .scales
        default: .fur
        }
    }

    /// Leg length relative to the hoofed plan.
    var legScale: Float {
        switch self {
        case .hoofed: 1
        case .canine: 0.62
        case .heavy: 0.6
        case .elephant: 0.85
        case .giraffe: 1.35
        case .feline: 0.72
        case .woolly: 0.6
        case .rodent: 0.55
        case .primate: 0.7
        case .crawler: 0.2
        case .serpent: 0.09
        case .shelled: 0.3
        }
    }

    /// Body girth and leg thickness relative to the hoofed plan.
    var bulk: (body: Float, legs: Float) {
        switch self {
        case .hoofed, .canine: (1, 1)
        case .heavy: (1.3, 1.6)
        case .elephant: (1.45, 2.1)
        case .giraffe: (0.85, 0.75)
        case .feline: (0.92, 0.95)
        case .woolly: (1.45, 0.75)
        case .rodent: (1.25, 0.9)
        case .primate: (1.15, 1.3)
        case .crawler: (0.72, 0.8)
        case .serpent: (0.3, 0)
        case .shelled: (1.05, 1.3)
        }
    }

    /// Where the head is carried above the shoulders, and how long the snout is: horses
    /// hold theirs high on a long neck, bears low with a short muzzle.
    var head: (height: Float, snout: Float) {
        switch self {
        case .hoofed: (0.55, 0.38)
        case .canine: (0.55, 0.3)
        case .heavy: (0.28, 0.26)
        case .elephant: (0.42, 0.3)
        case .giraffe: (1.75, 0.34)
        case .feline: (0.38, 0.2)
        case .woolly: (0.3, 0.26)
        case .rodent: (0.32, 0.16)
        case .primate: (0.42, 0.1)
        case .crawler: (0.06, 0.5)
        case .serpent: (0.02, 0.22)
        case .shelled: (0.02, 0.16)
        }
    }

    /// Radii of the muzzle at the skull, halfway and at the nose, design metres: a dog's
    /// tapers to a point under the eyes, a cat's and a bear's stay full, a horse's head is a
    /// long wedge that stays deep to the nose.
    var muzzle: [Float] {
        switch self {
        case .canine: [0.11, 0.072, 0.048]
        case .feline: [0.105, 0.09, 0.072]
        case .heavy, .woolly: [0.11, 0.085, 0.065]
        case .rodent: [0.1, 0.08, 0.05]
        case .primate: [0.11, 0.1, 0.09]
        default: [0.13, 0.115, 0.095]
        }
    }

    /// The head's size against the hoofed plan's: a squirrel's and an ape's are large for
    /// their bodies.
    var headScale: Float {
        switch self {
        case .rodent: 1.45
        case .primate: 1.2
        default: 1
        }
    }

    /// How much higher the shoulders stand than the hips, in design metres: an ape's long arms.
    var shoulderLift: Float {
        self == .primate ? 0.32 : 0
    }

    /// How far the knees and feet splay out to the side, in design metres: a lizard's elbows.
    var sprawl: Float {
        switch self {
        case .crawler: 0.3
        case .shelled: 0.22
        default: 0
        }
    }

    /// Ear length and radii at root and tip, design metres: a dog's tall and pointed, a
    /// cat's short, a bear's small and round.
    var ears: (length: Float, radius: Float, tip: Float) {
        switch self {
        case .canine: (0.17, 0.055, 0.005)
        case .feline: (0.08, 0.05, 0.02)
        case .heavy, .woolly, .primate, .rodent: (0.05, 0.055, 0.045)
        default: (0.12, 0.04, 0.005)
        }
    }

    /// How a spotted coat of this build is spotted: a cat's small and many, a dog's small
    /// and few, a giraffe's patches close together, a cow's broad and few.
    var spots: Tube.Spots {
        switch self {
        case .feline: Tube.Spots(frequency: 17, cover: 0.4)
        case .canine: Tube.Spots(frequency: 13, cover: 0.3)
        case .giraffe: Tube.Spots(frequency: 11, cover: 0.75)
        default: Tube.Spots(frequency: 6, cover: 0.4)
        }
    }

    /// How far the body tips up from the hips when it sits, radians; nil for a build that
    /// lies down instead (a horse, a sheep, a lizard): a dog sits on its haunches, a squirrel
    /// or an ape sits upright.
    var sittingPitch: Float? {
        switch self {
        case .canine, .feline, .heavy: 0.75
        case .rodent, .primate: 1.2
        default: nil
        }
    }

    /// How much of its length a body keeps when it sits upright: an ape sits hunched, a squat
    /// heap on its haunches rather than a column as long as it walks.
    var sittingLength: Float {
        self == .primate ? 0.6 : 1
    }

    /// Whether it sits up to eat, the food held to its mouth in its forepaws: a squirrel
    /// with a nut, a gorilla with a carrot.
    var eatsSittingUp: Bool {
        self == .rodent || self == .primate
    }

    /// Whether the coat is a fleece that stops at the face and legs, left bare in the second
    /// colour: a sheep's dark face and legs.
    var bareFaceAndLegs: Bool {
        self == .woolly
    }

    /// Whether the head is a round skull behind a short muzzle, rather than a long wedge.
    var roundSkull: Bool {
        switch self {
        case .canine, .feline, .heavy, .woolly, .primate, .rodent: true
        default: false
        }
    }

    /// Whether the hind legs bend back at a hock, as a horse's, a dog's and a cat's do.
    var hasHocks: Bool {
        switch self {
        case .hoofed, .canine, .feline, .giraffe: true
        default: false
        }
    }

    /// Whether the head has ears that stand out.
    var hasEars: Bool {
        switch self {
        case .crawler, .serpent, .shelled: false
        default: true
        }
    }
}
