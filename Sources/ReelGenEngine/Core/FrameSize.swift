/// The exact pixel size of a clip's frames.
public struct FrameSize: Hashable, Codable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The size for an aspect ratio at a resolution: the short side is the resolution,
    /// the long side follows the ratio, both sides even (H.264 4:2:0 needs that).
    public init(aspectRatio: AspectRatio, resolution: Resolution) {
        let short = resolution.shortSide
        func long(_ numerator: Int, _ denominator: Int) -> Int {
            let exact = short * numerator / denominator
            return exact + (exact % 2)
        }
        switch aspectRatio {
        case .landscape16x9: self.init(width: long(16, 9), height: short)
        case .portrait9x16: self.init(width: short, height: long(16, 9))
        case .landscape4x3: self.init(width: long(4, 3), height: short)
        case .portrait3x4: self.init(width: short, height: long(4, 3))
        case .square: self.init(width: short, height: short)
        }
    }

    public var description: String { "\(width)x\(height)" }
}
