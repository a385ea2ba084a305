/// What the finishing pass adds that depends only on the frame size and the look, worked out
/// once per clip: the vignette's gain at every pixel and a tile of film grain that each frame
/// shifts by an offset of its own, so the grain still changes every frame.
struct FinishTables: Sendable {
    let width: Int
    /// Multiplier per pixel, 1 in the centre falling toward the corners.
    let vignette: [Float]
    /// Signed grain amplitude, `grainTile`² values.
    let grain: [Float]
    static let grainTile = 512

    init(look: LookSettings, noise: ValueNoise, width: Int, height: Int) {
        self.width = width
        // The vignette is radial, so its argument splits into a column and a row term.
        let columns = (0..<width).map { Self.radialTerm($0, width) }
        let rows = (0..<height).map { Self.radialTerm($0, height) }
        var vignette = [Float](repeating: 1, count: width * height)
        for y in 0..<height {
            for x in 0..<width {
                vignette[y * width + x] = 1 - look.vignette * Easing.smoothstep(0.15, 0.75, columns[x] + rows[y])
            }
        }
        self.vignette = vignette
        let tile = Self.grainTile
        grain = (0..<(tile * tile)).map { index in
            (noise.hash(Int32(index % tile), Int32(index / tile)) - 0.5) * look.grain * 2
        }
    }

    /// Where frame `frame` starts reading the grain tile.
    func grainOffset(frame: Int, noise: ValueNoise) -> (x: Int, y: Int) {
        let seed = Int32(truncatingIfNeeded: frame)
        let tile = Float(Self.grainTile)
        return (Int(noise.hash(seed, 7919) * tile), Int(noise.hash(seed, 104_729) * tile))
    }

    /// One axis's share of the vignette's argument: 2 u², with u from -0.5 to 0.5 across the frame.
    private static func radialTerm(_ index: Int, _ count: Int) -> Float {
        let u = (Float(index) + 0.5) / Float(count) - 0.5
        return u * u * 2
    }
}
