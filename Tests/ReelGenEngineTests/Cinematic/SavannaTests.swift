@testable import ReelGenEngine
import Testing

/// "Elephants in the savanna": dry golden grass under scattered flat-topped acacias, not a
/// green meadow.
@Suite struct SavannaTests {
    @Test func theSavannaIsItsOwnPlace() {
        let parser = PromptParser()
        #expect(parser.plan(for: RenderRequest(prompt: "elephant herd in a savanna")).setting == .savanna)
        #expect(parser.plan(for: RenderRequest(prompt: "a zebra grazing")).setting == .savanna, "a zebra lives there")
        #expect(parser.plan(for: RenderRequest(prompt: "a prairie at noon")).setting == .plains)
    }

    @Test func dryGrassUnderAcacias() throws {
        let scene = CinematicFixtures.source(CinematicFixtures.plan(setting: .savanna, seed: 4)).scene
        let ground = scene.terrain.palette.ground
        #expect(ground.x > ground.y && ground.y > ground.z * 2, "straw-gold, not green: \(ground)")
        // Every crown is an umbrella: far wider than it is deep. Each crown's vertices are
        // one unbroken run of indices, the trunk's between one crown and the next.
        let mesh = scene.staticMesh
        let foliage = Set(mesh.materials.indices.filter { mesh.materials[$0] == .foliage }.flatMap { t in (0..<3).map { Int(mesh.indices[3 * t + $0]) } })
        var crowns: [[SIMD3<Float>]] = []
        for index in foliage.sorted() {
            if foliage.contains(index - 1), !crowns.isEmpty { crowns[crowns.count - 1].append(mesh.positions[index]) } else { crowns.append([mesh.positions[index]]) }
        }
        try #require(crowns.count > 5)
        for crown in crowns {
            let heights = crown.map(\.y), xs = crown.map(\.x), zs = crown.map(\.z)
            let depth = (heights.max() ?? 0) - (heights.min() ?? 0)
            let width = max((xs.max() ?? 0) - (xs.min() ?? 0), (zs.max() ?? 0) - (zs.min() ?? 0))
            #expect(width > depth * 2, "a crown \(width) m wide and \(depth) m deep")
        }
    }
}
