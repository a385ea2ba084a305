@testable import ReelGenEngine
import Testing

/// Fire, smoke, candles and fireworks show where the World put them, move, and go when
/// the negative prompt names them.
@Suite struct FireTests {
    static func plan(_ features: [SceneFeature], setting: Setting = .river, time: TimeOfDay = .dusk, removed: [String] = [], seed: UInt32 = 3) -> ScenePlan {
        var plan = CinematicFixtures.plan(setting: setting, time: time, removed: removed, seed: seed)
        plan.features = features
        return plan
    }

    @Test(arguments: [UInt32(1), 2, 3, 4])
    func aCampFireStandsOnDryGroundInShot(seed: UInt32) throws {
        let scene = CinematicFixtures.source(Self.plan([.fire], seed: seed)).scene
        let fire = try #require(scene.fires.first)
        #expect(fire.hasFlames)
        #expect(scene.terrain.waterLevel.map { scene.terrain.height(fire.base.x, fire.base.z) > $0 } == true, "the fire is not in the river")
        for frame in [0, 60, 119] {
            let point = try #require(Self.pixel(of: fire.base + SIMD3(0, fire.height * 0.5, 0), in: scene, frame: frame))
            #expect(point.x > 4 && point.x < 124 && point.y > 4 && point.y < 68, "frame \(frame): the fire is at \(point)")
        }
    }

    @Test func flamesAreWarmAndBrightWhereTheFireStandsAndGoneWhenRemoved() throws {
        let source = CinematicFixtures.source(Self.plan([.fire]))
        let fire = try #require(source.scene.fires.first)
        let point = try #require(Self.pixel(of: fire.base + SIMD3(0, fire.height * 0.3, 0), in: source.scene, frame: 40))
        let burning = Self.region(CinematicFixtures.frame(source, 40), around: point, radius: 2)

        let unlit = CinematicFixtures.source(Self.plan([.fire], removed: ["fire"]))
        #expect(unlit.scene.fires.isEmpty)
        #expect(unlit.scene.precipitation.kind == .none, "no embers either")
        // The same view with the flames put out: without a fire the camera frames other scenery.
        var doused = source
        doused.scene.fires = []
        let bare = Self.region(CinematicFixtures.frame(doused, 40), around: point, radius: 2)
        #expect(burning.x > bare.x + 0.25, "flames \(burning) are brighter than the bare ground \(bare)")
        #expect(burning.x - burning.z > bare.x - bare.z + 0.1, "flames \(burning) are warmer than the bare ground \(bare)")
    }

    @Test func flamesFlickerYetEveryRenderIsTheSame() throws {
        let source = CinematicFixtures.source(Self.plan([.fire], time: .night), width: 256, height: 144)
        let fire = try #require(source.scene.fires.first)
        let point = try #require(Self.pixel(of: fire.base + SIMD3(0, fire.height * 0.6, 0), in: source.scene, frame: 50, size: SIMD2(256, 144)))
        let first = CinematicFixtures.frame(source, 50), later = CinematicFixtures.frame(source, 53)
        let change = Self.regionDifference(first, later, around: point, radius: 6)
        #expect(change > 0.03, "the flames moved between frames: \(change)")
        #expect(CinematicFixtures.frame(source, 50).pixels == first.pixels)
    }

    @Test func smokeGreysTheAirAboveTheFire() throws {
        let smoky = CinematicFixtures.source(Self.plan([.smoke], time: .afternoon))
        let plume = try #require(smoky.scene.fires.first)
        #expect(!plume.hasFlames, "smoke alone has no flames")
        let point = try #require(Self.pixel(of: plume.base + SIMD3(0, plume.height * 2.5, 0), in: smoky.scene, frame: 60))
        let clear = CinematicFixtures.source(Self.plan([.smoke], time: .afternoon, removed: ["smoke"]))
        #expect(clear.scene.fires.isEmpty)
        let withSmoke = Self.region(CinematicFixtures.frame(smoky, 60), around: point, radius: 3)
        let without = Self.region(CinematicFixtures.frame(clear, 60), around: point, radius: 3)
        func chroma(_ c: SIMD3<Double>) -> Double { c.max() - c.min() }
        #expect(chroma(withSmoke) < chroma(without) * 0.7, "smoke \(withSmoke) is greyer than the air \(without)")
    }

    @Test func fireworksColourTheNightSky() {
        let display = CinematicFixtures.source(Self.plan([.fireworks], setting: .plains, time: .night), width: 256, height: 144)
        let plain = CinematicFixtures.source(Self.plan([], setting: .plains, time: .night), width: 256, height: 144)
        #expect(display.scene.fireworks.count >= 5)
        #expect(Set(display.scene.fireworks.map { $0.color.description }).count >= 3, "several colours")
        for frame in [12, 60, 110] {
            let bursts = Self.colourfulSkyPixels(CinematicFixtures.frame(display, frame))
            let none = Self.colourfulSkyPixels(CinematicFixtures.frame(plain, frame))
            #expect(bursts > 15 && none < 3, "frame \(frame): \(bursts) coloured sky pixels with fireworks, \(none) without")
        }
    }

