extension Lexicon {
    /// Style words in the prompt; the request's `style` field wins over them.
    static let looks: [LexiconEntry] = [
        LexiconEntry("anime, anime style, manga, studio ghibli, ghibli, japanese animation, cel shaded", .look(.anime)),
        LexiconEntry("comic, comic book, comic style, comic book style, graphic novel, cartoon, cartoon style, pop art", .look(.comic)),
        LexiconEntry("claymation, clay animation, clay style, plasticine, stop motion", .look(.clay)),
        LexiconEntry("3d animation, 3d animated, 3d render, 3d, pixar, pixar style, disney pixar, cgi, animated film", .look(.threeDAnimation)),
        LexiconEntry("cyberpunk, cyberpunk style, synthwave, neon noir, blade runner", .look(.cyberpunk)),
        LexiconEntry("black and white, monochrome, grayscale, greyscale, noir, film noir", .look(.blackAndWhite)),
        LexiconEntry("oil painting, painting style, impressionist, van gogh, painted, oil on canvas", .look(.oilPainting)),
        LexiconEntry("watercolor, watercolour, watercolor painting, watercolour painting, aquarelle", .look(.watercolor)),
        LexiconEntry("pixel art, pixelated, 8 bit, 16 bit, retro game", .look(.pixelArt)),
        LexiconEntry("sketch, pencil sketch, pencil drawing, charcoal drawing, line drawing, drawing, hand drawn", .look(.sketch)),
        LexiconEntry("vintage film, old film, retro film, 8mm, 16mm, super 8, film grain, archival footage, old footage, sepia, vhs", .look(.vintageFilm)),
    ]
}
