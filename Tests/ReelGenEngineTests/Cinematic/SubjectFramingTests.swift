import Foundation
@testable import ReelGenEngine
import Testing

/// The camera keeps a moving subject prominent and in frame: the prompt's subject fills a
/// good share of the frame's height and stays inside it for the whole clip.
@Suite struct SubjectFramingTests {
    /// Moving subjects from the development prompts, of every kind that travels.
    static let prompts = [
        "a dog running on the beach", "a car driving on a coastal road", "a horse galloping through a meadow",
        "a man walking down the street", "a cyclist riding a bicycle down the road", "a train passing through the countryside",
        "a sailboat sailing on the lake", "an eagle flying over the mountains", "a deer running in the forest",
        "a woman jogging in the park", "a motorcycle driving on a highway", "a bus driving in the city",
        "a duck swimming in a pond", "a fox walking in the snow", "a tiger walking in the jungle", "shark swimming in the sea",
        "an elephant walking in the savanna", "sheep running in a grass field", "a boy riding a horse", "a cat walking on grass",
        "a dog running along the beach, tracking shot", "a red car driving along a coastal road at sunset", "a lion running across the savanna",
        "a plane flying in the sky", "a helicopter flying over a city", "a kayak moving down a river",
        // A drone keeps a subject the prompt names in view from above.
        "drone footage of motorcycles driving on a country road", "aerial view of a car driving on a mountain road",
    ]

    /// The subject's bounds in the frame at one moment: heights as shares of the frame's
    /// height, `inside` the share of its box within the frame.
    struct Bounds {
        var height: Float
        var inside: Float
    }

    static func bounds(of actor: Actor, camera: Camera, time: Float, aspect: Float) -> Bounds? {
        let halfHeight = tanf(camera.verticalFieldOfView / 2), halfWidth = halfHeight * aspect
        var low = SIMD2<Float>(repeating: .infinity), high = SIMD2<Float>(repeating: -.infinity)
        for point in actor.mesh(at: time).positions {
            let d = point - camera.position
            let z = d.dot(camera.forward)
            guard z > 0.1 else { continue }
            let p = SIMD2(d.dot(camera.right) / (z * halfWidth), d.dot(camera.up) / (z * halfHeight))
            low = pointwiseMin(low, p)
            high = pointwiseMax(high, p)
        }
        guard low.x.isFinite else { return nil }
        let clippedLow = pointwiseMax(low, SIMD2(-1, -1)), clippedHigh = pointwiseMin(high, SIMD2(1, 1))
        let area = max(high.x - low.x, 1e-6) * max(high.y - low.y, 1e-6)
        let insideArea = max(clippedHigh.x - clippedLow.x, 0) * max(clippedHigh.y - clippedLow.y, 0)
        return Bounds(height: (clippedHigh.y - clippedLow.y) / 2, inside: insideArea / area)
    }

    @Test(arguments: prompts, [UInt32(1), 2, 3, 42])
    func theSubjectStaysProminentAndInFrame(prompt: String, seed: UInt32) throws {
        let (heights, outside, kind) = try Self.measure(prompt: prompt, seed: seed)
        #expect(outside == 0, "\(prompt) (seed \(seed)): the \(kind) is out of the frame in \(outside) of 20 moments")
        #expect((heights.min() ?? 0) >= 0.1, "\(prompt) (seed \(seed)): the \(kind) shrinks to \(heights.min() ?? 0) of the frame's height")
        #expect((heights.max() ?? 1) <= 0.62, "\(prompt) (seed \(seed)): the \(kind) grows to \(heights.max() ?? 1) of the frame's height")
    }

    /// The subject's height share at 20 moments of a 5 s clip where it is mostly in frame,
    /// and at how many it is not.
    static func measure(prompt: String, seed: UInt32) throws -> (heights: [Float], outside: Int, kind: ActorKind) {
        let plan = PromptParser().plan(for: RenderRequest(prompt: prompt, seed: seed))
        let source = CinematicFrameSource(plan: plan, frameSize: FrameSize(width: 160, height: 90), frameCount: 120, pool: CinematicFixtures.pool)
        let scene = source.scene
        let subject = try #require(scene.actors.first { $0.track.seat == nil && $0.kind != .dish }, "\(prompt)")
        var heights: [Float] = [], outside = 0
        for frame in stride(from: 0, to: 120, by: 6) {
            let time = Float(frame) / 24
            guard let bounds = Self.bounds(of: subject, camera: scene.camera.camera(at: time), time: time, aspect: 16 / 9), bounds.inside > 0.5 else {
                outside += 1
                continue
            }
            heights.append(bounds.height)
        }
        return (heights, outside, subject.kind)
    }

    /// A close-up of a machine shows all of it: the taxi, the truck, the boat whole in the
    /// frame, never a blob of paint filling it.
    @Test(arguments: ["close up shot of a yellow taxi turning left", "close up of a red truck", "close up of a boat in the harbor"])
    func aCloseUpOfAMachineShowsItWhole(prompt: String) throws {
        let (heights, outside, kind) = try Self.measure(prompt: prompt, seed: 1)
        #expect(outside == 0, "\(prompt): the \(kind) is out of the frame in \(outside) of 20 moments")
        #expect((heights.max() ?? 1) <= 0.62, "\(prompt): the \(kind) grows to \(heights.max() ?? 1) of the frame's height")
    }

