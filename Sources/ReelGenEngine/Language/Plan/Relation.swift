/// How one subject stands to another: "a knight on horseback", "a man holding an umbrella",
/// "a boy with his dog". Staging resolves each from what the other thing affords (a saddle,
/// a seat aboard, shoulders, a hand, a table top, a leaf to perch on).
public struct Relation: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        /// Carried by the other, seated: astride a horse or a bike, aboard a boat, on shoulders.
        case rides
        /// On top of the other, standing or perched: a cat on a fence, a ladybug on a leaf.
        case on
        /// In the hand.
        case holds
        /// Eating the other, which is food: set on a table before a person, on the ground
        /// before an animal.
        case eats
        /// At the other's side: a pet beside its person, a ball or flowers before an animal.
        case beside
        /// Dressed in the other: "a girl in a yellow raincoat".
        case wears

        /// Whether the other thing bears the subject's weight, which goes where it goes.
        public var carries: Bool {
            self == .rides || self == .on
        }
    }

    /// Index into `ScenePlan.subjects` of who or what is placed.
    public var subject: Int
    public var kind: Kind
    /// Index into `ScenePlan.subjects` of what it is placed by.
    public var object: Int

    /// Whether this is food on a plant, which grows there rather than being served:
    /// "oranges on a tree branch". `subjects` are the plan's.
    func isFruit(among subjects: [Subject]) -> Bool {
        kind == .on && subjects[subject].category == .food && subjects[object].category == .plant
    }

    /// Whether this is someone in a building, "people praying in a chapel": they are inside
    /// it, and the building is the room around them. `subjects` are the plan's.
    func isInside(among subjects: [Subject]) -> Bool {
        kind == .rides && subjects[object].category == .building && subjects[subject].category != .building
    }

    public init(_ subject: Int, _ kind: Kind, _ object: Int) {
        self.subject = subject
        self.kind = kind
        self.object = object
    }
}
