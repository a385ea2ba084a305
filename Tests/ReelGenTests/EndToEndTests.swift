import Foundation
import ReelGenClient
import Testing

/// The real `reelgen` binary, driven over HTTP like a user's client would.
@Suite(.serialized) struct EndToEndTests {
    struct Size: Sendable, CustomTestStringConvertible {
        var aspectRatio: String
        var resolution: String
        var width: Int
        var height: Int
        var testDescription: String { "\(aspectRatio) \(resolution)" }
    }

    static let sizes: [Size] = {
        let table: [(String, [(String, Int, Int)])] = [
            ("16:9", [("360p", 640, 360), ("540p", 960, 540), ("720p", 1280, 720), ("1080p", 1920, 1080)]),
            ("9:16", [("360p", 360, 640), ("540p", 540, 960), ("720p", 720, 1280), ("1080p", 1080, 1920)]),
            ("1:1", [("360p", 360, 360), ("540p", 540, 540), ("720p", 720, 720), ("1080p", 1080, 1080)]),
            ("4:3", [("360p", 480, 360), ("540p", 720, 540), ("720p", 960, 720), ("1080p", 1440, 1080)]),
            ("3:4", [("360p", 360, 480), ("540p", 540, 720), ("720p", 720, 960), ("1080p", 1080, 1440)]),
        ]
        return table.flatMap { ratio, sizes in sizes.map { Size(aspectRatio: ratio, resolution: $0.0, width: $0.1, height: $0.2) } }
    }()

    /// Every size through create → poll → download, on both create paths; ffprobe
    /// checks the file is what was asked for.
    @Test func everySizeRendersExactly() async throws {
        let server = try ServerProcess(arguments: ["--workers", "2", "--default-engine", "reelgen/testcard"])
        defer { server.removeData() }
        try await server.start()
        let client = server.client
        var created: [(Size, String, Int)] = []
        for (index, size) in Self.sizes.enumerated() {
            let legacy = index % 2 == 1
            let duration = size.resolution == "360p" && size.aspectRatio == "1:1" ? 8 : 5
            let body = GenerationBody(model: legacy ? nil : "pixverse/v5/text-to-video", prompt: "Test pattern \(size.testDescription)", aspectRatio: size.aspectRatio, resolution: size.resolution, duration: duration, seed: index)
            let id = try await client.create(body, legacyPath: legacy).id
            created.append((size, id, duration))
        }
        for (size, id, duration) in created {
            let finished = try await client.waitUntilFinished(id: id, every: .milliseconds(200), timeout: .seconds(300))
            #expect(finished.status == "completed", "\(size.testDescription): \(finished.error?.message ?? "")")
            let video = try #require(finished.video)
            #expect(video.url.hasPrefix(server.baseURL))
            let path = "\(server.directory)/download-\(size.width)x\(size.height).mp4"
            try await client.download(video.url, to: path)
            let probe = try VideoProbe(path: path)
            #expect(probe.codec == "h264")
            #expect(probe.pixelFormat == "yuv420p")
            #expect(probe.width == size.width && probe.height == size.height, "\(size.testDescription)")
            #expect(probe.frameRate == "24/1")
            #expect(probe.frames == duration * 24)
            #expect(abs(probe.duration - Double(duration)) < 0.05)
            #expect(video.fileSize == (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int))
            #expect(finished.width == size.width && finished.height == size.height)
            let preview = try #require(finished.preview)
            try await client.download(preview.gif, to: path + ".gif")
            try await client.download(preview.poster, to: path + ".jpg")
            #expect(try VideoProbe(path: path + ".gif").codec == "gif")
            #expect(try VideoProbe(path: path + ".jpg").codec == "mjpeg")
        }
        #expect(try await server.stop() == 0)
    }

    /// The README's Python example, unchanged, against a local server with its defaults:
    /// the dragon prompt through `pixverse/v5/text-to-video` renders on the cinematic engine.
    @Test func pythonQuickstartCompletes() async throws {
        let server = try ServerProcess()
        defer { server.removeData() }
        try await server.start()
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../examples/quickstart.py").standardized.path
        let run = try await runTool("python3", [script], environment: [
            "REELGEN_URL": server.baseURL, "REELGEN_API_KEY": ServerProcess.apiKey, "QUICKSTART_POLL_SECONDS": "1",
        ])
        #expect(run.status == 0, "\(run.errors)")
        let output = run.output
        #expect(output.contains(#""status": "completed""#), "\(output)")
        #expect(output.contains(#""model": "pixverse/v5/text-to-video""#), "the model is echoed as the client asked for it")
        #expect(output.contains(#""engine": "reelgen/cinematic-v1""#), "the hosted model's id must reach the cinematic engine by default")
        #expect(output.contains("output.mp4"))
        try await server.stop()
    }
}
