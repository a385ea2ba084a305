@testable import ReelGenEngine

/// Hand-written plans so the cinematic tests do not depend on the parser's choices.
enum CinematicFixtures {
    /// Shared by every suite: rendering parallelises inside a frame, so tests can share it.
    static let pool = RenderThreadPool(threads: 2)

    /// The showcase: a menacing dragon above the tallest peak, then rushing the camera jaws open.
    static func dragonPlan(seed: UInt32 = 1, look: Look.Kind = .cinematic) -> ScenePlan {
        ScenePlan(
            prompt: "A menacing evil dragon appears in a distance above the tallest mountain, then rushes toward the camera with its jaws open",
            seed: seed, setting: .mountains, timeOfDay: .dusk, weather: [.storm], mood: .menacing, look: Look(kind: look),
            features: [.tallestPeak], subjects: [Subject(concept: "dragon", category: .dragon, size: .large, attributes: ["evil"])],
            beats: [
                Beat(start: 0, end: 0.48, actions: [SubjectAction(subject: 0, action: .appear), SubjectAction(subject: 0, action: .fly)],
                     camera: CameraMove(motion: .staticShot, framing: .extremeWide), text: "appears above the tallest mountain"),
                Beat(start: 0.48, end: 1, actions: [SubjectAction(subject: 0, action: .rushTowardCamera), SubjectAction(subject: 0, action: .openJaws)],
                     camera: CameraMove(motion: .staticShot, framing: .wide), text: "rushes toward the camera with its jaws open"),
            ],
            removed: [], unusedWords: [])
    }

    /// A single-beat plan for a subject doing one thing somewhere.
    static func plan(
        setting: Setting, subject: Subject.Category? = nil, action: Action = .idle, time: TimeOfDay = .afternoon,
        look: Look.Kind = .cinematic, removed: [String] = [], seed: UInt32 = 3
    ) -> ScenePlan {
        let subjects = subject.map { [Subject(concept: "\($0)", category: $0)] } ?? []
        let actions = subject == nil ? [] : [SubjectAction(subject: 0, action: action)]
        return ScenePlan(
            prompt: "test", seed: seed, setting: setting, timeOfDay: time, weather: [], mood: .neutral, look: Look(kind: look),
            features: [], subjects: subjects,
            beats: [Beat(start: 0, end: 1, actions: actions, camera: CameraMove(motion: .staticShot, framing: .wide), text: "test")],
            removed: removed, unusedWords: [])
    }

    static func source(_ plan: ScenePlan, width: Int = 128, height: Int = 72) -> CinematicFrameSource {
        CinematicFrameSource(plan: plan, frameSize: FrameSize(width: width, height: height), frameCount: 120, pool: pool)
    }

    static func frame(_ source: CinematicFrameSource, _ index: Int) -> RGBImage {
        var source = source
        var image = RGBImage(size: source.frameSize)
        source.render(frame: index, into: &image)
        return image
    }
}
