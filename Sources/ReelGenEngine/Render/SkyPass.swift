import Foundation

/// Renders the sky at a quarter of the frame's resolution: clouds and gradients are soft,
/// so this costs a sixteenth and looks the same once upsampled. Cells whose neighbourhood
/// shows no sky at all (hidden behind mountains or a dragon) are skipped.
struct SkyPass: Sendable {
    static let factor = 4

    func render(_ sky: Sky, camera: Camera, visibility: VisibilityBuffer, pool: RenderThreadPool) -> HDRImage {
        let width = visibility.width, height = visibility.height
        let smallWidth = width / Self.factor + 1, smallHeight = height / Self.factor + 1
        var image = HDRImage(width: smallWidth, height: smallHeight)
        let showsSky = skyCells(visibility, smallWidth: smallWidth, smallHeight: smallHeight, pool: pool)
        let focal = Float(height) * 0.5 / tanf(camera.verticalFieldOfView * 0.5)
        let scale = Float(Self.factor)
        image.pixels.withUnsafeMutableBufferPointer { pixels in
            pool.parallelFor(smallHeight) { y in
                for x in 0..<smallWidth {
                    // Bilinear upsampling reads the cells around a pixel, so look one cell further.
                    var needed = false
                    for ny in max(y - 1, 0)...min(y + 1, smallHeight - 1) where !needed {
                        for nx in max(x - 1, 0)...min(x + 1, smallWidth - 1) where showsSky[ny * smallWidth + nx] {
                            needed = true
                            break
                        }
                    }
                    guard needed else { continue }
                    let px = (Float(x) + 0.5) * scale - Float(width) * 0.5
                    let py = Float(height) * 0.5 - (Float(y) + 0.5) * scale
                    let direction = (camera.forward + camera.right * (px / focal) + camera.up * (py / focal)).normalized
                    pixels[y * smallWidth + x] = sky.radiance(direction, cameraHeight: camera.position.y)
                }
            }
        }
        return image
    }

    /// Which quarter-resolution cells contain at least one pixel of open sky.
    private func skyCells(_ visibility: VisibilityBuffer, smallWidth: Int, smallHeight: Int, pool: RenderThreadPool) -> [Bool] {
        var cells = [Bool](repeating: false, count: smallWidth * smallHeight)
        let width = visibility.width, height = visibility.height
        cells.withUnsafeMutableBufferPointer { cells in
            visibility.triangle.withUnsafeBufferPointer { ids in
                pool.parallelFor(smallHeight) { cy in
                    for y in (cy * Self.factor)..<min(cy * Self.factor + Self.factor, height) {
                        for x in 0..<width where ids[y * width + x] < 0 {
                            cells[cy * smallWidth + x / Self.factor] = true
                        }
                    }
                }
            }
        }
        return cells
    }
}
