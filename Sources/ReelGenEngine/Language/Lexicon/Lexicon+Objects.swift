extension Lexicon {
    /// Made things that are not vehicles or buildings; WordNet's "artifact" catches the rest.
    static let objects: [LexiconEntry] = [
        .subject("object", .object, also: "artifact, artefact, thing, instrumentality, device, equipment, furniture, container, toy", size: .small, habitat: .interior, generic: true),
        .subject("ball", .object, also: "football, soccer ball, basketball, balloon ball", size: .tiny, habitat: .park),
        .subject("chair", .object, also: "sofa, couch, bench, table, desk, bed", habitat: .livingRoom),
        .subject("cup", .object, also: "mug, glass, bowl, plate, bottle, jar, pot, pan, teapot, kettle", size: .tiny, habitat: .kitchen),
        .subject("book", .object, also: "notebook, newspaper, letter, map", size: .tiny, habitat: .interior),
        .subject("phone", .object, also: "smartphone, cellphone, laptop, computer, television, tv, tablet", size: .tiny, habitat: .interior),
        .subject("guitar", .object, also: "piano, violin, drum, ukulele, instrument, musical instrument", size: .small, habitat: .studio),
        .subject("umbrella", .object, also: "kite, flag, lantern, candle holder", size: .small, habitat: .cityStreet),
        .subject("sword", .object, also: "knife, shield, wand, staff", size: .small, habitat: .plains),
        .subject("clock", .object, also: "lamp, mirror, vase, clay pot", size: .small, habitat: .interior),
    ]
}
