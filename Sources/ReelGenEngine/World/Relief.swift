/// The broad shape of the land, chosen from the plan's setting and features. `shore`: land
/// behind the camera and open water to the horizon (sea); `lake`: water enclosed by hilly
/// land; `river`: a channel of water between banks.
enum Relief: Sendable {
    case mountains, hills, plains, dunes, shore, lake, river, flat
}
