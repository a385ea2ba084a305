extension Lexicon {
    /// People, alone and in groups; professions and relatives reach "person" through WordNet.
    static let people: [LexiconEntry] = [[LexiconEntry]]([
        .subject("person", .person, also: "human, individual, someone, somebody, adult, human being", habitat: .park, generic: true),
        .subject("man", .person, also: "guy, gentleman, male, boyfriend, husband, father, dad", habitat: .cityStreet),
        .subject("woman", .person, also: "lady, female, girlfriend, wife, mother, mom", habitat: .cityStreet),
        .subject("boy", .person, also: "son, schoolboy, teenage boy", size: .small, habitat: .park),
        .subject("girl", .person, also: "daughter, schoolgirl, teenage girl", size: .small, habitat: .park),
        .subject("child", .person, also: "kid, toddler, youngster, teenager", size: .small, habitat: .park),
        .subject("baby", .person, also: "infant", size: .tiny, habitat: .livingRoom),
        .subject("person", .person, spelled: "people, persons, friends, folks", habitat: .park, count: 3),
        .subject("person", .person, spelled: "couple, pair of people", habitat: .park, count: 2),
        .subject("family", .person, spelled: "family", habitat: .park, count: 4),
        .subject("person", .person, spelled: "crowd, audience, spectators", habitat: .plaza, count: 12),
        .subject("knight", .person, also: "warrior, soldier, samurai", habitat: .plains),
        .subject("astronaut", .person, also: "spaceman", habitat: .space),
        .subject("robot", .person, also: "android, cyborg", habitat: .cityStreet),
    ]).flatMap { $0 }
}
