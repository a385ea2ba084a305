/// Landscape and set pieces the prompt names, placed by the World stage.
public enum SceneFeature: String, Codable, CaseIterable, Sendable {
    case tallestPeak, mountainRange, volcano, cliffs, canyon, dunes, glacier
    case trees, flowers, grass, rocks, river, lake, waterfall, sea, clouds, stars, moon, sun, rainbow, aurora
    case buildings, skyscrapers, castle, church, tower, house, bridge, road, railway, lampposts, neonSigns
    case fire, smoke, sparks, fireworks, lanterns, candles
    /// Snow lying on the land ("a snowy forest"), as against snow falling (`Weather.snow`).
    case snowCover
    /// Rows of headstones: a graveyard, a cemetery.
    case graves
    /// The ground itself ("a snake on the ground", "a plant in the soil"): every outdoor
    /// scene stands on its terrain, and a room on its floor.
    case ground
}
