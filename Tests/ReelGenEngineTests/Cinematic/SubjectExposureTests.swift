@testable import ReelGenEngine
import Foundation
import Testing

/// A sunlit animal shows its coat on screen, as a camera exposed for it records it: a tawny
/// lion stays tawny and a grey wolf grey, never burned out to cream or white by the sun (at
/// noon the camera stops down) or by a glossy highlight along its back.
@Suite struct SubjectExposureTests {
    /// The median colour on screen (display values) where the subject faces the camera, and
    /// its coat as the catalogue gives it (display values too).
    static func seen(prompt: String, seed: UInt32) throws -> (screen: SIMD3<Float>, coat: SIMD3<Float>) {
        let plan = PromptParser().plan(for: RenderRequest(prompt: prompt, seed: seed))
        let size = FrameSize(width: 320, height: 180), frame = 48, time = Float(frame) / 24
        let source = CinematicFrameSource(plan: plan, frameSize: size, frameCount: 120, pool: CinematicFixtures.pool)
        let image = CinematicFixtures.frame(source, frame)
        let subject = try #require(source.scene.actors.first { $0.kind == .quadruped }, "\(prompt)")
        let screen = ScreenProjection(camera: source.scene.camera.camera(at: time), width: size.width, height: size.height)
        let mesh = subject.mesh(at: time)
        var samples: [SIMD3<Float>] = []
        for (point, normal) in zip(mesh.positions, mesh.normals) {
            // Only where the body turns to the lens: at its outline the pixel may be background.
            guard (point - screen.camera.position).normalized.dot(normal) < -0.6, let p = screen.project(point, margin: -2) else { continue }
            let i = (Int(p.y) * size.width + Int(p.x)) * 3
            samples.append(SIMD3(Float(image.pixels[i]), Float(image.pixels[i + 1]), Float(image.pixels[i + 2])) / 255)
        }
        try #require(samples.count > 50, "\(prompt): only \(samples.count) points of the subject face the camera")
        func median(_ channel: KeyPath<SIMD3<Float>, Float>) -> Float { samples.map { $0[keyPath: channel] }.sorted()[samples.count / 2] }
        let coat = subject.palette.skin
        return (SIMD3(median(\.x), median(\.y), median(\.z)), SIMD3(powf(coat.x, 1 / 2.2), powf(coat.y, 1 / 2.2), powf(coat.z, 1 / 2.2)))
    }

    @Test(arguments: ["a lion standing on wild grass", "a wolf standing in a meadow", "a fox in a field", "a brown horse standing in a pasture",
                      "a grey donkey in a field",
                      "a wolf standing in a meadow at noon", "a koala sitting on the grass at midday"])
    func aSunlitCoatKeepsItsColour(prompt: String) throws {
        let (screen, coat) = try Self.seen(prompt: prompt, seed: 3)
        func chroma(_ c: SIMD3<Float>) -> Float { c.max() - c.min() }
        #expect(screen.luma < coat.luma + 0.08, "\(prompt): the coat \(coat) shows as \(screen), burned out")
        #expect(screen.luma > coat.luma - 0.25, "\(prompt): the coat \(coat) shows as \(screen), too dark")
        // A grey coat has no colour to lose.
        #expect(chroma(coat) < 0.1 || chroma(screen) > chroma(coat) * 0.5, "\(prompt): the coat \(coat) shows as \(screen), its colour washed out")
    }
}
