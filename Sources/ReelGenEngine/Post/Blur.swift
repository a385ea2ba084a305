import Foundation

/// Reduced-resolution blurs for bloom and depth of field: a 4×4 box downsample and a
/// separable Gaussian, both parallel over rows.
enum Blur {
    static func downsample(_ image: HDRImage, factor: Int, pool: RenderThreadPool) -> HDRImage {
        let width = max(1, image.width / factor), height = max(1, image.height / factor)
        var small = HDRImage(width: width, height: height)
        let norm = 1 / Float(factor * factor)
        small.pixels.withUnsafeMutableBufferPointer { output in
            image.pixels.withUnsafeBufferPointer { input in
                pool.parallelFor(height) { y in
                    for x in 0..<width {
                        var sum = SIMD3<Float>.zero
                        for dy in 0..<factor {
                            let row = min(y * factor + dy, image.height - 1) * image.width
                            for dx in 0..<factor { sum += input[row + min(x * factor + dx, image.width - 1)] }
                        }
                        output[y * width + x] = sum * norm
                    }
                }
            }
        }
        return small
    }

    /// Keeps only what is brighter than `threshold`, softly: the light that should bloom.
    static func brightPass(_ image: HDRImage, threshold: Float) -> HDRImage {
        var result = image
        for i in result.pixels.indices {
            let c = result.pixels[i]
            let brightness = max(c.x, c.y, c.z)
            let keep = max(brightness - threshold, 0) / max(brightness, 1e-4)
            result.pixels[i] = c * keep
        }
        return result
    }

    static func gaussian(_ image: HDRImage, radius: Int, pool: RenderThreadPool) -> HDRImage {
        var weights = [Float](repeating: 0, count: radius * 2 + 1)
        let sigma = Float(radius) * 0.5 + 0.5
        for i in -radius...radius { weights[i + radius] = expf(-Float(i * i) / (2 * sigma * sigma)) }
        let total = weights.reduce(0, +)
        weights = weights.map { $0 / total }
        let horizontal = pass(image, weights: weights, radius: radius, horizontal: true, pool: pool)
        return pass(horizontal, weights: weights, radius: radius, horizontal: false, pool: pool)
    }

    private static func pass(_ image: HDRImage, weights: [Float], radius: Int, horizontal: Bool, pool: RenderThreadPool) -> HDRImage {
        var result = HDRImage(width: image.width, height: image.height)
        let width = image.width, height = image.height
        result.pixels.withUnsafeMutableBufferPointer { output in
            image.pixels.withUnsafeBufferPointer { input in
                weights.withUnsafeBufferPointer { weights in
                    pool.parallelFor(height) { y in
                        for x in 0..<width {
                            var sum = SIMD3<Float>.zero
                            for k in -radius...radius {
                                let sx = horizontal ? min(max(x + k, 0), width - 1) : x
                                let sy = horizontal ? y : min(max(y + k, 0), height - 1)
                                sum += input[sy * width + sx] * weights[k + radius]
                            }
                            output[y * width + x] = sum
                        }
                    }
                }
            }
        }
        return result
    }
}
