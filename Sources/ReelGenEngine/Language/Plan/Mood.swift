/// The feeling the grade and light should carry.
public enum Mood: String, Codable, CaseIterable, Sendable {
    case neutral, menacing, serene, joyful, mysterious, epic, romantic, melancholic, tense, playful
}
