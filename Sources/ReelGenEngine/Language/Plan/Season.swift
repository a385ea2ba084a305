/// The time of year the prompt names: it colours the trees (autumn leaves, spring blossom).
public enum Season: String, Codable, CaseIterable, Sendable {
    case spring, summer, autumn, winter
}
