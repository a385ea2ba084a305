import Foundation

/// Whole fruit and vegetables drawn as themselves, on a plate or in a hand: a banana's
/// bent pod, a pineapple's studded body under its crown, a head of broccoli. Each is one
/// archetype that a catalogue row picks by its form and colours.
extension DishModel {
    /// Leaves on top of produce (a pineapple's crown), whatever the fruit's own colours.
    static let crownGreen = SIMD3<Float>(0.16, 0.34, 0.1)

    /// A bent, tapered pod lying on its side, its stem end in `topping`: bananas, cucumbers,
    /// carrots, chillies.
    static func addPod(to mesh: inout Mesh, rest: SIMD3<Float>, color: SIMD3<Float>, topping: SIMD3<Float>) {
        let steps = 8
        var points: [SIMD3<Float>] = [], radii: [Float] = []
        for step in 0...steps {
            let t = Float(step) / Float(steps), u = 2 * t - 1
            points.append(rest + SIMD3(0.1 * u, 0.022 + 0.04 * u * u, 0))
            radii.append(0.019 * powf(sinf(.pi * (0.06 + 0.88 * t)), 0.7))
        }
        // Five flat faces along it, as a banana has.
        mesh.addTube(Tube(points: points, radii: radii, color: color, material: .skin, up: SIMD3(0, 0, 1), subdivisions: 2, sides: 5))
        let stem = points[0]
        mesh.addTube(Tube(points: [stem, stem + SIMD3(-0.016, 0.014, 0)], radii: [0.006, 0.005], color: topping, material: .bark,
                          subdivisions: 1, sides: 6))
    }

    /// An upright oval studded with darker eyes under a crown of stiff, spiky leaves: pineapples.
    static func addCrowned(to mesh: inout Mesh, rest: SIMD3<Float>, color: SIMD3<Float>, topping: SIMD3<Float>) {
        let heights: [Float] = [0, 0.03, 0.07, 0.11, 0.15, 0.165]
        let radii: [Float] = [0.038, 0.056, 0.062, 0.058, 0.042, 0.02]
        mesh.addTube(Tube(points: heights.map { rest + SIMD3(0, $0, 0) }, radii: radii, color: color, material: .skin,
                          up: SIMD3(0, 0, 1), subdivisions: 3, sides: 18, marks: .spots(topping, Tube.Spots(frequency: 34, cover: 0.45))))
        let top = rest + SIMD3(0, 0.16, 0)
        for k in 0..<11 {
            let angle = Float(k) * 2.4, tilt = 0.25 + 0.5 * Float(k % 3) / 2
            let out = SIMD3(cosf(angle), 0, sinf(angle))
            let direction = (SIMD3<Float>(0, 1, 0) + out * tilt).normalized
            mesh.addBlade(base: top, direction: direction, facing: out, length: 0.09 + 0.025 * Float(k % 2), width: 0.022,
                          droop: out * 0.15, fold: 0.3, color: crownGreen, tipColor: crownGreen * 1.4, segments: 3)
        }
    }

    /// Half a fruit cut lengthwise, lying on its rounded skin with the cut face up: a low,
    /// long body whose top is the flesh (`flesh`) and whose sides and underside are the
    /// rind, with the seeds or the stone down its middle, if it has them.
    static func addHalf(to mesh: inout Mesh, rest: SIMD3<Float>, skin: SIMD3<Float>, flesh: SIMD3<Float>, seeds: SIMD3<Float>?) {
        let along: [Float] = [-0.1, -0.06, 0, 0.06, 0.1], radii: [Float] = [0.012, 0.045, 0.058, 0.048, 0.014]
        let middle = rest + SIMD3(0, 0.03, 0), flat: Float = 0.5
        mesh.addTube(Tube(points: along.map { middle + SIMD3($0, 0, 0) }, radii: radii, color: flesh, undersideColor: skin, material: .skin,
                          up: SIMD3(0, 1, 0), squash: SIMD2(1, flat), subdivisions: 2, sides: 18))
        guard let seeds else { return }
        for k in 0..<14 {
            let x = Float(k) / 13 * 0.1 - 0.05, across = (k % 2 == 0 ? 1 : -1) * Float(0.008)
            mesh.addBall(center: middle + SIMD3(x, 0.058 * flat - 0.002, across), radius: 0.008, color: seeds, material: .skin, sides: 6)
        }
    }

    /// A pale stalk under a dome of tight, knobbly florets: broccoli, cauliflower.
    static func addFlorets(to mesh: inout Mesh, rest: SIMD3<Float>, color: SIMD3<Float>, topping: SIMD3<Float>) {
        mesh.addTube(Tube(points: [rest, rest + SIMD3(0, 0.05, 0), rest + SIMD3(0, 0.075, 0)], radii: [0.016, 0.018, 0.03],
                          color: topping, material: .skin, up: SIMD3(0, 0, 1), subdivisions: 1, sides: 10))
        let dome = rest + SIMD3(0, 0.075, 0)
        // Florets on rings of a dome, the middle highest; each a knob of its own shade.
        let rings: [(count: Int, radius: Float, height: Float)] = [(1, 0, 0.05), (6, 0.028, 0.042), (11, 0.056, 0.025), (14, 0.075, 0.004)]
        for (ring, layout) in rings.enumerated() {
            for k in 0..<layout.count {
                let angle = Float(k) / Float(layout.count) * 2 * .pi + Float(ring) * 0.4
                let center = dome + SIMD3(cosf(angle) * layout.radius, layout.height, sinf(angle) * layout.radius)
                let shade: Float = 0.85 + 0.3 * Float((k * 7 + ring * 3) % 5) / 4
                mesh.addTube(Tube(points: [center - SIMD3(0, 0.008, 0), center + SIMD3(0, 0.004, 0)], radii: [0.02, 0.017],
                                  color: color * shade, material: .foliage, up: SIMD3(0, 0, 1), subdivisions: 1, sides: 9))
                // Each floret's crown is a cluster of tight buds, so the head reads granular.
                for bud in 0..<5 {
                    let turn = Float(bud) / 5 * 2 * .pi + angle
                    let spot = center + SIMD3(cosf(turn) * 0.011, 0.006 + 0.002 * Float(bud % 2), sinf(turn) * 0.011)
                    mesh.addBall(center: spot, radius: 0.009, color: color * (shade * (bud % 2 == 0 ? 1.15 : 0.9)), material: .foliage, sides: 6)
                }
            }
        }
    }
}
