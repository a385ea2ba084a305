extension Lexicon {
    /// Settings and the set pieces placed in them.
    static let places: [LexiconEntry] = settings + [cities] + features

    static let settings: [LexiconEntry] = [
        LexiconEntry("mountain, mountains, mount, peak, summit, alps, mountainside, mountain top, ridge, highlands, massif, range", .setting(.mountains)),
        LexiconEntry("hill, hills, hillside, slope, valley, countryside, country, rural, highland", .setting(.hills)),
        LexiconEntry("plain, plains, prairie, steppe, grassland", .setting(.plains)),
        LexiconEntry("savanna, savannah, safari, serengeti, veldt, bushveld", .setting(.savanna)),
        LexiconEntry("meadow, field, pasture, lawn, clearing", .setting(.meadow)),
        LexiconEntry("farm, farmland, ranch, orchard, vineyard, plantation, rice field, wheat field, cornfield, paddy", .setting(.farmland)),
        LexiconEntry("desert, sahara, badlands, oasis", .setting(.desert)),
        LexiconEntry("snowfield, tundra, arctic, antarctica, antarctic, ice field, snowy landscape, north pole", .setting(.snowfield)),
        LexiconEntry("forest, woods, woodland, grove, nature, wilderness, the wild", .setting(.forest)),
        LexiconEntry("jungle, rainforest, rain forest, tropical forest", .setting(.jungle)),
        LexiconEntry("ocean, sea, open sea, high seas", .setting(.ocean)),
        LexiconEntry("beach, shore, seashore, coast, coastal, seaside, coastline, bay, harbor, harbour, pier, dock, island", .setting(.beach)),
        LexiconEntry("lake, pond, lagoon, pool, swimming pool, water, open water, swamp, marsh, wetland, bog", .setting(.lake)),
        LexiconEntry("river, stream, creek, brook, canal, riverbank, riverside", .setting(.river)),
        LexiconEntry("waterfall, cascade", .setting(.waterfall)),
        LexiconEntry("underwater, under water, under the sea, reef, coral reef, seabed, ocean floor, aquarium", .setting(.underwater)),
        LexiconEntry("street, city, downtown, alley, avenue, sidewalk, intersection, city street, crosswalk, boulevard", .setting(.cityStreet)),
        LexiconEntry("skyline, cityscape, city skyline, metropolis", .setting(.cityskyline)),
        LexiconEntry("village, town, hamlet, suburb, neighborhood", .setting(.village)),
        LexiconEntry("park, playground, zoo, campground", .setting(.park)),
        LexiconEntry("garden, backyard, yard, botanical garden, flower bed", .setting(.garden)),
        LexiconEntry("plaza, square, market, marketplace, courtyard", .setting(.plaza)),
        LexiconEntry("station, railway station, train station, subway station, platform, airport, terminal", .setting(.station)),
        LexiconEntry("road, highway, freeway, motorway, dirt road, lane, racetrack, race track, roadside, parking lot, parking area, car park", .setting(.road)),
        LexiconEntry("bridge, overpass", .setting(.bridge)),
        LexiconEntry("interior, indoor, indoors, inside, room, at home, from home, hall, hallway, corridor, classroom, museum, library, store, shop, mall, home interior, interior design, atrium, lobby, foyer", .setting(.interior)),
        LexiconEntry("bathroom, shower room, washroom, restroom, bathtub, bath tub", .setting(.bathroom)),
        LexiconEntry("hospital room, hospital ward, ward, operating room, emergency room, clinic, hospital bed, intensive care", .setting(.hospital)),
        LexiconEntry("chapel, catholic, church interior, cathedral interior, inside a church, inside the church, nave, altar, pews", .setting(.chapel)),
        LexiconEntry("bedroom, bed room, hotel room, dormitory", .setting(.bedroom)),
        LexiconEntry("office, workplace, cubicle, study room, coworking space", .setting(.office)),
        LexiconEntry("gym, gymnasium, fitness center, fitness centre, fitness studio, health club", .setting(.gym)),
        LexiconEntry("kitchen, bakery", .setting(.kitchen)),
        LexiconEntry("living room, lounge, den, sitting room", .setting(.livingRoom)),
        LexiconEntry("restaurant, cafe, café, coffee shop, bar, diner, pub, cafeteria, dining room, bar counter", .setting(.restaurant)),
        LexiconEntry("studio, recording studio, music studio, home studio, stage, concert", .setting(.studio)),
        LexiconEntry("space, outer space, galaxy, universe, cosmos, nebula, planet", .setting(.space)),
        LexiconEntry("sky, skies, air, heaven, heavens", .setting(.sky)),
    ]

    static let features: [LexiconEntry] = [
        LexiconEntry("volcano, lava, eruption", .feature(.volcano)),
        LexiconEntry("cliff, cliffs, crag, bluff", .feature(.cliffs)),
        LexiconEntry("canyon, gorge, ravine", .feature(.canyon)),
        LexiconEntry("dune, dunes, sand, sand dune", .feature(.dunes)),
        LexiconEntry("glacier, iceberg, ice", .feature(.glacier)),
        LexiconEntry("trees, woods edge, treeline", .feature(.trees)),
        LexiconEntry("flower field, field of flowers, flower meadow", .feature(.flowers)),
        LexiconEntry("grass, grasses, reeds, wheat, crops", .feature(.grass)),
        LexiconEntry("rock, rocks, stone, stones, boulder, boulders, rock formation", .feature(.rocks)),
        LexiconEntry("ground, soil, dirt, mud, terrain, forest floor, floor, flooring", .feature(.ground)),
        LexiconEntry("cloud, clouds", .feature(.clouds)),
        LexiconEntry("star, stars, starry sky, milky way", .feature(.stars)),
        LexiconEntry("moon, full moon, moonlight, crescent", .feature(.moon)),
        LexiconEntry("sun, sunlight, sunshine, sunbeam", .feature(.sun)),
        LexiconEntry("rainbow", .feature(.rainbow)),
        LexiconEntry("aurora, northern lights, aurora borealis", .feature(.aurora)),
        LexiconEntry("buildings, houses, rooftops", .feature(.buildings)),
        LexiconEntry("skyscrapers, high rises", .feature(.skyscrapers)),
        LexiconEntry("railway, railroad, rail, rails, railway track, train track, tracks", .feature(.railway)),
        LexiconEntry("lamppost, street lamp, streetlight, street light, lamp post, traffic light, traffic lights", .feature(.lampposts)),
        LexiconEntry("neon, neon sign, neon light, neon lights, signage, billboard", .feature(.neonSigns)),
        LexiconEntry("fire, flame, flames, bonfire, campfire, blaze, inferno", .feature(.fire)),
        LexiconEntry("smoke, steam, vapor", .feature(.smoke)),
        LexiconEntry("spark, sparks, embers", .feature(.sparks)),
        LexiconEntry("firework, fireworks, firecracker", .feature(.fireworks)),
        LexiconEntry("lanterns, paper lantern, lights, string lights, fairy lights", .feature(.lanterns)),
        LexiconEntry("candle, candles, candlelight", .feature(.candles)),
        LexiconEntry("graveyard, cemetery, churchyard, burial ground, grave, gravestone, tombstone, headstone, tomb", .feature(.graves)),
        LexiconEntry("wave, waves, surf", .feature(.sea)),
        LexiconEntry("snow, snowy, snow covered, snowcapped, snow capped, snowbound, winter, wintry, wintertime", .feature(.snowCover)),
    ]
}

extension Lexicon {
    /// The catalogue rows that scenery names when something is on it: "a fox on a rock"
    /// stands on a boulder, not among the rocks of the land.
    private static let supports: [SceneFeature: String] = [.rocks: "boulder"]

    /// What fruit named on `concept` grows on, where that is part of a tree: the tree
    /// ("oranges on a tree branch"), not a bough with oranges set on it.
    static func tree(bearingFruitOn concept: SubjectConcept, in catalogue: ConceptCatalogue = .standard) -> SubjectConcept? {
        guard catalogue.entry(named: concept.entry)?.has(.perch) == true else { return nil }
        return catalogue.entry(named: "tree").map(SubjectConcept.init)
    }

    /// The thing under whatever is on `feature`, where that scenery names one.
    static func support(for feature: SceneFeature, in catalogue: ConceptCatalogue = .standard) -> SubjectConcept? {
        supports[feature].flatMap(catalogue.entry(named:)).map(SubjectConcept.init)
    }
}
