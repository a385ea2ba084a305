/// Colours of a building that is the subject, from the material the prompt gave it.
extension CreaturePalette {
    /// Walls from the first material word among `attributes` ("wooden", "brick", "stone"...),
    /// else the row's own (`colors`: walls, roof; a mosque's white walls under a teal dome),
    /// else limewash; the roof and glass follow the walls (shingles on a wooden house).
    static func building(attributes: [String], colors: [SIMD3<Float>] = []) -> CreaturePalette {
        var walls = colors.first ?? SIMD3<Float>(0.62, 0.56, 0.46), roof = colors.dropFirst().first ?? SIMD3<Float>(0.4, 0.12, 0.06)
        for attribute in attributes {
            switch attribute.lowercased() {
            case "wooden", "wood":
                walls = SIMD3(0.2, 0.095, 0.04)
                roof = SIMD3(0.07, 0.05, 0.04)
            case "brick":
                walls = SIMD3(0.3, 0.08, 0.04)
            case "stone made", "medieval", "ruined":
                walls = SIMD3(0.3, 0.28, 0.24)
                roof = SIMD3(0.12, 0.12, 0.13)
            case "concrete", "modern":
                walls = SIMD3(0.42, 0.42, 0.4)
                roof = SIMD3(0.2, 0.2, 0.2)
            case "marble":
                walls = SIMD3(0.75, 0.73, 0.7)
            default:
                continue
            }
            break
        }
        return CreaturePalette(skin: walls, belly: roof, membrane: .zero, horn: .zero, eye: SIMD3(0.03, 0.04, 0.05))
    }
}
