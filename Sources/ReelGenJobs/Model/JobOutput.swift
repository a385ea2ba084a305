/// The files a completed job left in its output directory, relative to the store's
/// output root (`<job id>/output.mp4`, ...). Nil once the retention sweeper removed them.
public struct JobOutput: Codable, Hashable, Sendable {
    public var videoFile: String
    public var previewFile: String
    public var posterFile: String
    public var videoSize: Int

    public init(videoFile: String, previewFile: String, posterFile: String, videoSize: Int) {
        self.videoFile = videoFile
        self.previewFile = previewFile
        self.posterFile = posterFile
        self.videoSize = videoSize
    }
}
