import Foundation

/// Draws rain streaks, snow flakes, dust or embers into the shaded frame. Particles live in
/// a box that wraps around the camera and move as continuous functions of time, so they
/// never pop; each is depth-tested against the visibility buffer.
struct PrecipitationPass: Sendable {
    var precipitation: Precipitation
    var noise: ValueNoise

    func draw(into image: inout HDRImage, visibility: VisibilityBuffer, camera: Camera, time: Float) {
        guard precipitation.kind != .none else { return }
        let box: Float = precipitation.kind == .rain ? 30 : 24
        let focal = Float(image.height) * 0.5 / tanf(camera.verticalFieldOfView * 0.5)
        let width = image.width, height = image.height
        for index in 0..<precipitation.count {
            let i = Int32(index)
            let seed = SIMD3(noise.hash(i, 11), noise.hash(i, 23), noise.hash(i, 37))
            var velocity: SIMD3<Float>
            switch precipitation.kind {
            case .rain: velocity = SIMD3(1.2, -11, 0.5)
            case .snow: velocity = SIMD3(0.6 * sinf(time * 0.8 + seed.x * 6), -1.1, 0.3)
            case .dust: velocity = SIMD3(3, 0.2 * sinf(time + seed.y * 6), 1)
            case .embers: velocity = SIMD3(0.8 * sinf(time * 2 + seed.z * 6), 2.2, 0.3)
            case .none: return
            }
            let start = seed * box + velocity * time - camera.position
            let wrapped = SIMD3(Self.wrap(start.x, box), Self.wrap(start.y, box), Self.wrap(start.z, box)) - SIMD3(repeating: box / 2)
            let world = camera.position + wrapped
            let trail = precipitation.kind == .rain ? velocity * 0.03 : .zero
            guard let head = project(world, camera: camera, focal: focal, width: width, height: height),
                  let tail = project(world - trail, camera: camera, focal: focal, width: width, height: height) else { continue }
            // Flakes grow when near but stay flakes: a capped radius also bounds the cost.
            let size = precipitation.kind == .snow ? min(max(focal * 0.025 / head.z, 0.6), Float(height) / 300 + 0.6) : 0.6
            let brightness: Float = precipitation.kind == .rain ? 0.35 : (precipitation.kind == .embers ? 1 : 0.7)
            let steps = max(1, Int(max(abs(head.x - tail.x), abs(head.y - tail.y))))
            for s in 0...steps {
                let t = Float(s) / Float(steps)
                let x = head.x + (tail.x - head.x) * t, y = head.y + (tail.y - head.y) * t
                splat(&image, visibility: visibility, x: x, y: y, depth: head.z, radius: size, color: precipitation.color * brightness)
            }
        }
    }

    @inline(__always) private static func wrap(_ value: Float, _ size: Float) -> Float {
        let r = value.truncatingRemainder(dividingBy: size)
        return r < 0 ? r + size : r
    }

    private func project(_ world: SIMD3<Float>, camera: Camera, focal: Float, width: Int, height: Int) -> SIMD3<Float>? {
        let d = world - camera.position
        let z = d.dot(camera.forward)
        guard z > 0.3 else { return nil }
        let x = Float(width) * 0.5 + d.dot(camera.right) / z * focal
        let y = Float(height) * 0.5 - d.dot(camera.up) / z * focal
        guard x > -4, y > -4, x < Float(width) + 4, y < Float(height) + 4 else { return nil }
        return SIMD3(x, y, z)
    }

    private func splat(_ image: inout HDRImage, visibility: VisibilityBuffer, x: Float, y: Float, depth: Float, radius: Float, color: SIMD3<Float>) {
        let r = Int(radius.rounded(.up))
        let cx = Int(x), cy = Int(y)
        for py in (cy - r)...(cy + r) where py >= 0 && py < image.height {
            for px in (cx - r)...(cx + r) where px >= 0 && px < image.width {
                let p = py * image.width + px
                if visibility.inverseDepth[p] > 1 / depth { continue }
                let dx = Float(px) + 0.5 - x, dy = Float(py) + 0.5 - y
                let coverage = max(0, 1 - (dx * dx + dy * dy).squareRoot() / (radius + 0.5))
                image.pixels[p] += color * coverage
            }
        }
    }
}
