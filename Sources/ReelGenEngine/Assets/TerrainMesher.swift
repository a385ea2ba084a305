import Foundation

/// Turns the terrain's height function into a mesh once per clip. The grid is polar around
/// the camera, rings spaced geometrically and spokes packed toward the view direction, so
/// triangles come out roughly the same size on screen near and far (a built-in LOD).
/// Each vertex also carries its albedo and a soft sun shadow marched over the heightfield.
struct TerrainMesher: Sendable {
    var rings = 112
    var spokes = 440
    var innerRadius: Float = 1.5
    var outerRadius: Float = 16_000

    func mesh(_ terrain: Terrain, center: SIMD2<Float>, viewYaw: Float, sun: SIMD3<Float>, pool: RenderThreadPool) -> Mesh {
        let growth = powf(outerRadius / innerRadius, 1 / Float(rings - 1))
        let count = rings * spokes
        var positions = [SIMD3<Float>](repeating: .zero, count: count)
        var normals = [SIMD3<Float>](repeating: .zero, count: count)
        var colors = [SIMD4<Float>](repeating: .zero, count: count)
        positions.withUnsafeMutableBufferPointer { positions in
            normals.withUnsafeMutableBufferPointer { normals in
                colors.withUnsafeMutableBufferPointer { colors in
                    pool.parallelFor(rings) { ring in
                        let radius = innerRadius * powf(growth, Float(ring))
                        for spoke in 0..<spokes {
                            let s = Float(spoke) / Float(spokes) * 2 - 1
                            let angle = viewYaw + .pi * (0.3 * s + 0.7 * s * s * s)
                            let x = center.x + sinf(angle) * radius, z = center.y + cosf(angle) * radius
                            let index = ring * spokes + spoke
                            (positions[index], normals[index], colors[index]) = vertex(x, z, step: max(1, radius * 0.012), terrain: terrain, sun: sun)
                        }
                    }
                }
            }
        }
        var mesh = Mesh()
        mesh.positions = positions
        mesh.normals = normals
        mesh.colors = colors
        let hub = vertex(center.x, center.y, step: 1, terrain: terrain, sun: sun)
        mesh.positions.append(hub.position)
        mesh.normals.append(hub.normal)
        mesh.colors.append(hub.color)
        mesh.surface = [SIMD2<Float>](repeating: .zero, count: mesh.positions.count)
        mesh.addPolarGridTriangles(rings: rings, spokes: spokes, hub: UInt32(count), material: .terrain)
        return mesh
    }

    /// A ground vertex: its height, normal, albedo and how much sun reaches it.
    private func vertex(_ x: Float, _ z: Float, step: Float, terrain: Terrain, sun: SIMD3<Float>) -> (position: SIMD3<Float>, normal: SIMD3<Float>, color: SIMD4<Float>) {
        let position = SIMD3(x, terrain.height(x, z), z)
        let normal = terrain.normal(x, z, center: position.y, step: step)
        return (position, normal, SIMD4(terrain.albedo(at: position, normal: normal), sunVisibility(from: position, terrain: terrain, sun: sun)))
    }

    /// Soft shadow: march toward the sun and keep the narrowest clearance angle seen.
    private func sunVisibility(from position: SIMD3<Float>, terrain: Terrain, sun: SIMD3<Float>) -> Float {
        guard sun.y > 0 else { return 0 }
        var visibility: Float = 1
        var distance: Float = 4
        for _ in 0..<16 {
            let p = position + sun * distance
            let clearance = p.y - terrain.coarseHeight(p.x, p.z)
            visibility = min(visibility, 12 * clearance / distance)
            if visibility <= 0 { return 0 }
            distance *= 1.6
        }
        return Easing.smoothstep(0, 1, visibility)
    }
}
