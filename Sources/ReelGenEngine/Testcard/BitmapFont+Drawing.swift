extension BitmapFont {
    /// Draws `codes` (from `code(for:)`) with the top-left corner at (`x`, `y`), every font
    /// pixel a `scale`x`scale` block, into a 3-bytes-a-pixel buffer `width` pixels wide.
    /// Pixels outside the buffer are skipped.
    static func draw(
        _ codes: [UInt8],
        x: Int,
        y: Int,
        scale: Int,
        color: SIMD3<UInt8>,
        into pixels: UnsafeMutableBufferPointer<UInt8>,
        width: Int,
        height: Int
    ) {
        for (position, code) in codes.enumerated() {
            let left = x + position * advance * scale
            for column in 0..<glyphWidth {
                for row in 0..<glyphHeight where isInk(code, column: column, row: row) {
                    fill(
                        x: left + column * scale, y: y + row * scale, width: scale, height: scale,
                        color: color, into: pixels, imageWidth: width, imageHeight: height
                    )
                }
            }
        }
    }

    /// The width in pixels of `count` characters drawn at `scale`, without trailing spacing.
    static func textWidth(count: Int, scale: Int) -> Int {
        count == 0 ? 0 : (count * advance - 1) * scale
    }

    /// Fills a rectangle, clipped to the image.
    static func fill(
        x: Int, y: Int, width: Int, height: Int,
        color: SIMD3<UInt8>,
        into pixels: UnsafeMutableBufferPointer<UInt8>,
        imageWidth: Int, imageHeight: Int
    ) {
        let left = max(0, x), right = min(imageWidth, x + width)
        let top = max(0, y), bottom = min(imageHeight, y + height)
        guard left < right, top < bottom else { return }
        for row in top..<bottom {
            var offset = (row * imageWidth + left) * 3
            for _ in left..<right {
                pixels[offset] = color.x
                pixels[offset + 1] = color.y
                pixels[offset + 2] = color.z
                offset += 3
            }
        }
    }
}
