/// What the World stage reads off a plan beyond its plain fields.
extension ScenePlan {
    /// The land shape: mountains when asked for peaks, dunes in deserts, a shore by the sea,
    /// a lake or a river in the countryside or the mountains when the prompt names one (a
    /// mountain lake is a lake with mountains beyond its far shore), except under the one
    /// tallest peak, which needs the mountains' own relief.
    var relief: Relief {
        if features.contains(.tallestPeak) { return .mountains }
        let countryside: Set<Setting> = [.hills, .forest, .jungle, .village, .farmland, .plains, .savanna, .meadow, .park, .garden, .mountains]
        if setting == .lake || (countryside.contains(setting) && features.contains(.lake)) { return .lake }
        if setting == .river || (countryside.contains(setting) && features.contains(.river)) { return .river }
        if isMountainous { return .mountains }
        switch setting {
        case .mountains: return .mountains
        case .lake: return .lake
        case .river: return .river
        // Snow lies in drifts over rolling land, never as one flat white sheet.
        case .hills, .forest, .jungle, .village, .farmland, .waterfall, .snowfield: return .hills
        case .plains, .savanna, .meadow, .park, .garden, .sky, .space, .underwater: return .plains
        // A highway crosses the flat of a desert, not its dunes.
        case .desert: return features.contains(.road) ? .plains : .dunes
        case .ocean, .beach: return .shore
        case .cityStreet, .cityskyline, .plaza, .station, .road, .bridge, .interior, .kitchen, .livingRoom, .restaurant, .studio,
             .bedroom, .office, .gym, .bathroom, .hospital, .chapel:
            return .flat
        }
    }

    /// Whether the prompt asks for mountains, as the setting or as a feature of another.
    var isMountainous: Bool {
        let mountainous: Set<SceneFeature> = [.tallestPeak, .mountainRange, .volcano, .glacier, .cliffs, .canyon]
        return setting == .mountains || !mountainous.isDisjoint(with: features)
    }

    /// Whether snow lies everywhere, down to the valley floor: in snowfields, where it falls,
    /// where the prompt says the land is snowy.
    var isSnowbound: Bool {
        setting == .snowfield || weather.contains(.snow) || features.contains(.snowCover)
    }

    /// Whether the negative prompt removed a concept (matched loosely: "tree" removes "trees").
    func removes(_ concept: String) -> Bool {
        removed.contains { word in
            let word = word.lowercased()
            return word == concept || word.hasPrefix(concept) || concept.hasPrefix(word)
        }
    }

    /// Whether the clip is filmed beneath the sea: the water is all around, not a surface.
    var isUnderwater: Bool {
        setting == .underwater
    }

    /// Whether there is a water surface in the scene: a sea, lake or river above water.
    var hasWater: Bool {
        guard !isUnderwater else { return false }
        let watery: Set<Setting> = [.ocean, .beach, .lake, .river, .waterfall]
        return (watery.contains(setting) || !Set<SceneFeature>([.sea, .lake, .river, .waterfall]).isDisjoint(with: features)) && !removes("water")
    }

    /// Whether the prompt happens inside a room, which the World stage builds as a set.
    var isIndoors: Bool {
        Setting.rooms.contains(setting)
    }

    var isNight: Bool {
        timeOfDay == .night || look.kind == .cyberpunk
    }
}
