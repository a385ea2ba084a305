/// An 8-bit sRGB frame, rows top to bottom, 3 bytes a pixel: what every engine
/// hands to the encoder.
public struct RGBImage: Sendable {
    public let width: Int
    public let height: Int
    public var pixels: [UInt8]

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
        self.pixels = [UInt8](repeating: 0, count: width * height * 3)
    }

    public init(size: FrameSize) {
        self.init(width: size.width, height: size.height)
    }

    public var bytesPerRow: Int { width * 3 }
}