    @Test func aBurningBuildingBurnsAtItsFront() throws {
        var plan = CinematicFixtures.plan(setting: .village, subject: .building, action: .burn)
        plan.subjects[0].concept = "house"
        let scene = CinematicFixtures.source(plan).scene
        let house = scene.actors[0].track.pose(at: 2.5).position
        #expect(scene.fires.count >= 2)
        for fire in scene.fires {
            let gap = SIMD2(fire.base.x - house.x, fire.base.z - house.z)
            #expect((gap * gap).sum().squareRoot() < scene.actors[0].length, "flames at the house, not \(gap) m away")
            #expect(fire.height > 4, "flames as tall as a storey or more")
        }
    }

    @Test func candlesBurnWithSmallFlames() throws {
        let source = CinematicFixtures.source(Self.plan([.candles], setting: .interior, time: .night), width: 256, height: 144)
        #expect(source.scene.fires.count == 3)
        #expect(source.scene.fires.allSatisfy { $0.height < 0.1 && $0.smoke == 0 })
        let flame = try #require(source.scene.fires.first)
        let point = try #require(Self.pixel(of: flame.base + SIMD3(0, flame.height * 0.4, 0), in: source.scene, frame: 30, size: SIMD2(256, 144)))
        // A wick's flame is a pixel or two across at this size, its core white-hot: bright
        // at its brightest, warm over the pixels around it.
        let frame = CinematicFixtures.frame(source, 30)
        let core = Self.brightest(frame, around: point, radius: 1), glow = Self.region(frame, around: point, radius: 1)
        #expect(core.x > 0.6 && glow.x > glow.z + 0.08, "a bright, warm flame at the wick: \(core), \(glow) around it")
    }

    @Test func theNegativePromptPutsTheFireOut() {
        let parser = PromptParser()
        let lit = parser.plan(for: RenderRequest(prompt: "a bonfire near river, smoke rising"))
        let out = parser.plan(for: RenderRequest(prompt: "a bonfire near river, smoke rising", negativePrompt: "fire, smoke"))
        #expect(!CinematicFixtures.source(lit).scene.fires.isEmpty)
        #expect(CinematicFixtures.source(out).scene.fires.isEmpty)
    }

    // MARK: - Measuring frames

    /// Where a world point lands in a frame of `size` pixels.
    static func pixel(of point: SIMD3<Float>, in scene: Scene, frame: Int, size: SIMD2<Int> = SIMD2(128, 72)) -> SIMD2<Int>? {
        let camera = scene.camera.camera(at: Float(frame) / Float(RenderRequest.framesPerSecond))
        guard let p = ScreenProjection(camera: camera, width: size.x, height: size.y).project(point, margin: 0) else { return nil }
        return SIMD2(Int(p.x), Int(p.y))
    }

    /// Mean colour, 0...1, of the square of pixels around a point.
    static func region(_ image: RGBImage, around point: SIMD2<Int>, radius: Int) -> SIMD3<Double> {
        var sum = SIMD3<Double>.zero, count = 0.0
        for y in max(point.y - radius, 0)...min(point.y + radius, image.height - 1) {
            for x in max(point.x - radius, 0)...min(point.x + radius, image.width - 1) {
                let p = (y * image.width + x) * 3
                sum += SIMD3(Double(image.pixels[p]), Double(image.pixels[p + 1]), Double(image.pixels[p + 2]))
                count += 1
            }
        }
        return sum / count / 255
    }

    /// The brightest pixel's colour, 0...1, in the square around a point.
    static func brightest(_ image: RGBImage, around point: SIMD2<Int>, radius: Int) -> SIMD3<Double> {
        var best = SIMD3<Double>.zero
        for y in max(point.y - radius, 0)...min(point.y + radius, image.height - 1) {
            for x in max(point.x - radius, 0)...min(point.x + radius, image.width - 1) {
                let p = (y * image.width + x) * 3
                let color = SIMD3(Double(image.pixels[p]), Double(image.pixels[p + 1]), Double(image.pixels[p + 2])) / 255
                if color.sum() > best.sum() { best = color }
            }
        }
        return best
    }

    static func regionDifference(_ a: RGBImage, _ b: RGBImage, around point: SIMD2<Int>, radius: Int) -> Double {
        var sum = 0.0, count = 0.0
        for y in max(point.y - radius, 0)...min(point.y + radius, a.height - 1) {
            for x in max(point.x - radius, 0)...min(point.x + radius, a.width - 1) {
                for c in 0..<3 {
                    let p = (y * a.width + x) * 3 + c
                    sum += abs(Double(a.pixels[p]) - Double(b.pixels[p]))
                    count += 1
                }
            }
        }
        return sum / count / 255
    }

    /// Bright, strongly coloured pixels in the upper half of the frame.
    static func colourfulSkyPixels(_ image: RGBImage) -> Int {
        var count = 0
        for y in 0..<(image.height / 2) {
            for x in 0..<image.width {
                let p = (y * image.width + x) * 3
                let r = Int(image.pixels[p]), g = Int(image.pixels[p + 1]), b = Int(image.pixels[p + 2])
                if max(r, g, b) > 120 && max(r, g, b) - min(r, g, b) > 60 { count += 1 }
            }
        }
        return count
    }
}
