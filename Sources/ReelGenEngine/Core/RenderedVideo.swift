/// The files one render produced, as paths inside the directory it was given.
public struct RenderedVideo: Hashable, Codable, Sendable {
    public static let videoFileName = "output.mp4"
    public static let previewFileName = "preview.gif"
    public static let posterFileName = "poster.jpg"

    public var videoPath: String
    public var previewPath: String
    public var posterPath: String
    /// Bytes of the MP4.
    public var videoSize: Int
    public var frameSize: FrameSize
    public var frameCount: Int

    public init(videoPath: String, previewPath: String, posterPath: String, videoSize: Int, frameSize: FrameSize, frameCount: Int) {
        self.videoPath = videoPath
        self.previewPath = previewPath
        self.posterPath = posterPath
        self.videoSize = videoSize
        self.frameSize = frameSize
        self.frameCount = frameCount
    }
}
