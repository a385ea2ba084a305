import Foundation
import ReelGenEngine

/// A small real engine for the pool's tests: writes the three output files, reports
/// progress per frame, honours cancellation between frames, and can be told to fail
/// or to block until cancelled.
struct FileWritingEngine: VideoEngine {
    enum Behaviour: Sendable {
        /// Renders `frames` frames, `frameTime` each.
        case render(frames: Int, frameTime: Duration)
        /// Throws `InternalRenderError` (text a client must never see).
        case fail
        /// Renders forever, until cancelled.
        case hang
    }

    struct InternalRenderError: Error, CustomStringConvertible {
        var description: String { "segfault in /secret/internal/path.swift:42" }
    }

    let id: String
    let behaviour: Behaviour

    func render(_ request: RenderRequest, into directory: String, progress: @escaping RenderProgress) async throws -> RenderedVideo {
        let frames: Int
        let frameTime: Duration
        switch behaviour {
        case .fail: throw InternalRenderError()
        case .render(let count, let time): (frames, frameTime) = (count, time)
        case .hang: (frames, frameTime) = (Int.max, .milliseconds(20))
        }
        var video = Data()
        for frame in 0..<frames {
            try await Task.sleep(for: frameTime)
            video.append(contentsOf: "frame \(frame) of \(request.prompt)\n".utf8)
            progress(Double(frame + 1) / Double(frames))
        }
        let paths = [RenderedVideo.videoFileName, RenderedVideo.previewFileName, RenderedVideo.posterFileName]
            .map { (directory as NSString).appendingPathComponent($0) }
        try video.write(to: URL(fileURLWithPath: paths[0]))
        try Data("GIF89a".utf8).write(to: URL(fileURLWithPath: paths[1]))
        try Data([0xFF, 0xD8, 0xFF]).write(to: URL(fileURLWithPath: paths[2]))
        return RenderedVideo(
            videoPath: paths[0], previewPath: paths[1], posterPath: paths[2],
            videoSize: video.count, frameSize: request.frameSize, frameCount: frames
        )
    }
}
