import Foundation

/// Sweeping tubes into triangles.
extension Mesh {
    mutating func addTube(_ tube: Tube) {
        guard tube.points.count >= 2 else { return }
        let (centers, radii) = Self.smoothSpine(tube)
        let count = centers.count
        var tangents = [SIMD3<Float>](repeating: .zero, count: count)
        for i in 0..<count {
            tangents[i] = (centers[min(i + 1, count - 1)] - centers[max(i - 1, 0)]).normalized
        }
        var frameUp = tube.up - tangents[0] * tube.up.dot(tangents[0])
        if frameUp.dot(frameUp) < 1e-6 { frameUp = SIMD3(1, 0, 0).cross(tangents[0]) }
        frameUp = frameUp.normalized

        let sides = tube.sides
        var previousRing: UInt32 = 0
        var along: Float = 0
        for i in 0..<count {
            let tangent = tangents[i]
            frameUp = (frameUp - tangent * frameUp.dot(tangent)).normalized
            let across = frameUp.cross(tangent)
            if i > 0 { along += (centers[i] - centers[i - 1]).length }
            let ring = addRing(center: centers[i], radius: radii[i], across: across, up: frameUp, tube: tube, striped: (i / 2) % 2 == 1, along: along)
            if i > 0 { connect(previousRing, ring, sides: sides, material: tube.material) }
            previousRing = ring
            if i == 0 || i == count - 1 {
                let outward = i == 0 ? -tangent : tangent
                addCap(from: ring, center: centers[i], radius: radii[i], outward: outward, across: across, up: frameUp, tube: tube, along: along, onward: i == 0 ? -1 : 1)
            }
        }
    }

    /// Catmull-Rom through the control points so joints bend smoothly.
    private static func smoothSpine(_ tube: Tube) -> ([SIMD3<Float>], [Float]) {
        let p = tube.points, r = tube.radii, n = p.count
        var centers: [SIMD3<Float>] = []
        var radii: [Float] = []
        centers.reserveCapacity((n - 1) * tube.subdivisions + 1)
        for i in 0..<(n - 1) {
            let p0 = p[max(i - 1, 0)], p1 = p[i], p2 = p[i + 1], p3 = p[min(i + 2, n - 1)]
            for s in 0..<tube.subdivisions {
                let t = Float(s) / Float(tube.subdivisions)
                let t2 = t * t, t3 = t2 * t
                let a = 2 * p1
                let b = (p2 - p0) * t
                let c = (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2
                let d = (3 * p1 - p0 - 3 * p2 + p3) * t3
                centers.append(0.5 * (a + b + c + d))
                let u = t * t * (3 - 2 * t)
                radii.append(r[i] + (r[i + 1] - r[i]) * u)
            }
        }
        centers.append(p[n - 1])
        radii.append(r[n - 1])
        return (centers, radii)
    }

    /// Where spots fall.
    private static let spotNoise = ValueNoise(seed: 0x5907)

    private mutating func addRing(
        center: SIMD3<Float>, radius: Float, across: SIMD3<Float>, up: SIMD3<Float>, tube: Tube, striped: Bool = false, along: Float = 0
    ) -> UInt32 {
        let first = UInt32(positions.count)
        for k in 0..<tube.sides {
            let angle = Float(k) / Float(tube.sides) * 2 * .pi
            let c = cosf(angle), s = sinf(angle)
            let offset = across * (c * radius * tube.squash.x) + up * (s * radius * tube.squash.y)
            let normal = (across * (c / tube.squash.x) + up * (s / tube.squash.y)).normalized
            var color = tube.color
            switch tube.marks {
            case .stripes(let stripe) where striped:
                color = stripe
            case .spots(let spot, let spots):
                // Over the skin's own surface: along the tube and around it, in the same units.
                let around = angle * radius * max(tube.squash.x, tube.squash.y)
                let value = Self.spotNoise.value(along * spots.frequency, around * spots.frequency + Float(tube.sides) * 3.7)
                let edge = 0.75 - 0.5 * spots.cover
                color = color.mixed(with: spot, Easing.smoothstep(edge, edge + 0.06, value))
            default:
                break
            }
            if let under = tube.undersideColor {
                color = color.mixed(with: under, Easing.smoothstep(-0.1, -0.75, s))
            }
            // Measured around from the underside, where the seam it wraps at is least seen.
            let fromBelow = (angle + .pi / 2).truncatingRemainder(dividingBy: 2 * .pi)
            addVertex(center + offset, normal: normal, color: color,
                      surface: SIMD2(along, fromBelow * radius * max(tube.squash.x, tube.squash.y)))
        }
        return first
    }

    private mutating func connect(_ a: UInt32, _ b: UInt32, sides: Int, material: MaterialID) {
        for k in 0..<UInt32(sides) {
            let k1 = (k + 1) % UInt32(sides)
            addTriangle(a + k, b + k, b + k1, material: material)
            addTriangle(a + k, b + k1, a + k1, material: material)
        }
    }

    /// A rounded end: two shrinking rings and a tip, so limbs end in domes, not discs. Its
    /// surface runs on from `along`, back before it at the start (`onward` -1).
    private mutating func addCap(
        from ring: UInt32, center: SIMD3<Float>, radius: Float, outward: SIMD3<Float>,
        across: SIMD3<Float>, up: SIMD3<Float>, tube: Tube, along: Float, onward: Float
    ) {
        guard radius > 0.002 else { return }
        var previous = ring
        for angle: Float in [0.75, 1.25] {
            let ringCenter = center + outward * (radius * sinf(angle) * 0.8)
            let next = addRing(center: ringCenter, radius: radius * cosf(angle), across: across, up: up, tube: tube,
                               along: along + onward * outward.dot(ringCenter - center))
            for k in 0..<tube.sides {
                let index = Int(next) + k
                normals[index] = (normals[index] * cosf(angle) + outward * sinf(angle)).normalized
            }
            connect(previous, next, sides: tube.sides, material: tube.material)
            previous = next
        }
        let tip = addVertex(center + outward * radius * 0.8, normal: outward, color: tube.color, surface: SIMD2(along + onward * radius * 0.8, 0))
        for k in 0..<UInt32(tube.sides) {
            let k1 = (k + 1) % UInt32(tube.sides)
            addTriangle(previous + k, tip, previous + k1, material: tube.material)
        }
    }
}
