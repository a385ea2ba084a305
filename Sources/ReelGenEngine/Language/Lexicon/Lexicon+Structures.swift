extension Lexicon {
    /// Buildings as subjects of a shot ("an old church", "a tree house").
    static let structures: [LexiconEntry] = [
        .subject("building", .building, also: "edifice, structure, construction", size: .huge, habitat: .cityStreet, generic: true),
        .subject("house", .building, also: "home, cottage, cabin, hut, villa, mansion, farmhouse, bungalow, apartment", size: .large, habitat: .village),
        .subject("church", .building, also: "cathedral, chapel, church building, temple, mosque, synagogue, shrine, monastery", size: .huge, habitat: .village),
        .subject("castle", .building, also: "palace, fortress, citadel, fort", size: .huge, habitat: .hills),
        .subject("tower", .building, also: "lighthouse, windmill, spire, minaret, steeple", size: .huge, habitat: .hills),
        .subject("skyscraper", .building, also: "high rise, tower block, office building", size: .huge, habitat: .cityskyline),
        .subject("ruin", .building, also: "ruins, coliseum, colosseum, amphitheater, pyramid", size: .huge, habitat: .desert),
        .subject("barn", .building, also: "shed, stable, greenhouse, warehouse, factory", size: .large, habitat: .farmland),
        .subject("statue", .object, also: "sculpture, monument, fountain", size: .large, habitat: .plaza),
    ]
}
