import Foundation
@testable import ReelGenEngine
import Testing

/// The ground and water discs are whole: a camera that passes over a disc's centre must
/// not look down a hole onto the water beneath the land.
@Suite struct GroundMeshTests {
    /// Whether some triangle of `mesh` lies over `point` seen from straight above.
    private func covers(_ mesh: Mesh, _ point: SIMD2<Float>) -> Bool {
        stride(from: 0, to: mesh.indices.count, by: 3).contains { first in
            let corners = (0..<3).map { mesh.positions[Int(mesh.indices[first + $0])] }.map { SIMD2($0.x, $0.z) }
            let sides = (0..<3).map { k -> Float in
                let a = corners[k], b = corners[(k + 1) % 3]
                return (b.x - a.x) * (point.y - a.y) - (b.y - a.y) * (point.x - a.x)
            }
            return sides.allSatisfy { $0 >= 0 } || sides.allSatisfy { $0 <= 0 }
        }
    }

    /// Points on rings out to `radius` around `center`, the centre itself included.
    private func spots(around center: SIMD2<Float>, radius: Float) -> [SIMD2<Float>] {
        [center] + (1...4).flatMap { ring in
            (0..<12).map { k in
                let angle = Float(k) / 12 * 2 * .pi
                return center + SIMD2(cosf(angle), sinf(angle)) * radius * Float(ring) / 4
            }
        }
    }

    @Test func theTerrainHasNoHoleAtItsCentre() {
        let terrain = CinematicFixtures.source(CinematicFixtures.plan(setting: .lake)).scene.terrain
        let center = SIMD2<Float>(3, -2)
        let mesh = TerrainMesher(rings: 12, spokes: 24).mesh(terrain, center: center, viewYaw: 0.4, sun: SIMD3(0, 1, 0), pool: CinematicFixtures.pool)
        let holes = spots(around: center, radius: 3).filter { !covers(mesh, $0) }
        #expect(holes.isEmpty, "no ground over \(holes)")
    }

    @Test func theWaterHasNoHoleAtItsCentre() {
        let center = SIMD2<Float>(-1, 5)
        let mesh = WaterMesher(rings: 10, spokes: 16).mesh(level: 0, center: center)
        let holes = spots(around: center, radius: 4).filter { !covers(mesh, $0) }
        #expect(holes.isEmpty, "no water over \(holes)")
    }
}
