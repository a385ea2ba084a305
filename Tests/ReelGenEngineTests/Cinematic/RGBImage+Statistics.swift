@testable import ReelGenEngine

/// Colour statistics the cinematic tests compare frames by.
extension RGBImage {
    /// Mean Rec. 709 luma of the encoded values, 0...1.
    var meanLuma: Double {
        var sum = 0.0
        for p in stride(from: 0, to: pixels.count, by: 3) {
            sum += 0.2126 * Double(pixels[p]) + 0.7152 * Double(pixels[p + 1]) + 0.0722 * Double(pixels[p + 2])
        }
        return sum / Double(width * height) / 255
    }

    /// Mean red, green and blue, 0...1.
    var meanColor: SIMD3<Double> {
        var sum = SIMD3<Double>.zero
        for p in stride(from: 0, to: pixels.count, by: 3) {
            sum += SIMD3(Double(pixels[p]), Double(pixels[p + 1]), Double(pixels[p + 2]))
        }
        return sum / Double(width * height) / 255
    }

    /// Mean of (max channel - min channel): how colourful the frame is.
    var meanChroma: Double {
        var sum = 0.0
        for p in stride(from: 0, to: pixels.count, by: 3) {
            let r = pixels[p], g = pixels[p + 1], b = pixels[p + 2]
            sum += Double(Swift.max(r, g, b) - Swift.min(r, g, b))
        }
        return sum / Double(width * height) / 255
    }

    /// Mean absolute per-channel difference to another frame of the same size, 0...1.
    func meanDifference(to other: RGBImage) -> Double {
        var sum = 0
        for i in pixels.indices { sum += abs(Int(pixels[i]) - Int(other.pixels[i])) }
        return Double(sum) / Double(pixels.count) / 255
    }

    /// Mean absolute difference of the 8×8-block mean luma: large-scale change, blind to grain.
    func blockLumaDifference(to other: RGBImage) -> Double {
        let blocks = blockLumas(), others = other.blockLumas()
        return zip(blocks, others).map { abs($0 - $1) }.reduce(0, +) / Double(blocks.count)
    }

    private func blockLumas() -> [Double] {
        var result: [Double] = []
        for by in stride(from: 0, to: height - 7, by: 8) {
            for bx in stride(from: 0, to: width - 7, by: 8) {
                var sum = 0.0
                for y in by..<(by + 8) {
                    for x in bx..<(bx + 8) {
                        let p = (y * width + x) * 3
                        sum += 0.2126 * Double(pixels[p]) + 0.7152 * Double(pixels[p + 1]) + 0.0722 * Double(pixels[p + 2])
                    }
                }
                result.append(sum / 64 / 255)
            }
        }
        return result
    }
}
