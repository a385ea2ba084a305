import Foundation

/// A flat polar disc of water around the camera; the shading pass ripples and reflects it.
struct WaterMesher: Sendable {
    var rings = 48
    var spokes = 96

    func mesh(level: Float, center: SIMD2<Float>) -> Mesh {
        var mesh = Mesh()
        let deep = SIMD3<Float>(0.02, 0.04, 0.05)
        let growth = powf(16_000 / 2, 1 / Float(rings - 1))
        for ring in 0..<rings {
            let radius = 2 * powf(growth, Float(ring))
            for spoke in 0..<spokes {
                let angle = Float(spoke) / Float(spokes) * 2 * .pi
                mesh.addVertex(SIMD3(center.x + sinf(angle) * radius, level, center.y + cosf(angle) * radius),
                               normal: SIMD3(0, 1, 0), color: deep)
            }
        }
        let hub = mesh.addVertex(SIMD3(center.x, level, center.y), normal: SIMD3(0, 1, 0), color: deep)
        mesh.addPolarGridTriangles(rings: rings, spokes: spokes, hub: hub, material: .water)
        return mesh
    }
}
