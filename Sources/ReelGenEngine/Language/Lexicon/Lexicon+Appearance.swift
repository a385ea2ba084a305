extension Lexicon {
    /// How a subject looks: colour, size and other descriptive words kept as attributes.
    static let appearance: [LexiconEntry] = colors + sizes + attributes

    /// Named colours in sRGB, 0...1.
    static let colors: [LexiconEntry] = [
        ("red", 0.80, 0.10, 0.10), ("crimson", 0.86, 0.08, 0.24), ("scarlet", 1.0, 0.14, 0.0), ("maroon", 0.50, 0.0, 0.0),
        ("orange", 1.0, 0.55, 0.0), ("yellow", 1.0, 0.85, 0.10), ("gold, golden", 0.83, 0.69, 0.22), ("beige", 0.96, 0.96, 0.86),
        ("green", 0.13, 0.55, 0.13), ("lime", 0.50, 1.0, 0.0), ("olive", 0.50, 0.50, 0.0), ("emerald", 0.31, 0.78, 0.47),
        ("teal", 0.0, 0.50, 0.50), ("turquoise, cyan", 0.25, 0.88, 0.82), ("blue", 0.10, 0.30, 0.85), ("navy", 0.0, 0.0, 0.50),
        ("purple, violet", 0.50, 0.0, 0.50), ("lavender", 0.71, 0.49, 0.86), ("magenta", 1.0, 0.0, 1.0), ("pink", 1.0, 0.60, 0.75),
        ("brown", 0.45, 0.28, 0.12), ("tan", 0.82, 0.71, 0.55), ("black", 0.03, 0.03, 0.03), ("white", 0.95, 0.95, 0.95),
        ("gray, grey", 0.50, 0.50, 0.50), ("silver", 0.75, 0.75, 0.75), ("bronze, copper", 0.72, 0.45, 0.20),
    ].map { LexiconEntry($0.0, .color(SIMD3<Float>($0.1, $0.2, $0.3))) }

    static let sizes: [LexiconEntry] = [
        LexiconEntry("tiny, miniature, mini, minuscule, microscopic, baby sized", .size(.tiny)),
        LexiconEntry("small, little, petite", .size(.small)),
        LexiconEntry("medium, medium sized, average", .size(.medium)),
        LexiconEntry("big, large, tall, great", .size(.large)),
        LexiconEntry("huge, giant, gigantic, enormous, colossal, immense, towering, titanic, massive sized", .size(.huge)),
        LexiconEntry("tallest, highest, biggest, largest", .tallest),
    ]

    /// Descriptive words worth keeping on a subject: materials, age, surface, light.
    static let attributes: [LexiconEntry] = [
        LexiconEntry(
            """
            wooden, wood, metal, metallic, steel, iron, stone made, glass made, plastic, paper, ceramic, marble, brick, concrete, \
            golden scaled, crystal, leather, woolen, furry, fluffy, hairy, feathered, scaly, shiny, glossy, rusty, broken, \
            old, young, new, modern, vintage, antique, medieval, futuristic, retro, historic, ruined, wild, domestic, stray, \
            glowing, burning, flaming, sparkling, illuminated, lit, neon lit, colorful, colourful, bright colored, \
            sharp, spiky, long, short, thin, fat, slim, beautiful, elegant, fancy, luxurious, delicious, fresh, hot, cold, \
            wet, dry, frozen, fiery, winged, armored, mechanical, robotic, electric, ghostly white, \
            christmas, halloween, easter, holiday, birthday, wedding, cute looking, young looking, elderly, senior, pregnant, blonde, bearded, shirtless, busy, crowded
            """,
            .attribute
        ),
    ]
}