    /// A subject that travels across the view is filmed from its side as it goes, the way a
    /// camera car paces it: a passing fire truck never ends as its tailgate driving off. At
    /// every moment the lens looks at least 37° off the subject's heading; one that leaves goes on a slant.
    @Test(arguments: ["fire truck driving on the road", "red combine harvester on road on field", "a bus driving in the city",
                      "a horse galloping through a meadow", "a motorcycle driving on a highway", "a dog running on the beach", "train departing from station"],
          [UInt32(1), 2, 42])
    func aPassingSubjectIsSeenFromItsSide(prompt: String, seed: UInt32) throws {
        let plan = PromptParser().plan(for: RenderRequest(prompt: prompt, seed: seed))
        let scene = CinematicFrameSource(plan: plan, frameSize: FrameSize(width: 160, height: 90), frameCount: 120, pool: CinematicFixtures.pool).scene
        let subject = try #require(scene.actors.first { $0.track.seat == nil && $0.kind != .dish }, "\(prompt)")
        for frame in stride(from: 0, to: 120, by: 6) {
            let time = Float(frame) / 24
            let pose = subject.track.pose(at: time)
            var sightline = pose.position - scene.camera.camera(at: time).position
            sightline.y = 0
            let behind = pose.forward.dot(sightline.normalized)
            #expect(behind < 0.8, "\(prompt) (seed \(seed)), \(time) s: the \(subject.kind) is seen from behind (\(behind))")
        }
    }

    /// No dune or rise of the land stands between the lens and the subject when the clip
    /// opens (the ground at its own feet aside): the camera climbs until it sees over it.
    @Test(arguments: ["the pyramids of egypt", "a camel walking in the desert", "a castle on a hill", "a lion standing on wild grass"], [UInt32(1), 2, 3])
    func theLandNeverHidesTheSubject(prompt: String, seed: UInt32) throws {
        let plan = PromptParser().plan(for: RenderRequest(prompt: prompt, seed: seed))
        let scene = CinematicFixtures.source(plan).scene
        let subject = try #require(scene.actors.first { $0.track.seat == nil && $0.kind != .dish }, "\(prompt)")
        let pose = subject.track.pose(at: 0), eye = scene.camera.camera(at: 0).position
        let target = pose.position.mixed(with: subject.kind.head(of: pose, length: subject.length), 0.5)
        let last = 1 - min(subject.length * 1.5 / (target - eye).length, 0.5)
        for step in 1..<40 {
            let point = eye.mixed(with: target, Float(step) / 40 * last)
            #expect(scene.terrain.height(point.x, point.z) < point.y, "\(prompt) (seed \(seed)): the land hides it \(step * 100 / 40) % of the way")
        }
    }

    /// Subjects that stay put, which the camera has no motion of theirs to follow.
    static let restingPrompts = [
        "a lion standing on wild grass", "cheetah lying on the grass", "a zebra eating grass on the field", "a pig wallowing in mud",
        "a goat standing on a rock", "a cow grazing in a field", "a parked motorcycle on a roadside", "a red car parked on the street",
        "a sleeping cat", "a bear sitting in the forest", "a hedgehog in the forest", "a squirrel eating nuts",
        "a boat moored in a harbor", "a giraffe eating leaves", "an owl perched on a branch", "a ferry boat on a canal",
    ]

    /// A subject that stays put is the whole point of the shot: it fills about a fifth of
    /// the frame's height or more, never a speck on the land, nor (horns and ears included) two thirds of it.
    @Test(arguments: restingPrompts, [UInt32(1), 2, 42])
    func aRestingSubjectFillsAGoodShareOfTheFrame(prompt: String, seed: UInt32) throws {
        let (heights, outside, kind) = try Self.measure(prompt: prompt, seed: seed)
        #expect(outside == 0, "\(prompt) (seed \(seed)): the \(kind) is out of the frame in \(outside) of 20 moments")
        #expect((heights.min() ?? 0) >= 0.18, "\(prompt) (seed \(seed)): the \(kind) fills only \(heights.min() ?? 0) of the frame's height")
        #expect((heights.max() ?? 1) <= 0.65, "\(prompt) (seed \(seed)): the \(kind) grows to \(heights.max() ?? 1) of the frame's height")
    }

    /// The lens widens only for one on the ground that looms from near its own level (a
    /// squirrel with its tail up): a jellyfish trailing its tentacles fills the frame as it is.
    @Test func aSwimmerIsNotWidenedAway() {
        let scene = CinematicFixtures.source(PromptParser().plan(for: RenderRequest(prompt: "pink jellyfish swimming underwater in a blue sea", seed: 1))).scene
        for step in 0..<20 {
            let time = Float(step) * 0.25
            #expect(scene.camera.camera(at: time).verticalFieldOfView <= scene.camera.verticalFieldOfView * 1.001, "widened at \(time) s")
        }
    }

    /// From an extremely wide shot into one that keeps the subject prominent, the lens eases
    /// in rather than jumping: no frame's field of view differs from the last by over 8 %
    /// (a jump would be up to 4 times).
    @Test(arguments: [UInt32(1), 2, 3])
    func theLensNeverJumpsBetweenShots(seed: UInt32) {
        var plan = CinematicFixtures.plan(setting: .lake, subject: .boat, action: .sail, seed: seed)
        plan.beats = [
            Beat(start: 0, end: 0.5, actions: [SubjectAction(subject: 0, action: .sail)], camera: CameraMove(motion: .panRight, framing: .extremeWide), text: "a"),
            Beat(start: 0.5, end: 1, actions: [SubjectAction(subject: 0, action: .sail)], camera: CameraMove(motion: .panRight, framing: .wide), text: "b"),
        ]
        let camera = CinematicFixtures.source(plan).scene.camera
        var last = camera.camera(at: 0).verticalFieldOfView
        for frame in 1..<120 {
            let fieldOfView = camera.camera(at: Float(frame) / 24).verticalFieldOfView
            #expect(abs(fieldOfView / last - 1) < 0.08, "frame \(frame): \(last) to \(fieldOfView)")
            last = fieldOfView
        }
    }
}
