/// Body plans within the quadruped family, the catalogue row's form: a fox should not read
/// as a horse, nor an elephant as a big dog.
enum QuadrupedBuild: String, Sendable {
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

    /// The build a catalogue form names; hoofed where it names none.
    init(_ form: String?) {
        self = form.flatMap(Self.init(rawValue:)) ?? .hoofed
    }

    /// Leg length relative to the hoofed plan.
    var legScale: Float {
        switch self {
        case .hoofed: 1
        case .canine: 0.62
        case .heavy: 0.6
        case .elephant: 0.85
        case .giraffe: 1.35
        }
    }

    /// Body girth and leg thickness relative to the hoofed plan.
    var bulk: (body: Float, legs: Float) {
        switch self {
        case .hoofed, .canine: (1, 1)
        case .heavy: (1.3, 1.6)
        case .elephant: (1.45, 2.1)
        case .giraffe: (0.85, 0.75)
        }
    }

    /// Where the head is carried above the shoulders, and how long the snout is: horses
    /// hold theirs high on a long neck, bears low with a short muzzle.
    var head: (height: Float, snout: Float) {
        switch self {
        case .hoofed, .canine: (0.55, 0.38)
        case .heavy: (0.28, 0.26)
        case .elephant: (0.42, 0.3)
        case .giraffe: (1.75, 0.34)
        }
    }
}
