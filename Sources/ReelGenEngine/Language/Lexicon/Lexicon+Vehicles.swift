extension Lexicon {
    /// Things that carry people, on roads, rails, water and in the air. Road and rail vehicles
    /// are medium: each model's form carries its real length (a bus 12 m, a train 64 m).
    static let vehicles: [LexiconEntry] = [[LexiconEntry]]([
        .subject("car", .vehicle, also: "automobile, auto, sedan, taxi, cab, jeep, suv, sports car, police car, motorcar", habitat: .road),
        .subject("car", .vehicle, spelled: "traffic, heavy traffic, rush hour traffic", habitat: .road, count: 8),
        .subject("truck", .vehicle, also: "lorry, van, pickup, fire truck, ambulance", habitat: .road),
        .subject("bus", .vehicle, also: "coach, double decker", habitat: .cityStreet),
        .subject("tractor", .vehicle, also: "harvester, combine harvester, bulldozer, excavator", habitat: .farmland),
        .subject("motorcycle", .vehicle, also: "motorbike, scooter, moped", habitat: .road),
        .subject("bicycle", .vehicle, also: "bike, cycle", habitat: .road),
        .subject("vehicle", .vehicle, also: "conveyance, wheeled vehicle, motor vehicle", habitat: .road, generic: true),
        .subject("airplane", .aircraft, also: "plane, aeroplane, jet, airliner, fighter jet", size: .large, habitat: .sky),
        .subject("helicopter", .aircraft, also: "chopper", size: .large, habitat: .sky),
        .subject("drone", .aircraft, also: "quadcopter", size: .small, habitat: .sky),
        .subject("balloon", .aircraft, also: "hot air balloon, airship, blimp", size: .large, habitat: .sky),
        .subject("rocket", .aircraft, also: "spaceship, spacecraft, space shuttle, ufo", size: .large, habitat: .space),
        .subject("aircraft", .aircraft, also: "heavier than air craft", size: .large, habitat: .sky, generic: true),
        .subject("boat", .boat, also: "ferry, raft, speedboat", kinds: "sailboat, yacht, canoe, kayak, rowboat, dinghy", habitat: .lake),
        .subject("ship", .boat, also: "cruise ship, cargo ship, tanker, liner, steamship, battleship, pirate ship", size: .huge, habitat: .ocean),
        .subject("boat", .boat, also: "watercraft", habitat: .ocean, generic: true),
        .subject("train", .train, also: "locomotive, railway train, railroad train, steam train, freight train", habitat: .plains),
        .subject("metro", .train, also: "subway, subway train, underground, tram, streetcar, trolley, monorail", habitat: .station),
    ]).flatMap { $0 }
}
