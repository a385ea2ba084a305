extension Lexicon {
    /// Made things that are not vehicles or buildings; WordNet's "artifact" catches the rest.
    static let objects: [LexiconEntry] = [[LexiconEntry]]([
        .subject("object", .object, spelled: "artifact, artefact, instrumentality, device, equipment, furniture, container, toy", size: .small, habitat: .interior, generic: true),
        .subject("ball", .object, kinds: "football, soccer ball, basketball, balloon ball", size: .tiny, habitat: .park),
        .subject("chair", .object, kinds: "sofa, couch, bench, table, desk, bed", habitat: .livingRoom),
        .subject("cup", .object, kinds: "mug, glass, bowl, plate, bottle, jar, pot, pan, teapot, kettle", size: .tiny, habitat: .kitchen),
        .subject("book", .object, kinds: "notebook, newspaper, letter, map", size: .tiny, habitat: .interior),
        .subject("phone", .object, kinds: "smartphone, cellphone, laptop, computer, television, tv, tablet", size: .tiny, habitat: .interior),
        .subject("guitar", .object, kinds: "piano, violin, drum, ukulele, instrument, musical instrument", size: .small, habitat: .studio),
        .subject("umbrella", .object, kinds: "kite, flag, lantern, candle holder", size: .small, habitat: .cityStreet),
        .subject("sword", .object, kinds: "knife, shield, wand, staff", size: .small, habitat: .plains),
        .subject("clock", .object, kinds: "lamp, mirror, vase, clay pot", size: .small, habitat: .interior),
    ]).flatMap { $0 }
}
