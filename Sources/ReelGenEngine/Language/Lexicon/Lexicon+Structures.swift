extension Lexicon {
    /// Buildings as subjects of a shot ("an old church", "a tree house").
    static let structures: [LexiconEntry] = [[LexiconEntry]]([
        .subject("building", .building, also: "edifice, structure, construction", size: .huge, habitat: .cityStreet, generic: true),
        .subject("house", .building, kinds: "home, cottage, cabin, hut, villa, mansion, farmhouse, bungalow, apartment", size: .large, habitat: .village),
        .subject("church", .building, kinds: "cathedral, chapel, church building, temple, mosque, synagogue, shrine, monastery", size: .huge, habitat: .village),
        .subject("castle", .building, kinds: "palace, fortress, citadel, fort", size: .huge, habitat: .hills),
        .subject("tower", .building, kinds: "lighthouse, windmill, spire, minaret, steeple", size: .huge, habitat: .hills),
        .subject("skyscraper", .building, kinds: "high rise, tower block, office building", size: .huge, habitat: .cityskyline),
        .subject("ruin", .building, kinds: "coliseum, colosseum, amphitheater, pyramid", size: .huge, habitat: .desert),
        .subject("barn", .building, kinds: "shed, stable, greenhouse, warehouse, factory", size: .large, habitat: .farmland),
        .subject("statue", .object, kinds: "sculpture, monument, fountain", size: .large, habitat: .plaza),
    ]).flatMap { $0 }
}
