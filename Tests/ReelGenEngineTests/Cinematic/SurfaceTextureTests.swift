@testable import ReelGenEngine
import Testing

/// Coats are drawn on a body's own surface, so they move with it, and only as fine as a
/// pixel can show: fur's strands and clumps lying along each limb, a reptile's scales.
@Suite struct SurfaceTextureTests {
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

    /// A reptile's scales: dark creases at the edges of each cell, the cell's middle its own
    /// colour; far off, one even tone.
    @Test func scalesAreCellsWithDarkCreases() {
        let size = ShadingPass.scaleSize
        #expect(ShadingPass.scaleDetail(SIMD2(size * 0.5, size * 0.5), footprint: 0.001) == 1, "the middle of a cell")
        #expect(ShadingPass.scaleDetail(SIMD2(size * 0.5, size * 0.99), footprint: 0.001) < 0.7, "the crease between cells")
        #expect(ShadingPass.scaleDetail(SIMD2(size * 1.5, size * 0.99), footprint: 0.001) > 0.9, "the next row is offset by half a cell")
        #expect(ShadingPass.scaleDetail(SIMD2(size * 0.5, size * 0.99), footprint: size) == 1, "far off, no pattern to shimmer")
        #expect(QuadrupedBuild.crawler.coat == .scales && QuadrupedBuild.shelled.coat == .scales && QuadrupedBuild.elephant.coat == .skin)
    }

    /// A face reads at a medium shot: dark eyes and a mouth on the front of the head.
    @Test func aPersonHasAFace() {
        let pose = ActorPose(position: SIMD3(0, 0.95, 0), forward: SIMD3(0, 0, 1))
        let mesh = PersonModel(palette: .dragon, figure: PersonModel.Figure()).mesh(for: pose, length: 1.75)
        let face = mesh.positions.indices.filter { mesh.positions[$0].y > 1.5 && mesh.positions[$0].z > 0.05 }
        let dark = face.filter { SIMD3(mesh.colors[$0].x, mesh.colors[$0].y, mesh.colors[$0].z).max() < 0.05 }
        #expect(dark.count >= 16, "\(dark.count) dark corners of eyes on the face")
        let eyes = Set(dark.map { mesh.positions[$0].x > 0 })
        #expect(eyes == [true, false], "an eye either side")
    }
}
