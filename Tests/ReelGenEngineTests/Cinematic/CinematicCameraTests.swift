import Foundation
@testable import ReelGenEngine
import Testing

/// The camera frames its subject: inside the frame, on a third while it is small.
@Suite struct CinematicCameraTests {
    private func projected(_ point: SIMD3<Float>, _ camera: Camera, aspect: Float) -> SIMD2<Float> {
        let d = point - camera.position
        let z = d.dot(camera.forward)
        let scale = 1 / (z * tanf(camera.verticalFieldOfView / 2))
        return SIMD2(d.dot(camera.right) * scale / aspect, d.dot(camera.up) * scale)
    }

    @Test(arguments: [UInt32(1), 2, 3, 4])
    func subjectStaysInFrameOnAThird(seed: UInt32) throws {
        let scene = CinematicFixtures.source(CinematicFixtures.dragonPlan(seed: seed)).scene
        let dragon = try #require(scene.actors.first)
        for time in stride(from: Float(0), through: 4.9, by: 0.35) {
            let camera = scene.camera.camera(at: time)
            let pose = dragon.track.pose(at: time)
            let head = dragon.kind.head(of: pose, length: dragon.length)
            let p = projected(head, camera, aspect: 16 / 9)
            #expect(abs(p.x) < 1 && abs(p.y) < 1, "subject left the frame at \(time) s: \(p)")
            if time < 2 {
                #expect(abs(abs(p.x) - 1 / 3) < 0.12 && abs(p.y - 1 / 3) < 0.12, "small subject should sit on a thirds point, got \(p) at \(time) s")
            }
        }
    }

    @Test func anAerialShotOfABirdNearbyLooksAtItNotDownOnTheGround() throws {
        var plan = CinematicFixtures.plan(setting: .mountains, subject: .bird, action: .fly)
        plan.beats[0].camera = CameraMove(motion: .aerial, framing: .wide)
        let scene = CinematicFixtures.source(plan).scene
        let bird = try #require(scene.actors.first)
        for time: Float in [1, 3, 5] {
            let camera = scene.camera.camera(at: time)
            #expect(camera.forward.y > -0.7, "pitched down \(asinf(-camera.forward.y) * 180 / .pi)° at \(time) s")
            let p = projected(bird.kind.head(of: bird.track.pose(at: time), length: bird.length), camera, aspect: 16 / 9)
            #expect(abs(p.x) < 1 && abs(p.y) < 1, "the bird left the frame at \(time) s: \(p)")
        }
    }

    @Test func differentSeedsGiveDifferentTakes() {
        let a = CinematicFixtures.source(CinematicFixtures.dragonPlan(seed: 1)).scene.camera.camera(at: 1)
        let b = CinematicFixtures.source(CinematicFixtures.dragonPlan(seed: 2)).scene.camera.camera(at: 1)
        #expect((a.forward - b.forward).length > 0.02 || (a.position - b.position).length > 1)
    }

    /// "The full moon" puts a full moon in the frame, whichever way the take turns.
    @Test(arguments: [UInt32(1), 2, 3])
    func aNamedMoonIsInTheShot(seed: UInt32) {
        var plan = CinematicFixtures.plan(setting: .plains, time: .night, seed: seed)
        plan.features = [.moon]
        let scene = CinematicFixtures.source(plan).scene
        for time: Float in [0, 2.5, 4.9] {
            let camera = scene.camera.camera(at: time), sky = scene.sky(at: time)
            let moon = sky.sunDirection
            let depth = moon.dot(camera.forward)
            let halfHeight = tanf(camera.verticalFieldOfView / 2), halfWidth = halfHeight * 128 / 72
            #expect(depth > 0)
            #expect(abs(moon.dot(camera.up) / depth) < halfHeight * 0.9, "moon off the top or bottom at \(time) s")
            #expect(abs(moon.dot(camera.right) / depth) < halfWidth * 0.9, "moon off the side at \(time) s")
            #expect(sky.moonFace)
        }
    }

    /// With nothing else to film, a moon or a low sun is the shot: in the frame for the whole
    /// clip, nothing in front of it (its disk is the brightest thing there), and a close-up
    /// of the moon fills a good part of the frame.
    @Test(arguments: ["close up view of a full moon", "the moon over a forest at night", "scenic video of sunset", "sunrise over the hills"],
          [UInt32(1), 2, 42])
    func aSkyBodyWithNothingElseToFilmIsTheShot(prompt: String, seed: UInt32) {
        let plan = PromptParser().plan(for: RenderRequest(prompt: prompt, seed: seed))
        let source = CinematicFixtures.source(plan, width: 192, height: 108)
        let scene = source.scene
        for frame in [0, 60, 119] {
            let time = Float(frame) / 24
            let camera = scene.camera.camera(at: time), body = scene.sky(at: time).sunDirection
            let p = projected(camera.position + body * 1000, camera, aspect: 16 / 9)
            #expect(abs(p.x) < 0.85 && abs(p.y) < 0.85, "\(prompt) (seed \(seed)): the sky body is at \(p) at \(time) s")
            let image = CinematicFixtures.frame(source, frame)
            let x = Int((p.x + 1) / 2 * Float(image.width)), y = Int((1 - p.y) / 2 * Float(image.height))
            guard (0..<image.width).contains(x), (0..<image.height).contains(y) else { continue }
            let index = (y * image.width + x) * 3
            let luma = (0.2126 * Double(image.pixels[index]) + 0.7152 * Double(image.pixels[index + 1]) + 0.0722 * Double(image.pixels[index + 2])) / 255
            #expect(luma > image.meanLuma + 0.25, "\(prompt) (seed \(seed)): the disk is hidden (luma \(luma), frame \(image.meanLuma)) at \(time) s")
        }
        if prompt.hasPrefix("close up") {
            let camera = scene.camera.camera(at: 2.5)
            let diameter = 2 * (2 * scene.sky(at: 2.5).sunDiskSize).squareRoot()
            #expect(diameter / camera.verticalFieldOfView > 0.25, "\(prompt): the moon fills \(diameter / camera.verticalFieldOfView) of the frame")
        }
    }

    /// A camera that orbits, dollies or cranes through a wood never passes inside a tree,
    /// even with no subject to keep a line of sight to: the frame would go solid green.
    @Test(arguments: [CameraMove.Motion.orbit, .dollyIn, .tracking, .crane])
    func theCameraNeverEntersATree(motion: CameraMove.Motion) {
        for seed: UInt32 in 1...3 {
            var plan = CinematicFixtures.plan(setting: .forest, seed: seed)
            plan.beats[0].camera.motion = motion
            let scene = CinematicFixtures.source(plan).scene
            let props = scene.staticMesh.positions.filter { $0.y > scene.terrain.height($0.x, $0.z) + 0.5 }
            for time in stride(from: Float(0), through: 5, by: 0.25) {
                let eye = scene.camera.camera(at: time).position
                let touching = props.filter { SIMD3($0.x - eye.x, 0, $0.z - eye.z).length < 1.2 }
                #expect(touching.isEmpty, "seed \(seed): \(touching.count) prop vertices at the lens at \(time) s")
            }
        }
    }
}
