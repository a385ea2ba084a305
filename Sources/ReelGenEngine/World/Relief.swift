/// The broad shape of the land, chosen from the plan's setting and features.
enum Relief: Sendable {
    case mountains, hills, plains, dunes, shore, flat
}
