import Foundation

extension PlantModel {
    /// The shape a plant grows into.
    enum Form: String, Sendable {
        case flowers, foliage, succulent, cactus, mushrooms, sprig, bush, broadleafTree, bareTree, conifer, palm

        /// Whether it has a trunk and a crown, which stand bare when the prompt says so.
        var isTree: Bool {
            self == .broadleafTree || self == .conifer || self == .palm
        }

        /// Height in metres at medium size.
        var height: Float {
            switch self {
            case .flowers: 0.5
            case .foliage: 0.7
            case .succulent: 0.22
            case .cactus: 1.8
            case .mushrooms: 0.12
            case .sprig: 0.6
            case .bush: 1.3
            case .broadleafTree: 9
            case .bareTree: 8
            case .conifer: 11
            case .palm: 10
            }
        }

        /// Where an insect on it sits, in heights: on the blooms, the leaves or the cap.
        var perch: Float {
            switch self {
            case .flowers: 0.92
            case .sprig, .foliage, .bush: 0.75
            case .succulent, .mushrooms: 0.8
            default: 0.9
            }
        }

        /// How far the wind bends the top, in heights: stems flutter, trunks barely move.
        var windStrength: Float {
            switch self {
            case .flowers, .sprig, .foliage: 0.07
            case .succulent, .cactus, .mushrooms: 0
            case .bush: 0.025
            case .broadleafTree, .bareTree, .conifer: 0.012
            case .palm: 0.03
            }
        }
    }

    /// How a flower is shaped, in plant heights.
    struct Bloom: Sendable {
        var stems = 7
        var petals = 6
        var layers = 1
        var size: Float = 0.12
        var petalWidth: Float = 0.55
        /// How far petals turn up out of the bloom's plane: 0 lies flat, 2 is a closed cup.
        var cup: Float = 0.4
        /// The heart's radius as a share of the petal length.
        var heart: Float = 0.25
        /// How far blooms turn from the sky toward the lens: 2 is facing it.
        var turn: Float = 0.4

        init(concept: String) {
            switch concept {
            case "rose": (stems, petals, layers, size, petalWidth, cup, heart) = (3, 7, 3, 0.12, 0.9, 1.3, 0.2)
            case "tulip": (stems, petals, layers, size, petalWidth, cup, heart) = (5, 6, 1, 0.12, 0.7, 2.4, 0.1)
            case "sunflower": (stems, petals, layers, size, petalWidth, cup, heart, turn) = (3, 24, 1, 0.13, 0.3, 0.1, 0.45, 2)
            case "daisy", "chamomile", "marigold": (stems, petals, layers, size, petalWidth, cup, heart) = (7, 14, 1, 0.06, 0.3, 0.1, 0.35)
            case "lily", "orchid", "lotus", "magnolia", "hibiscus": (stems, petals, layers, size, petalWidth, cup, heart) = (3, 6, 1, 0.12, 0.5, 0.6, 0.12)
            case "lavender": (stems, petals, layers, size, petalWidth, cup, heart) = (11, 4, 1, 0.04, 0.5, 2.5, 0.3)
            default: break
            }
        }
    }

    /// What the prompt asks to see: the form, its colours, and whether it is potted, autumnal
    /// or in blossom.
    struct Species: Sendable {
        var form: Form
        var bloom: Bloom
        /// Linear albedo of the leaves, stems or bark, flowers (or caps, or leaf tips), their hearts, and the pot.
        var leaf = SIMD3<Float>(0.03, 0.09, 0.018)
        var stem = SIMD3<Float>(0.04, 0.08, 0.02)
        var bloomColor = SIMD3<Float>(0.6, 0.05, 0.08)
        var heart = SIMD3<Float>(0.6, 0.4, 0.02)
        var pot = SIMD3<Float>(0.32, 0.11, 0.05)
        var potted = false
        var autumn = false
        var blossoms = false
        /// Fruit hanging in the crown, in its colour: "oranges on a tree branch".
        var fruit: SIMD3<Float>?
        /// Metres tall at medium size.
        var height: Float

        init(form: Form) {
            self.form = form
            bloom = Bloom(concept: "flower")
            height = form.height
        }

