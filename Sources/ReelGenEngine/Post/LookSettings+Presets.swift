/// The complete look for a style kind, adjusted by the mood's grade.
extension LookSettings {
    init(kind: Look.Kind, mood: Mood) {
        self.init(kind: kind)
        switch kind {
        case .cinematic, .vintageFilm, .blackAndWhite: break
        case .anime:
            celBands = 3; outline = 0.85; saturation = 1.5; contrast = 1.05; exposure = 1.3; grain = 0; vignette = 0.1; specular = 0.3; ambient = 1.6
            depthOfField = 0.3
        case .comic:
            celBands = 3; outline = 1; saturation = 1.5; contrast = 1.25; grain = 0; vignette = 0; posterize = 5; specular = 0.2
            depthOfField = 0
        case .clay:
            // Matte plasticine under soft studio light: warm, low contrast, no sheen.
            saturation = 1.3; contrast = 0.85; exposure = 1.35; specular = 0.05; ambient = 2.2; grain = 0.008; vignette = 0.3; bloom = 0.02
            shadowTint = SIMD3(1.1, 0.95, 0.85); highlightTint = SIMD3(1.1, 1.02, 0.9); depthOfField = 1.6; posterize = 24
            shutter = 0
        case .threeDAnimation:
            saturation = 1.6; contrast = 1.0; exposure = 1.6; ambient = 2.6; specular = 0.7; grain = 0; vignette = 0.08; bloom = 0.1
            highlightTint = SIMD3(1.05, 1.05, 1.1)
        case .cyberpunk:
            saturation = 1.35; contrast = 1.15; bloom = 0.35; exposure = 1.3; wetGround = true
            shadowTint = SIMD3(0.7, 0.9, 1.45); highlightTint = SIMD3(1.4, 0.75, 1.25)
        case .oilPainting, .watercolor:
            grain = 0; vignette = 0.15; saturation = 1.15; outline = kind == .watercolor ? 0.3 : 0; depthOfField = 0.5
            if kind == .oilPainting {
                // Rich pigment under warm varnish.
                saturation = 1.4; highlightTint = SIMD3(1.1, 1.0, 0.85); contrast = 1.1
            }
        case .pixelArt:
            grain = 0; vignette = 0; posterize = 6; saturation = 1.3; depthOfField = 0; shutter = 0
        case .sketch:
            grain = 0; vignette = 0; outline = 1; depthOfField = 0
        }
        if kind == .blackAndWhite { contrast = 1.25; grain = 0.04 }
        if kind == .vintageFilm { grain = 0.06; vignette = 0.6; contrast = 0.9 }
        applyGrade(for: mood)
    }

    /// Moods push the split toning and contrast without fighting the style.
    private mutating func applyGrade(for mood: Mood) {
        switch mood {
        case .menacing, .tense:
            contrast *= 1.12; saturation *= 0.85; exposure *= 0.85
            shadowTint *= SIMD3(0.85, 0.95, 1.12); highlightTint *= SIMD3(1.12, 0.95, 0.85)
        case .serene, .romantic:
            contrast *= 0.95; highlightTint *= SIMD3(1.06, 1.0, 0.94)
        case .joyful, .playful:
            saturation *= 1.15; exposure *= 1.08
        case .mysterious, .melancholic:
            saturation *= 0.8; shadowTint *= SIMD3(0.9, 0.98, 1.1); exposure *= 0.92
        case .epic:
            contrast *= 1.1; highlightTint *= SIMD3(1.08, 1.0, 0.9)
        case .neutral:
            break
        }
    }
}
