import Foundation

/// World points to pixels for the passes that draw over the shaded frame (weather, fire,
/// fireworks): they touch only the pixels around where their particles land.
struct ScreenProjection: Sendable {
    var camera: Camera
    var width: Int
    var height: Int
    /// Pixels per unit of view-plane offset at depth 1.
    var focal: Float

    init(camera: Camera, width: Int, height: Int) {
        self.camera = camera
        self.width = width
        self.height = height
        focal = Float(height) * 0.5 / tanf(camera.verticalFieldOfView * 0.5)
    }

    /// Pixel x, y and view depth of a world point; nil behind the lens or off screen.
    @inline(__always) func project(_ world: SIMD3<Float>, margin: Float = 4) -> SIMD3<Float>? {
        let d = world - camera.position
        let z = d.dot(camera.forward)
        guard z > 0.3 else { return nil }
        let x = Float(width) * 0.5 + d.dot(camera.right) / z * focal
        let y = Float(height) * 0.5 - d.dot(camera.up) / z * focal
        guard x > -margin, y > -margin, x < Float(width) + margin, y < Float(height) + margin else { return nil }
        return SIMD3(x, y, z)
    }

    /// The view ray through a pixel centre, scaled so its component along `forward` is 1:
    /// a point at view depth z is `camera.position + ray * z`.
    @inline(__always) func ray(x: Int, y: Int) -> SIMD3<Float> {
        let px = (Float(x) + 0.5 - Float(width) * 0.5) / focal
        let py = (Float(height) * 0.5 - Float(y) - 0.5) / focal
        return camera.forward + camera.right * px + camera.up * py
    }
}

extension HDRImage {
    /// Adds a soft round dot of light, hidden where the visibility buffer has something nearer.
    mutating func splat(x: Float, y: Float, depth: Float, radius: Float, color: SIMD3<Float>, visibility: VisibilityBuffer) {
        let r = Int(radius.rounded(.up))
        let cx = Int(x), cy = Int(y)
        for py in (cy - r)...(cy + r) where py >= 0 && py < height {
            for px in (cx - r)...(cx + r) where px >= 0 && px < width {
                let p = py * width + px
                if visibility.inverseDepth[p] > 1 / depth { continue }
                let dx = Float(px) + 0.5 - x, dy = Float(py) + 0.5 - y
                let coverage = max(0, 1 - (dx * dx + dy * dy).squareRoot() / (radius + 0.5))
                pixels[p] += color * coverage
            }
        }
    }

    /// A streak of light from `head` to `tail` (pixel x, y, depth), drawn as dots a pixel apart.
    mutating func streak(from head: SIMD3<Float>, to tail: SIMD3<Float>, radius: Float, color: SIMD3<Float>, visibility: VisibilityBuffer) {
        let steps = max(1, Int(max(abs(head.x - tail.x), abs(head.y - tail.y))))
        for s in 0...steps {
            let t = Float(s) / Float(steps)
            splat(x: head.x + (tail.x - head.x) * t, y: head.y + (tail.y - head.y) * t, depth: head.z, radius: radius,
                  color: color, visibility: visibility)
        }
    }
}