        private static let bareWords: Set<String> = ["leafless", "bare", "dead", "dry", "dried", "withered", "naked", "barren", "fallen"]
        private static let autumnWords: Set<String> = ["autumn", "autumnal", "fall", "golden", "orange", "maple"]
        private static let blossomWords: Set<String> = ["blossom", "blossoming", "cherry", "cherry tree", "sakura", "flowering", "blooming"]
        private static let potWords: Set<String> = ["pot", "potted", "jar", "vase", "planter", "indoor", "bonsai", "houseplant"]
        /// Flower colours for a flower the prompt does not colour: red, yellow, white, pink, purple.
        private static let flowerColors: [SIMD3<Float>] = [
            SIMD3(0.6, 0.03, 0.05), SIMD3(0.75, 0.5, 0.02), SIMD3(0.75, 0.74, 0.7), SIMD3(0.7, 0.2, 0.35), SIMD3(0.3, 0.1, 0.5),
        ]

        /// The species of `subject`, drawn from its catalogue row; `leaves` is a leaf subject
        /// named with it ("a tree with golden leaves") whose colour and words are the plant's own.
        init(subject: Subject, entry: CatalogueEntry?, leaves: Subject? = nil, indoors: Bool, season: Season? = nil, random: inout SeededGenerator) {
            let words = Self.words(of: subject, leaves: leaves)
            let bare = !words.isDisjoint(with: Self.bareWords)
            form = Self.form(of: subject, entry: entry, leaves: leaves)
            bloom = Bloom(concept: subject.concept.lowercased())
            height = Self.height(of: subject, entry: entry)
            autumn = (season == .autumn || !words.isDisjoint(with: Self.autumnWords)) && form != .flowers && form != .conifer
            potted = !words.isDisjoint(with: Self.potWords) || (indoors && form.height < 2)
            blossoms = !words.isDisjoint(with: Self.blossomWords) && form != .flowers
            bloomColor = Self.flowerColors[Int(random.next() % UInt64(Self.flowerColors.count))]
            bloomColor = entry?.color(0) ?? bloomColor
            heart = entry?.color(1) ?? heart
            switch form {
            case .succulent:
                leaf = SIMD3(0.045, 0.1, 0.07)
                bloomColor = SIMD3(0.25, 0.06, 0.1)
            case .cactus: leaf = SIMD3(0.04, 0.12, 0.05)
            case .mushrooms:
                stem = SIMD3(0.6, 0.56, 0.48)
                bloomColor = SIMD3(0.3, 0.14, 0.06)
            case .conifer: leaf = SIMD3(0.02, 0.07, 0.03)
            case .palm: stem = SIMD3(0.2, 0.15, 0.09)
            case .broadleafTree, .bareTree, .sprig: stem = SIMD3(0.08, 0.055, 0.035)
            default: break
            }
            if bare { stem *= 0.8 }
            if let named = (leaves ?? subject).color {
                let albedo = named.namedAlbedo
                // A colour names the flowers when there are flowers, and otherwise the leaves (or the cap).
                switch form {
                case .flowers: bloomColor = leaves == nil ? albedo : bloomColor
                case .mushrooms: bloomColor = albedo
                default:
                    if blossoms { bloomColor = albedo } else { leaf = albedo }
                }
                if leaves != nil && form == .flowers { leaf = albedo }
            }
            if indoors { pot = SIMD3(0.5, 0.48, 0.44) }
        }

        /// Metres tall at medium size: the form's, unless the kind is known to be smaller or taller.
        static func height(of subject: Subject, entry: CatalogueEntry?) -> Float {
            let words = words(of: subject, leaves: nil)
            if words.contains("bonsai") { return 0.55 }
            if words.contains("sunflower") { return 1.6 }
            return form(of: subject, entry: entry, leaves: nil).height
        }

        private static func words(of subject: Subject, leaves: Subject?) -> Set<String> {
            Set((subject.attributes + (leaves?.attributes ?? [])).map { $0.lowercased() }).union([subject.concept.lowercased()])
        }

        /// The form of the plant's catalogue row ("a pine tree" is a conifer); a tree the
        /// prompt calls bare, dead or leafless stands bare.
        static func form(of subject: Subject, entry: CatalogueEntry?, leaves: Subject?) -> Form {
            let form = entry?.form.flatMap(Form.init(rawValue:)) ?? .foliage
            let bare = !words(of: subject, leaves: leaves).isDisjoint(with: bareWords)
            return bare && form.isTree ? .bareTree : form
        }
    }
}
