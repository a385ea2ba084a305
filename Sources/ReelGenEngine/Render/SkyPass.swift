import Foundation

/// Renders the sky at a quarter of the frame's resolution: clouds and gradients are soft,
/// so this costs a sixteenth and looks the same once upsampled.
struct SkyPass: Sendable {
    static let factor = 4

    func render(_ sky: Sky, camera: Camera, width: Int, height: Int, pool: RenderThreadPool) -> HDRImage {
        let smallWidth = width / Self.factor + 1, smallHeight = height / Self.factor + 1
        var image = HDRImage(width: smallWidth, height: smallHeight)
        let focal = Float(height) * 0.5 / tanf(camera.verticalFieldOfView * 0.5)
        let scale = Float(Self.factor)
        image.pixels.withUnsafeMutableBufferPointer { pixels in
            pool.parallelFor(smallHeight) { y in
                for x in 0..<smallWidth {
                    let px = (Float(x) + 0.5) * scale - Float(width) * 0.5
                    let py = Float(height) * 0.5 - (Float(y) + 0.5) * scale
                    let direction = (camera.forward + camera.right * (px / focal) + camera.up * (py / focal)).normalized
                    pixels[y * smallWidth + x] = sky.radiance(direction, cameraHeight: camera.position.y)
                }
            }
        }
        return image
    }
}
