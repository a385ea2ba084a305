/// Natural coats and plumage for named animals (linear RGB): a fox is rust with a cream
/// belly, an elephant grey, a swan white, a crow black, so the colour alone says which
/// animal it is.
extension CreaturePalette {
    /// Coat and belly by the first name found in the concept. A colour the prompt names
    /// tints it, unless it is the animal's own ("a brown bear", "a red fox"): then the
    /// species' coat says it better than the word's paint colour.
    static func coat(for concept: String, named color: SIMD3<Float>?) -> CreaturePalette {
        let name = concept.lowercased()
        let known = coats.first { name.contains($0.name) }
        let (skin, belly) = known.map { ($0.skin, $0.belly) } ?? (SIMD3(0.25, 0.14, 0.07), SIMD3(0.45, 0.35, 0.25))
        let palette = CreaturePalette(skin: skin, belly: belly, membrane: .zero, horn: SIMD3(0.1, 0.08, 0.06), eye: .zero)
        guard let color, known == nil || naturalTone(color) == color else { return palette }
        return .tinted(naturalTone(color), base: palette)
    }

    /// Plumage by the first bird named in the concept (back, breast; the beak in `horn`);
    /// unknown birds are brown above and pale below. A named colour tints it as for coats.
    static func plumage(for concept: String, named color: SIMD3<Float>?) -> CreaturePalette {
        let name = concept.lowercased()
        let known = plumages.first { name.contains($0.name) }
        let (skin, belly, beak) = known.map { ($0.back, $0.breast, $0.beak) }
            ?? (SIMD3(0.12, 0.1, 0.09), SIMD3(0.5, 0.45, 0.4), SIMD3(0.6, 0.45, 0.1))
        let palette = CreaturePalette(skin: skin, belly: belly, membrane: skin * 0.7, horn: beak, eye: .zero)
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

    private static let plumages: [(name: String, back: SIMD3<Float>, breast: SIMD3<Float>, beak: SIMD3<Float>)] = [
        ("swan", SIMD3(0.8, 0.8, 0.78), SIMD3(0.78, 0.78, 0.76), SIMD3(0.7, 0.2, 0.03)),
        ("duck", SIMD3(0.12, 0.08, 0.05), SIMD3(0.3, 0.2, 0.12), SIMD3(0.6, 0.45, 0.05)),
        ("mallard", SIMD3(0.12, 0.08, 0.05), SIMD3(0.3, 0.2, 0.12), SIMD3(0.6, 0.45, 0.05)),
        ("goose", SIMD3(0.2, 0.18, 0.15), SIMD3(0.55, 0.52, 0.47), SIMD3(0.6, 0.3, 0.05)),
        ("geese", SIMD3(0.2, 0.18, 0.15), SIMD3(0.55, 0.52, 0.47), SIMD3(0.6, 0.3, 0.05)),
        ("gull", SIMD3(0.45, 0.47, 0.5), SIMD3(0.8, 0.8, 0.8), SIMD3(0.7, 0.55, 0.05)),
        ("pigeon", SIMD3(0.2, 0.21, 0.24), SIMD3(0.3, 0.3, 0.34), SIMD3(0.1, 0.08, 0.07)),
        ("dove", SIMD3(0.55, 0.52, 0.5), SIMD3(0.65, 0.6, 0.58), SIMD3(0.1, 0.08, 0.07)),
        ("crow", SIMD3(0.015, 0.015, 0.02), SIMD3(0.02, 0.02, 0.025), SIMD3(0.02, 0.02, 0.02)),
        ("raven", SIMD3(0.015, 0.015, 0.02), SIMD3(0.02, 0.02, 0.025), SIMD3(0.02, 0.02, 0.02)),
        ("eagle", SIMD3(0.08, 0.04, 0.02), SIMD3(0.1, 0.05, 0.025), SIMD3(0.75, 0.55, 0.05)),
        ("hawk", SIMD3(0.15, 0.08, 0.04), SIMD3(0.55, 0.45, 0.35), SIMD3(0.1, 0.09, 0.08)),
        ("owl", SIMD3(0.25, 0.15, 0.08), SIMD3(0.5, 0.4, 0.28), SIMD3(0.2, 0.18, 0.15)),
        ("parrot", SIMD3(0.03, 0.3, 0.04), SIMD3(0.6, 0.05, 0.02), SIMD3(0.8, 0.75, 0.65)),
        ("macaw", SIMD3(0.6, 0.04, 0.02), SIMD3(0.04, 0.15, 0.55), SIMD3(0.8, 0.75, 0.65)),
        ("flamingo", SIMD3(0.8, 0.3, 0.3), SIMD3(0.85, 0.4, 0.4), SIMD3(0.05, 0.04, 0.04)),
        ("heron", SIMD3(0.35, 0.38, 0.42), SIMD3(0.6, 0.6, 0.6), SIMD3(0.6, 0.5, 0.1)),
        ("chicken", SIMD3(0.35, 0.15, 0.05), SIMD3(0.4, 0.2, 0.08), SIMD3(0.7, 0.55, 0.1)),
        ("hen", SIMD3(0.35, 0.15, 0.05), SIMD3(0.4, 0.2, 0.08), SIMD3(0.7, 0.55, 0.1)),
        ("penguin", SIMD3(0.02, 0.02, 0.025), SIMD3(0.85, 0.85, 0.83), SIMD3(0.1, 0.08, 0.07)),
        ("peacock", SIMD3(0.02, 0.2, 0.3), SIMD3(0.02, 0.1, 0.4), SIMD3(0.3, 0.3, 0.28)),
        ("hummingbird", SIMD3(0.05, 0.3, 0.12), SIMD3(0.5, 0.5, 0.45), SIMD3(0.02, 0.02, 0.02)),
        ("robin", SIMD3(0.15, 0.1, 0.07), SIMD3(0.7, 0.2, 0.04), SIMD3(0.3, 0.25, 0.1)),
        ("sparrow", SIMD3(0.2, 0.11, 0.05), SIMD3(0.5, 0.44, 0.36), SIMD3(0.15, 0.12, 0.1)),
        ("canary", SIMD3(0.85, 0.65, 0.05), SIMD3(0.9, 0.75, 0.1), SIMD3(0.8, 0.55, 0.3)),
    ]

    /// Longer names first where one contains another ("polar bear" before "bear").
    private static let coats: [(name: String, skin: SIMD3<Float>, belly: SIMD3<Float>)] = [
        ("fox", SIMD3(0.55, 0.17, 0.04), SIMD3(0.75, 0.72, 0.65)),
        ("wolf", SIMD3(0.2, 0.19, 0.18), SIMD3(0.5, 0.48, 0.44)),
        ("husky", SIMD3(0.2, 0.2, 0.21), SIMD3(0.75, 0.75, 0.74)),
        ("dog", SIMD3(0.2, 0.1, 0.04), SIMD3(0.45, 0.36, 0.26)),
        ("puppy", SIMD3(0.2, 0.1, 0.04), SIMD3(0.45, 0.36, 0.26)),
        ("pomeranian", SIMD3(0.6, 0.33, 0.1), SIMD3(0.7, 0.52, 0.3)),
        ("cat", SIMD3(0.22, 0.2, 0.18), SIMD3(0.5, 0.47, 0.42)),
        ("kitten", SIMD3(0.22, 0.2, 0.18), SIMD3(0.5, 0.47, 0.42)),
        ("lion", SIMD3(0.38, 0.22, 0.07), SIMD3(0.5, 0.38, 0.2)),
        ("tiger", SIMD3(0.6, 0.2, 0.03), SIMD3(0.8, 0.78, 0.7)),
        ("leopard", SIMD3(0.55, 0.38, 0.14), SIMD3(0.75, 0.7, 0.55)),
        ("cheetah", SIMD3(0.55, 0.38, 0.14), SIMD3(0.75, 0.7, 0.55)),
        ("panther", SIMD3(0.02, 0.02, 0.02), SIMD3(0.03, 0.03, 0.03)),
        ("horse", SIMD3(0.2, 0.08, 0.03), SIMD3(0.16, 0.07, 0.03)),
        ("pony", SIMD3(0.3, 0.16, 0.07), SIMD3(0.4, 0.3, 0.2)),
        ("donkey", SIMD3(0.22, 0.2, 0.19), SIMD3(0.55, 0.52, 0.48)),
        ("deer", SIMD3(0.33, 0.17, 0.07), SIMD3(0.7, 0.6, 0.48)),
        ("cow", SIMD3(0.15, 0.09, 0.05), SIMD3(0.6, 0.58, 0.55)),
        ("cattle", SIMD3(0.15, 0.09, 0.05), SIMD3(0.6, 0.58, 0.55)),
        ("sheep", SIMD3(0.7, 0.67, 0.58), SIMD3(0.6, 0.57, 0.5)),
        ("lamb", SIMD3(0.75, 0.72, 0.64), SIMD3(0.65, 0.62, 0.55)),
        ("goat", SIMD3(0.55, 0.52, 0.46), SIMD3(0.6, 0.57, 0.5)),
        ("camel", SIMD3(0.55, 0.4, 0.22), SIMD3(0.6, 0.47, 0.3)),
        ("giraffe", SIMD3(0.34, 0.18, 0.05), SIMD3(0.45, 0.32, 0.16)),
        ("zebra", SIMD3(0.7, 0.7, 0.68), SIMD3(0.75, 0.75, 0.72)),
        ("elephant", SIMD3(0.085, 0.08, 0.075), SIMD3(0.07, 0.065, 0.06)),
        ("polar bear", SIMD3(0.8, 0.78, 0.7), SIMD3(0.75, 0.73, 0.65)),
        ("panda", SIMD3(0.8, 0.8, 0.78), SIMD3(0.02, 0.02, 0.02)),
        ("bear", SIMD3(0.07, 0.035, 0.018), SIMD3(0.09, 0.05, 0.03)),
        ("pig", SIMD3(0.75, 0.42, 0.38), SIMD3(0.8, 0.5, 0.45)),
        ("boar", SIMD3(0.1, 0.07, 0.05), SIMD3(0.15, 0.11, 0.08)),
        ("hippo", SIMD3(0.22, 0.17, 0.18), SIMD3(0.45, 0.3, 0.3)),
        ("rhino", SIMD3(0.28, 0.27, 0.25), SIMD3(0.3, 0.29, 0.27)),
        ("bison", SIMD3(0.09, 0.05, 0.03), SIMD3(0.12, 0.07, 0.04)),
        ("buffalo", SIMD3(0.06, 0.05, 0.05), SIMD3(0.08, 0.07, 0.06)),
        ("rabbit", SIMD3(0.45, 0.38, 0.3), SIMD3(0.7, 0.66, 0.6)),
        ("squirrel", SIMD3(0.45, 0.18, 0.06), SIMD3(0.7, 0.6, 0.45)),
        ("raccoon", SIMD3(0.25, 0.24, 0.23), SIMD3(0.45, 0.44, 0.42)),
    ]
}
