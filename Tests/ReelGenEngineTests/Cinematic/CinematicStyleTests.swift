@testable import ReelGenEngine
import Testing

/// Every look is clearly different from realism and from the others at a glance.
@Suite struct CinematicStyleTests {
    private static let looks: [Look.Kind] = Look.Kind.allCases

    private func signature(_ look: Look.Kind) -> SIMD4<Double> {
        let frame = CinematicFixtures.frame(CinematicFixtures.source(CinematicFixtures.dragonPlan(look: look), width: 160, height: 90), 90)
        let color = frame.meanColor
        return SIMD4(color.x, color.y, color.z, frame.meanChroma)
    }

    @Test func looksDifferFromEachOther() {
        let signatures = Self.looks.map { ($0, signature($0)) }
        for i in signatures.indices {
            for j in signatures.indices where j > i {
                let d = signatures[i].1 - signatures[j].1
                let distance = (d * d).sum().squareRoot()
                #expect(distance > 0.015, "\(signatures[i].0) and \(signatures[j].0) look alike (distance \(distance))")
            }
        }
    }

    @Test func blackAndWhiteHasNoColour() {
        #expect(signature(.blackAndWhite).w < 0.01)
    }

    @Test func cyberpunkIsNightNeonAndRain() {
        let scene = CinematicFixtures.source(CinematicFixtures.dragonPlan(look: .cyberpunk)).scene
        #expect(scene.sky.stars > 0 || scene.sky.zenith.luma < 0.05)
        #expect(scene.precipitation.kind == .rain)
        #expect(scene.staticMesh.materials.contains(.neon))
    }
}
