/// Chooses the one setting the World builds: the most specific place the prompt names, else
/// where its subjects live, else what its features suggest, else a seeded open landscape.
/// Other named places become features ("a castle by a lake in the mountains").
struct SettingPlanner: Sendable {
    /// Places that are better as a feature of a larger setting when anything else is named.
    private static let minorSettings: Set<Setting> = [.sky, .interior, .bridge, .road]

    private static let featureOfSetting: [Setting: SceneFeature] = [
        .mountains: .mountainRange, .lake: .lake, .river: .river, .waterfall: .waterfall, .ocean: .sea, .beach: .sea,
        .bridge: .bridge, .road: .road, .cityStreet: .buildings, .cityskyline: .skyscrapers, .forest: .trees, .jungle: .trees,
        .desert: .dunes, .station: .railway, .village: .house, .park: .trees, .garden: .flowers, .meadow: .grass, .plains: .grass, .savanna: .grass,
    ]

    private static let settingOfFeature: [(SceneFeature, Setting)] = [
        (.tallestPeak, .mountains), (.mountainRange, .mountains), (.volcano, .mountains), (.glacier, .snowfield), (.dunes, .desert),
        (.canyon, .desert), (.cliffs, .beach), (.sea, .ocean), (.skyscrapers, .cityskyline), (.buildings, .cityStreet),
        (.neonSigns, .cityStreet), (.lampposts, .cityStreet), (.trees, .forest), (.flowers, .meadow), (.grass, .meadow),
        (.railway, .plains), (.castle, .hills), (.aurora, .snowfield), (.stars, .desert), (.clouds, .sky),
        (.snowCover, .snowfield), (.moon, .lake), (.graves, .hills),
    ]

    /// Ground no room has: named, it takes a subject that lives indoors outside ("a cat
    /// sitting on the grass", "a baby in the snow").
    private static let outdoorGround: Set<SceneFeature> = [
        .grass, .trees, .snowCover, .sea, .dunes, .mountainRange, .tallestPeak, .glacier, .canyon, .cliffs, .volcano,
    ]

    /// Subjects that say most about where a scene is come first: a gorilla with a carrot is in
    /// the jungle, a person with a carrot in the kitchen.
    private static let placeDefiningOrder: [Subject.Category] = [
        .fish, .boat, .train, .aircraft, .vehicle, .dragon, .quadruped, .reptile, .bird, .insect, .food, .plant, .building, .object, .person,
    ]

    /// Animals that come indoors onto furniture: a dog on a bed, a cat on a sofa.
    private static let comesIndoors: Set<Subject.Category> = [.quadruped, .reptile, .bird, .insect]

    private func habitat(of subjects: [(category: Subject.Category, habitat: Setting?)]) -> Setting? {
        let defining = Self.placeDefiningOrder.lazy.compactMap { category in
            subjects.first { $0.category == category && $0.habitat != nil && $0.habitat != .sky }
        }.first ?? subjects.first { $0.habitat != nil }
        guard let defining, let found = defining.habitat else { return nil }
        let room = subjects.first { $0.category == .object && $0.habitat.map(Setting.rooms.contains) == true }?.habitat
        // An animal that lives outdoors is indoors with furniture that stays in: "a dog lying on the bed".
        guard Setting.rooms.contains(found) else { return Self.comesIndoors.contains(defining.category) ? room ?? found : found }
        // A pet that lives indoors is outdoors with a thing that stays out: "a cat on a fence",
        // "a dog playing with a soccer ball".
        return subjects.first { $0.category == .object && $0.habitat.map { !Setting.rooms.contains($0) && $0 != .sky } == true }?.habitat ?? found
    }

    /// A subject's indoor habitat, unless the prompt names ground no room has: then the
    /// setting that ground suggests.
    private func outdoors(_ features: [SceneFeature], over habitat: Setting?) -> Setting? {
        guard let habitat, Setting.rooms.contains(habitat) else { return habitat }
        return Self.settingOfFeature.first { Self.outdoorGround.contains($0.0) && features.contains($0.0) }?.1 ?? habitat
    }

    func plan(named: [Setting], subjectHabitats: [(category: Subject.Category, habitat: Setting?)], features: [SceneFeature], choice: SeededChoice) -> (setting: Setting, features: [SceneFeature]) {
        let major = named.filter { !Self.minorSettings.contains($0) }
        let setting = major.first
            ?? named.first { $0 != .sky && $0 != .interior }
            ?? named.first { $0 == .interior }
            ?? outdoors(features, over: habitat(of: subjectHabitats))
            ?? Self.settingOfFeature.first { features.contains($0.0) }?.1
            ?? named.first
            ?? choice.pick([.meadow, .hills, .plains, .forest], for: "setting")
        var allFeatures = features
        for other in named where other != setting {
            if let feature = Self.featureOfSetting[other], !allFeatures.contains(feature) { allFeatures.append(feature) }
        }
        return (setting, allFeatures.uniqued())
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
