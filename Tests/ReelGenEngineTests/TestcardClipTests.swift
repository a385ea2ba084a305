import Foundation
import ReelGenEngine
import Testing

/// The testcard engine through the real encoder, checked with the real ffprobe: every
/// aspect ratio at every resolution gives the exact H.264 MP4 the API promises.
@Suite(.serialized)
struct TestcardClipTests {
    /// DESIGN §2's table, written out rather than computed, so a mistake in `FrameSize` shows.
    static let expectedSizes: [AspectRatio: [Resolution: (Int, Int)]] = [
        .landscape16x9: [.p360: (640, 360), .p540: (960, 540), .p720: (1280, 720), .p1080: (1920, 1080)],
        .portrait9x16: [.p360: (360, 640), .p540: (540, 960), .p720: (720, 1280), .p1080: (1080, 1920)],
        .square: [.p360: (360, 360), .p540: (540, 540), .p720: (720, 720), .p1080: (1080, 1080)],
        .landscape4x3: [.p360: (480, 360), .p540: (720, 540), .p720: (960, 720), .p1080: (1440, 1080)],
        .portrait3x4: [.p360: (360, 480), .p540: (540, 720), .p720: (720, 960), .p1080: (1080, 1440)],
    ]

    @Test("5 s clip is an exact 24 fps H.264 MP4 with faststart, a GIF and a JPEG", arguments: AspectRatio.allCases, Resolution.allCases)
    func fiveSecondClip(aspectRatio: AspectRatio, resolution: Resolution) async throws {
        let (width, height) = try #require(Self.expectedSizes[aspectRatio]?[resolution])
        let request = RenderRequest(prompt: "a lighthouse in a storm", aspectRatio: aspectRatio, resolution: resolution, duration: .five, seed: 3)
        try await checkClip(request, width: width, height: height, frames: 120, seconds: 5)
    }

    @Test("8 s clip has 192 frames and lasts 8 s")
    func eightSecondClip() async throws {
        let request = RenderRequest(prompt: "eight seconds", aspectRatio: .portrait9x16, resolution: .p360, duration: .eight, seed: 5)
        try await checkClip(request, width: 360, height: 640, frames: 192, seconds: 8)
    }

    @Test func engineID() {
        #expect(TestcardEngine(pool: RenderThreadPool(threads: 1)).id == "reelgen/testcard")
    }

    private func checkClip(_ request: RenderRequest, width: Int, height: Int, frames: Int, seconds: Double) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let engine = TestcardEngine(pool: RenderThreadPool(threads: 2))
        let video = try await engine.render(request, into: directory.path, progress: { _ in })

        #expect(video.videoPath == directory.path + "/output.mp4")
        #expect(video.previewPath == directory.path + "/preview.gif")
        #expect(video.posterPath == directory.path + "/poster.jpg")
        #expect(video.frameSize == FrameSize(width: width, height: height))
        #expect(video.frameCount == frames)
        #expect(try directory.contents() == ["output.mp4", "poster.jpg", "preview.gif"])
        let fileSize = (try FileManager.default.attributesOfItem(atPath: video.videoPath)[.size] as? NSNumber)?.intValue
        #expect(video.videoSize == fileSize)

        let probe = try MediaProbe.probe(video.videoPath)
        let stream = try #require(probe.streams.first)
        #expect(probe.streams.count == 1)
        #expect(probe.format.format_name.contains("mp4"))
        #expect(stream.codec_name == "h264")
        #expect(stream.pix_fmt == "yuv420p")
        #expect(stream.width == width)
        #expect(stream.height == height)
        #expect(stream.r_frame_rate == "24/1")
        #expect(stream.nb_frames == String(frames))
        let duration = try #require(probe.format.duration.flatMap { Double($0) })
        #expect(abs(duration - seconds) < 0.001)
        let streamDuration = try #require(stream.duration.flatMap { Double($0) })
        #expect(abs(streamDuration - seconds) < 0.001)

        // Faststart: the index (moov) comes before the media data, so playback starts at once.
        let atoms = try MP4Atoms.topLevel(of: video.videoPath)
        let moov = try #require(atoms.firstIndex(of: "moov"))
        let mdat = try #require(atoms.firstIndex(of: "mdat"))
        #expect(moov < mdat)

        let preview = try #require(try MediaProbe.probe(video.previewPath).streams.first)
        #expect(preview.codec_name == "gif")
        #expect(max(preview.width ?? 0, preview.height ?? 0) == min(256, max(width, height)))
        #expect(try MediaProbe.decodeErrors(video.previewPath) == "")

        let poster = try #require(try MediaProbe.probe(video.posterPath).streams.first)
        #expect(poster.codec_name == "mjpeg")
        #expect(max(poster.width ?? 0, poster.height ?? 0) == min(1280, max(width, height)))
        #expect(try MediaProbe.decodeErrors(video.posterPath) == "")
    }
}
