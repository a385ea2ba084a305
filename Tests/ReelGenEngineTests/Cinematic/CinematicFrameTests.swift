@testable import ReelGenEngine
import Testing

/// Frames are sane: exposed, moving when the prompt moves, and free of flicker.
@Suite struct CinematicFrameTests {
    @Test(arguments: [TimeOfDay.noon, .dusk, .night])
    func framesAreNeitherBlackNorBlownOut(time: TimeOfDay) {
        let source = CinematicFixtures.source(CinematicFixtures.plan(setting: .hills, subject: .person, action: .walk, time: time))
        for index in [0, 60, 119] {
            let luma = CinematicFixtures.frame(source, index).meanLuma
            #expect(luma > 0.03 && luma < 0.85, "frame \(index) at \(time) has mean luma \(luma)")
        }
    }

    @Test func actionMeansMotion() {
        let source = CinematicFixtures.source(CinematicFixtures.dragonPlan())
        let middle = CinematicFixtures.frame(source, 60), late = CinematicFixtures.frame(source, 110)
        #expect(middle.blockLumaDifference(to: late) > 0.03, "the dragon's rush should change the frame")
    }

    @Test func consecutiveFramesDoNotFlicker() {
        let source = CinematicFixtures.source(CinematicFixtures.dragonPlan())
        var previous = CinematicFixtures.frame(source, 30)
        for index in 31...36 {
            let frame = CinematicFixtures.frame(source, index)
            #expect(abs(frame.meanLuma - previous.meanLuma) < 0.02, "mean luma jumped between frames \(index - 1) and \(index)")
            #expect(frame.blockLumaDifference(to: previous) < 0.03)
            previous = frame
        }
    }

    @Test(arguments: AspectRatio.allCases)
    func everyFrameShapeRenders(aspect: AspectRatio) {
        let full = FrameSize(aspectRatio: aspect, resolution: .p360)
        let size = FrameSize(width: full.width / 4, height: full.height / 4)
        let source = CinematicFrameSource(plan: CinematicFixtures.dragonPlan(), frameSize: size, frameCount: 120, pool: CinematicFixtures.pool)
        let frame = CinematicFixtures.frame(source, 100)
        #expect(frame.width == size.width && frame.height == size.height)
        #expect(frame.meanLuma > 0.02)
    }

    @Test func oddAndTinySizesRender() {
        for (width, height) in [(33, 17), (2, 2), (17, 31)] {
            let source = CinematicFrameSource(plan: CinematicFixtures.dragonPlan(), frameSize: FrameSize(width: width, height: height), frameCount: 24,
                                              pool: CinematicFixtures.pool)
            #expect(CinematicFixtures.frame(source, 12).meanLuma > 0.01)
        }
    }

    @Test func clayHoldsEveryOtherFrame() {
        let source = CinematicFixtures.source(CinematicFixtures.dragonPlan(look: .clay))
        #expect(CinematicFixtures.frame(source, 80).pixels == CinematicFixtures.frame(source, 81).pixels)
        #expect(CinematicFixtures.frame(source, 81).pixels != CinematicFixtures.frame(source, 82).pixels)
    }

    /// A source drawing frames in order copies held frames; they must be what it would draw.
    @Test func heldFramesInSequenceMatchFreshFrames() {
        let plan = CinematicFixtures.dragonPlan(look: .clay)
        var sequence = CinematicFixtures.source(plan)
        var image = RGBImage(size: sequence.frameSize)
        for index in 81...84 {
            sequence.render(frame: index, into: &image)
            #expect(image.pixels == CinematicFixtures.frame(CinematicFixtures.source(plan), index).pixels, "frame \(index)")
        }
    }
}

/// Nights look like nights: moonlit surfaces lose their colour, a neon city keeps it.
@Suite struct MoonlightTests {
    @Test func moonlitSurfacesAreGreyerThanTheirColours() {
        let plan = CinematicFixtures.plan(setting: .meadow, subject: .person, time: .night)
        let moonlit = CinematicFixtures.source(plan)
        var coloured = moonlit
        coloured.scene.look.surfaceSaturation = 1
        #expect(moonlit.scene.look.surfaceSaturation < 0.5)
        let grey = CinematicFixtures.frame(moonlit, 30), full = CinematicFixtures.frame(coloured, 30)
        // The ground fills the bottom half; the night sky keeps its blue by design.
        let greyGround = Self.bottomHalf(grey).meanChroma, fullGround = Self.bottomHalf(full).meanChroma
        #expect(greyGround < fullGround * 0.7, "moonlight kept the colours: \(greyGround) vs \(fullGround)")
        #expect(abs(grey.meanLuma - full.meanLuma) < 0.05, "greying should not darken the frame")
    }

    private static func bottomHalf(_ image: RGBImage) -> RGBImage {
        var half = RGBImage(width: image.width, height: image.height / 2)
        half.pixels = Array(image.pixels[(image.height - half.height) * image.bytesPerRow..<image.pixels.count])
        return half
    }

    @Test func neonNightsAndDaysKeepTheirColour() {
        #expect(CinematicFixtures.source(CinematicFixtures.plan(setting: .cityStreet, time: .night, look: .cyberpunk)).scene.look.surfaceSaturation == 1)
        #expect(CinematicFixtures.source(CinematicFixtures.plan(setting: .meadow, time: .afternoon)).scene.look.surfaceSaturation == 1)
    }
}
