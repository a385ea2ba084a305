import Foundation
import ReelGenEngine
import Testing

/// The shared frame loop: determinism, progress, cancellation and failure clean-up.
@Suite(.serialized)
struct ClipRendererTests {
    private let pool = RenderThreadPool(threads: 2)

    private func request(seed: UInt32, duration: ClipDuration = .five) -> RenderRequest {
        RenderRequest(prompt: "determinism check", aspectRatio: .landscape16x9, resolution: .p360, duration: duration, seed: seed)
    }

    private func fileBytes(_ video: RenderedVideo) throws -> [Data] {
        try [video.videoPath, video.previewPath, video.posterPath].map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
    }

    @Test("same request and seed give identical files; another seed gives another MP4")
    func determinism() async throws {
        let first = try TemporaryDirectory(), second = try TemporaryDirectory(), other = try TemporaryDirectory()
        defer { [first, second, other].forEach { $0.remove() } }
        let engine = TestcardEngine(pool: pool)

        let a = try await engine.render(request(seed: 7), into: first.path, progress: { _ in })
        let b = try await engine.render(request(seed: 7), into: second.path, progress: { _ in })
        let c = try await engine.render(request(seed: 8), into: other.path, progress: { _ in })

        let bytesA = try fileBytes(a), bytesB = try fileBytes(b), bytesC = try fileBytes(c)
        #expect(bytesA[0] == bytesB[0], "MP4 differs between identical renders")
        #expect(bytesA[1] == bytesB[1], "GIF differs between identical renders")
        #expect(bytesA[2] == bytesB[2], "JPEG differs between identical renders")
        #expect(bytesA[0] != bytesC[0], "another seed gave the same MP4")
    }

    @Test("progress rises after every frame and ends at exactly 1")
    func progress() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let reported = Recorder<Double>()
        _ = try await TestcardEngine(pool: pool).render(request(seed: 1), into: directory.path, progress: reported.append)

        let values = reported.values
        #expect(values.count == 120)
        #expect(zip(values, values.dropFirst()).allSatisfy { $0 < $1 })
        #expect(values.first == 1.0 / 120)
        #expect(values.last == 1.0)
    }

    @Test("cancelling mid-clip throws CancellationError within a frame and leaves no files", .timeLimit(.minutes(1)))
    func cancellation() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let gate = FrameGate(pauseAt: 10)
        let renderer = ClipRenderer(pool: pool)
        let task = Task { [request = request(seed: 2)] in
            try await renderer.render(GatedSource(gate: gate), request: request, into: directory.path, progress: { _ in })
        }
        await gate.paused()
        task.cancel()
        gate.release()
        let result = await task.result

        #expect(throws: CancellationError.self) { try result.get() }
        // Frame 10 was being drawn when the task was cancelled; no frame after it starts.
        #expect(gate.renderedCount == 11)
        #expect(try directory.contents() == [])
    }

    @Test("a task cancelled before it starts renders nothing")
    func cancelledBeforeStart() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let gate = FrameGate(pauseAt: nil)
        let renderer = ClipRenderer(pool: pool)
        let task = Task { [request = request(seed: 2)] in
            withUnsafeCurrentTask { $0?.cancel() }
            return try await renderer.render(GatedSource(gate: gate), request: request, into: directory.path, progress: { _ in })
        }
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(gate.renderedCount == 0)
        #expect(try directory.contents() == [])
    }

    @Test("an unwritable directory gives an FFmpegError, not a crash")
    func missingDirectory() async throws {
        let directory = try TemporaryDirectory()
        directory.remove()
        let error = await #expect(throws: FFmpegError.self) {
            try await TestcardEngine(pool: pool).render(request(seed: 1), into: directory.path + "/missing", progress: { _ in })
        }
        #expect(error?.operation.hasPrefix("avio_open") == true)
        #expect(error?.message.isEmpty == false)
    }
}
