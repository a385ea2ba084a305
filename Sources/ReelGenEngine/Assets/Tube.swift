/// A smooth limb: a spine through control points with a radius at each, swept with an
/// (optionally flattened) round cross-section and rounded ends. Chains of tubes give
/// creatures organic silhouettes without any visible boxes.
struct Tube: Sendable {
    var points: [SIMD3<Float>]
    var radii: [Float]
    var color: SIMD3<Float>
    /// Colour of the side facing away from `up` (a belly), blended in smoothly.
    var undersideColor: SIMD3<Float>?
    var material: MaterialID = .skin
    /// Which way the cross-section's "top" points at the first point.
    var up: SIMD3<Float> = SIMD3(0, 1, 0)
    /// Cross-section stretch: x across, y along `up`.
    var squash: SIMD2<Float> = SIMD2(1, 1)
    /// Rings between two control points.
    var subdivisions = 3
    var sides = 12
    /// Marks on the coat (they fade into `undersideColor` below).
    var marks: Marks?

    enum Marks: Sendable {
        /// Bands across the tube, every other pair of rings: a zebra's or a tiger's stripes.
        case stripes(SIMD3<Float>)
        /// Blotches scattered over it: a leopard's spots, a giraffe's or a cow's patches.
        case spots(SIMD3<Float>, Spots)
    }

    /// How spots fall: `frequency` blotches a design unit (larger is smaller spots), and
    /// how much of the coat they cover, 0...1.
    struct Spots: Sendable {
        var frequency: Float
        var cover: Float
    }
}
