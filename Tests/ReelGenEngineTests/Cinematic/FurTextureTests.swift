@testable import ReelGenEngine
import Testing

/// Fur is drawn on a body's own surface: strands and clumps that lie along each limb and
/// move with it, drawn only as fine as a pixel can show.
@Suite struct FurTextureTests {
    /// A limb's surface runs along its spine and around it from the underside, in metres
    /// once the model is placed at its size.
    @Test func aTubesSurfaceRunsAlongAndAroundIt() {
        var mesh = Mesh()
        mesh.addTube(Tube(points: [.zero, SIMD3(0, 0, 1)], radii: [0.1, 0.1], color: SIMD3(0.5, 0.5, 0.5), material: .fur, subdivisions: 4, sides: 8))
        let ring = mesh.positions.indices.filter { abs(mesh.positions[$0].z - 1) < 1e-4 && mesh.surface[$0].y > 0 }
        #expect(!ring.isEmpty && ring.allSatisfy { abs(mesh.surface[$0].x - 1) < 1e-4 }, "a metre along it at its far end")
        #expect((mesh.surface.map(\.y).max() ?? 0) > 0.5, "around it, metres of its girth")
        let bottom = mesh.positions.indices.min { mesh.positions[$0].y < mesh.positions[$1].y }!
        #expect(mesh.surface[bottom].y < 1e-3, "the seam where it wraps is underneath")
        mesh.place(in: BodyFrame(origin: SIMD3(5, 0, 0), forward: SIMD3(1, 0, 0), bank: 0, scale: 3))
        #expect(ring.allSatisfy { abs(mesh.surface[$0].x - 3) < 1e-3 }, "scaled with the model, not moved with it")
    }

    /// Close up, fur varies from strand to strand, far more across the lie of the hair than
    /// along it; far off, where a pixel spans many strands, it is one even colour.
    @Test func furIsTexturedOnlyAsFineAsAPixelShows() {
        let noise = ValueNoise(seed: 7)
        func detail(_ x: Float, _ y: Float, footprint: Float) -> Float { ShadingPass.furDetail(SIMD2(x, y), footprint: footprint, noise: noise) }
        let steps = (0..<200).map { Float($0) * 0.003 }
        func spread(_ values: [Float]) -> Float {
            let mean = values.reduce(0, +) / Float(values.count)
            return (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Float(values.count)).squareRoot()
        }
        // How much it changes from one step to the next: a strand's width across, its length along.
        func roughness(_ values: [Float]) -> Float {
            zip(values, values.dropFirst()).map { abs($0 - $1) }.reduce(0, +) / Float(values.count - 1)
        }
        let across = steps.map { detail(0.3, $0, footprint: 0.001) }, along = steps.map { detail($0, 0.3, footprint: 0.001) }
        #expect(spread(across) > 0.08, "strands side by side: \(spread(across))")
        #expect(roughness(across) > roughness(along) * 2, "drawn out along the limb: \(roughness(across)) across, \(roughness(along)) along")
        #expect(steps.allSatisfy { detail($0, $0 * 2, footprint: 0.5) == 1 }, "far off, no pattern to shimmer")
    }
}
