/// How far each pixel's surface moved across the screen while the shutter was open, and
/// per tile the longest such move nearby: what the finish pass needs to blur motion.
struct MotionBuffer: Sendable {
    /// Tiles are a rasterizer band high, so one band of rows fills one row of tiles.
    static let tileSize = Rasterizer.bandHeight
    /// Motion is stored in eighths of a pixel: four bytes a pixel instead of eight.
    static let unitsPerPixel: Float = 8

    let width: Int
    let height: Int
    let tilesAcross: Int
    let tilesDown: Int
    /// Screen motion during the exposure, in `1 / unitsPerPixel` pixels (x right, y down).
    var motion: [SIMD2<Int16>]
    /// The longest motion in each tile, in pixels.
    var tileMax: [SIMD2<Float>]
    /// The longest motion in each tile and its eight neighbours, in pixels: a moving edge
    /// smears into the pixels next to it, so their blur must know about it.
    var neighbourMax: [SIMD2<Float>]

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        tilesAcross = (width + Self.tileSize - 1) / Self.tileSize
        tilesDown = (height + Self.tileSize - 1) / Self.tileSize
        motion = [SIMD2<Int16>](repeating: .zero, count: width * height)
        tileMax = [SIMD2<Float>](repeating: .zero, count: tilesAcross * tilesDown)
        neighbourMax = tileMax
    }

}
