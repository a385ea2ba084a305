/// Natural coats and plumage for animals (linear RGB), from their catalogue rows: a fox is
/// rust with a cream belly, an elephant grey, a swan white, a crow black, so the colour alone
/// says which animal it is.
extension CreaturePalette {
    /// Coat, belly and stripes (in `membrane`, zero for none: a zebra's, a tiger's) as the row
    /// gives them. A colour the prompt names tints it, keeping its stripes, unless it
    /// is the animal's own ("a brown bear", "a red fox"): then the species' coat says it
    /// better than the word's paint colour.
    static func coat(for entry: CatalogueEntry?, named color: SIMD3<Float>?) -> CreaturePalette {
        let known = entry?.color(0)
        let palette = CreaturePalette(skin: known ?? SIMD3(0.25, 0.14, 0.07), belly: entry?.color(1) ?? SIMD3(0.45, 0.35, 0.25),
                                      membrane: entry?.color(2) ?? .zero, horn: SIMD3(0.1, 0.08, 0.06), eye: .zero,
                                      spotted: entry?.has(.spotted) == true)
        guard let color, known == nil || naturalTone(color) == color else { return palette }
        var tinted = CreaturePalette.tinted(naturalTone(color), base: palette)
        tinted.membrane = palette.membrane
        tinted.spotted = palette.spotted
        return tinted
    }

    /// Plumage as the row gives it (back, breast; the beak in `horn`); unknown birds are
    /// brown above and pale below. A named colour tints it as for coats.
    static func plumage(for entry: CatalogueEntry?, named color: SIMD3<Float>?) -> CreaturePalette {
        let known = entry?.color(0)
        let skin = known ?? SIMD3(0.12, 0.1, 0.09)
        let palette = CreaturePalette(skin: skin, belly: entry?.color(1) ?? SIMD3(0.5, 0.45, 0.4), membrane: skin * 0.7,
                                      horn: entry?.color(2) ?? SIMD3(0.6, 0.45, 0.1), eye: .zero)
        guard let color, known == nil || naturalTone(color) == color else { return palette }
        return .tinted(naturalTone(color), base: palette)
    }

    /// Fur and feathers called "red" are rust (a red fox, a red squirrel), never paint red,
    /// and "brown" is the deep brown of a bear or a bay horse, not tan.
    static func naturalTone(_ srgb: SIMD3<Float>) -> SIMD3<Float> {
        let red = srgb.x > 0.6 && srgb.y < 0.3 && srgb.z < 0.3
        let brown = srgb.x > srgb.y && srgb.y > srgb.z && srgb.x < 0.75 && srgb.x - srgb.z > 0.2
        return red ? SIMD3(0.8, 0.36, 0.12) : brown ? SIMD3(0.3, 0.17, 0.08) : srgb
    }
}
