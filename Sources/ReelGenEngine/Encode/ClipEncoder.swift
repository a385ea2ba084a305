#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Turns a stream of frames into the three files of a render (the MP4, the GIF preview
/// and the poster), each under a temporary name until `finish` renames them into place.
/// `discard`, or dropping an unfinished encoder, removes them.
final class ClipEncoder {
    private let size: FrameSize
    private let frameCount: Int
    private let videoFile: PendingFile
    private let previewFile: PendingFile
    private let posterFile: PendingFile
    private var video: MP4Writer?
    private var preview: GIFPreviewWriter?
    private var poster: PosterWriter?
    private var isFinished = false

    /// - Parameters:
    ///   - directory: an existing directory; made absolute, as `RenderedVideo` promises.
    ///   - size: the size of every frame.
    ///   - frameCount: how many frames will come.
    init(directory: String, size: FrameSize, frameCount: Int) throws(FFmpegError) {
        FFmpegLogging.quietOnce()
        let directory = Self.absolute(directory)
        self.size = size
        self.frameCount = frameCount
        videoFile = PendingFile(directory: directory, name: RenderedVideo.videoFileName)
        previewFile = PendingFile(directory: directory, name: RenderedVideo.previewFileName)
        posterFile = PendingFile(directory: directory, name: RenderedVideo.posterFileName)
        video = try MP4Writer(path: videoFile.temporaryPath, size: size)
        preview = try GIFPreviewWriter(path: previewFile.temporaryPath, clipSize: size)
        poster = try PosterWriter(path: posterFile.temporaryPath, clipSize: size, frameCount: frameCount)
    }

    deinit {
        if !isFinished { discard() }
    }

    /// Encodes frame `index`; frames must come in order.
    func append(_ image: RGBImage, index: Int) throws(FFmpegError) {
        try video?.append(image)
        try preview?.offer(image, index: index)
        try poster?.offer(image, index: index)
    }

    /// Completes all three files, renames them into place and describes them.
    func finish() throws(FFmpegError) -> RenderedVideo {
        try video?.finish()
        try preview?.finish()
        try poster?.finish()
        closeWriters()
        let videoSize = try videoFile.commit()
        _ = try previewFile.commit()
        _ = try posterFile.commit()
        isFinished = true
        return RenderedVideo(
            videoPath: videoFile.finalPath,
            previewPath: previewFile.finalPath,
            posterPath: posterFile.finalPath,
            videoSize: videoSize,
            frameSize: size,
            frameCount: frameCount
        )
    }

    /// Frees the encoders and removes every file this encoder wrote.
    func discard() {
        closeWriters()
        for file in [videoFile, previewFile, posterFile] { file.discard() }
    }

    private func closeWriters() {
        video = nil
        preview = nil
        poster = nil
    }

    private static func absolute(_ directory: String) -> String {
        var trimmed = directory
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        if trimmed.hasPrefix("/") { return trimmed }
        return FileManager.default.currentDirectoryPath + "/" + trimmed
    }
}
