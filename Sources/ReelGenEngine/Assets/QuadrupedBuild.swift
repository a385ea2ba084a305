/// Body plans within the quadruped family, picked by the concept: a fox should not read
/// as a horse.
enum QuadrupedBuild: Sendable {
    /// Long legs and a thin tail: horses, deer, cattle, goats.
    case hoofed
    /// Short legs, pointed ears and a bushy tail: dogs, foxes, wolves, cats.
    case canine

    init(concept: String) {
        let canines = ["dog", "fox", "wolf", "cat", "puppy", "kitten", "lion", "tiger", "leopard", "cheetah", "coyote", "jackal", "hyena", "panther", "lynx"]
        let name = concept.lowercased()
        self = canines.contains { name.contains($0) } ? .canine : .hoofed
    }

    /// Leg length relative to the hoofed plan.
    var legScale: Float {
        self == .canine ? 0.62 : 1
    }
}
