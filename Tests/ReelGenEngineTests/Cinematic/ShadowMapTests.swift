@testable import ReelGenEngine
import Testing

/// Sun shadows: what a shadow map blocks, and that scenes cast them.
@Suite struct ShadowMapTests {
    /// Toward a sun 45° up in the south-west.
    private static let sun = SIMD3<Float>(-0.5, 0.7071, -0.5)

    /// A 1 m cube whose centre floats 3 m above the origin.
    private static func floatingCube() -> Mesh {
        var mesh = Mesh()
        mesh.addBox(center: SIMD3(0, 3, 0), size: SIMD3(repeating: 1), color: SIMD3(repeating: 0.5), material: .stone)
        return mesh
    }

    @Test func theGroundBehindACasterIsInShadowAndAwayFromItIsLit() throws {
        let map = try #require(ShadowMap(casters: [Self.floatingCube()], sun: Self.sun, size: 256, softness: 0.01))
        // Follow the sun's ray from the cube's centre down to the ground (3 m below).
        let shadowCentre = SIMD3<Float>(0, 3, 0) - Self.sun * (3 / Self.sun.y)
        #expect(map.sunlight(at: shadowCentre) == 0)
        #expect(map.sunlight(at: SIMD3(0, 0, 0)) == 1, "straight under the cube the sun comes in at 45°")
        #expect(map.sunlight(at: shadowCentre + SIMD3(4, 0, 0)) == 1)
        #expect(map.sunlight(at: SIMD3(0, 3.5, 0)) == 1, "the cube's sunlit top does not shadow itself")
        #expect(map.sunlight(at: SIMD3(0, 3, 0) + Self.sun * 1.2) == 1, "points between the cube and the sun stay lit")
    }

    @Test func theShadowEdgeIsSoft() throws {
        let map = try #require(ShadowMap(casters: [Self.floatingCube()], sun: Self.sun, size: 256, softness: 0.05))
        let shadowCentre = SIMD3<Float>(0, 3, 0) - Self.sun * (3 / Self.sun.y)
        // Walk across the shadow's edge: light rises through values between 0 and 1.
        let samples = stride(from: Float(0), through: 1.2, by: 0.05).map { map.sunlight(at: shadowCentre + SIMD3($0, 0, -$0)) }
        #expect(samples.first == 0 && samples.last == 1)
        #expect(samples.contains { $0 > 0.05 && $0 < 0.95 }, "no penumbra in \(samples)")
        #expect(zip(samples, samples.dropFirst()).allSatisfy { $0 <= $1 + 1e-6 })
    }

    @Test func nothingToCastOrNoSunMeansNoMap() {
        #expect(ShadowMap(casters: [], sun: Self.sun, size: 64, softness: 0.01) == nil)
        #expect(ShadowMap(casters: [Mesh()], sun: Self.sun, size: 64, softness: 0.01) == nil)
        #expect(ShadowMap(casters: [Self.floatingCube()], sun: SIMD3(0, -1, 0), size: 64, softness: 0.01) == nil)
    }

    @Test func treesNearTheCameraCastShadowsUnlessRemoved() {
        let wooded = CinematicFixtures.source(CinematicFixtures.plan(setting: .forest, time: .afternoon))
        let cleared = CinematicFixtures.source(CinematicFixtures.plan(setting: .forest, time: .afternoon, removed: ["tree", "rock", "building"]))
        #expect(wooded.scene.propShadows != nil)
        #expect(cleared.scene.propShadows == nil)
    }

    @Test func filteringKeepsOnlyTheChosenTrianglesAndTheirCorners() {
        var mesh = Mesh()
        mesh.addBox(center: SIMD3(0, 0, 0), size: SIMD3(repeating: 1), color: SIMD3(repeating: 0.5), material: .stone)
        mesh.addBox(center: SIMD3(50, 0, 0), size: SIMD3(repeating: 1), color: SIMD3(repeating: 0.5), material: .bark)
        let near = mesh.filtered { $0.x < 10 }
        #expect(near.triangleCount == mesh.triangleCount / 2)
        #expect(near.positions.count == mesh.positions.count / 2)
        #expect(near.materials.allSatisfy { $0 == .stone })
        #expect(near.positions.allSatisfy { $0.x < 10 })
    }
}
