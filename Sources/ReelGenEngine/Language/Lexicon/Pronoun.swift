/// A pronoun that refers back to a subject ("it", "she", "they").
enum Pronoun: Hashable, Sendable {
    case neuter, masculine, feminine, plural
}
