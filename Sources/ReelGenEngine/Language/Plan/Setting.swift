/// The place the clip is set in; the World stage builds terrain, sky and set dressing from it.
public enum Setting: String, Codable, CaseIterable, Sendable {
    case mountains, hills, plains, savanna, meadow, farmland, desert, snowfield, forest, jungle
    case ocean, beach, lake, river, waterfall, underwater
    case cityStreet, cityskyline, village, park, garden, plaza, station, road, bridge
    case interior, kitchen, livingRoom, restaurant, studio, bedroom, office, gym, bathroom, hospital, chapel
    case space, sky
}

extension Setting {
    /// The settings inside a room, which the World stage builds as a set.
    static let rooms: Set<Setting> = [.interior, .kitchen, .livingRoom, .restaurant, .studio, .bedroom, .office, .gym, .bathroom, .hospital, .chapel]
}
