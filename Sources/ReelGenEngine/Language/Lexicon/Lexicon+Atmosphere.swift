extension Lexicon {
    /// Light, weather and mood words.
    static let atmosphere: [LexiconEntry] = timesOfDay + weathers + moods

    static let timesOfDay: [LexiconEntry] = [
        LexiconEntry("dawn, sunrise, daybreak, first light, early morning", .timeOfDay(.dawn)),
        LexiconEntry("morning", .timeOfDay(.morning)),
        LexiconEntry("noon, midday, high noon", .timeOfDay(.noon)),
        LexiconEntry("afternoon, daytime, daylight, day, broad daylight", .timeOfDay(.afternoon)),
        LexiconEntry("golden hour, golden light, magic hour", .timeOfDay(.goldenHour)),
        LexiconEntry("sunset, sundown", .timeOfDay(.sunset)),
        LexiconEntry("dusk, twilight, evening, blue hour, nightfall", .timeOfDay(.dusk)),
        LexiconEntry("night, nighttime, midnight, night time, tonight, at night, moonlit", .timeOfDay(.night)),
    ]

    static let weathers: [LexiconEntry] = [
        LexiconEntry("clear, sunny, clear sky, cloudless, blue sky", .weather(.clear)),
        LexiconEntry("cloudy, clouded, partly cloudy", .weather(.cloudy)),
        LexiconEntry("overcast, grey sky, gray sky, gloomy, dull", .weather(.overcast)),
        LexiconEntry("storm, stormy, thunderstorm, tempest, hurricane, typhoon, tornado", .weather(.storm)),
        LexiconEntry("lightning, thunder, lightning bolt", .weather(.lightning)),
        LexiconEntry("rain, rainy, raining, rainfall, drizzle, downpour, shower, raindrop", .weather(.rain)),
        // Snow falling; snow lying on the land is a feature ("snow", "snowy").
        LexiconEntry("snowing, snowfall, snowflake, blizzard, snowstorm, falling snow, fall snow, snow fall, snow pour, flurry, flurries", .weather(.snow)),
        LexiconEntry("fog, foggy, smog", .weather(.fog)),
        LexiconEntry("mist, misty, haze, hazy", .weather(.mist)),
        LexiconEntry("dust, dusty, sandstorm, dust storm", .weather(.dust)),
        LexiconEntry("wind, windy, breeze, breezy, gust, gale", .weather(.wind)),
    ]

    static let moods: [LexiconEntry] = [
        LexiconEntry("menacing, evil, dark, sinister, ominous, threatening, scary, creepy, terrifying, frightening, monstrous, fierce, angry, furious, vicious, wicked, demonic, haunted, horror, deadly, aggressive, savage", .mood(.menacing)),
        LexiconEntry("autumn, autumnal, fall season, autumn season, in the fall, fall foliage, fall colors, fall colours", .season(.autumn)),
        LexiconEntry("springtime, spring season, in spring, in the spring", .season(.spring)),
        LexiconEntry("summer, summertime, summer season", .season(.summer)),
        LexiconEntry("serene, calm, peaceful, tranquil, quiet, relaxing, relaxed, gentle, soothing, idyllic, lazy, scenic, picturesque", .mood(.serene)),
        LexiconEntry("joyful, happy, cheerful, joyous, fun, festive, celebrating, celebration, party, smiling, laughing, bright, sunny day, excited", .mood(.joyful)),
        LexiconEntry("mysterious, mystical, magical, enchanted, eerie, abandoned, ancient, ghostly, secret, surreal, dreamy, fantasy", .mood(.mysterious)),
        LexiconEntry("epic, majestic, grand, dramatic, heroic, mighty, powerful, massive, awe inspiring, breathtaking, spectacular, cinematic", .mood(.epic)),
        LexiconEntry("romantic, love, loving, kissing, tender, intimate", .mood(.romantic)),
        LexiconEntry("sad, melancholic, melancholy, lonely, sorrowful, somber, sombre, mournful, nostalgic, desolate, empty", .mood(.melancholic)),
        LexiconEntry("tense, anxious, chase, chasing, danger, dangerous, urgent, frantic, panic, suspenseful", .mood(.tense)),
        LexiconEntry("playful, cute, funny, silly, whimsical, adorable, curious, mischievous, goofy", .mood(.playful)),
    ]
}
