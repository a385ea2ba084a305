import CFFmpeg

/// An `AVFrame`, freed with its owner: either with picture buffers of one size and pixel
/// format, or empty, to receive frames from a filter graph.
final class OwnedFrame {
    let pointer: UnsafeMutablePointer<AVFrame>

    init() throws(FFmpegError) {
        pointer = try FFmpegError.allocated(av_frame_alloc(), "av_frame_alloc")
    }

    init(size: FrameSize, format: AVPixelFormat) throws(FFmpegError) {
        pointer = try FFmpegError.allocated(av_frame_alloc(), "av_frame_alloc")
        pointer.pointee.width = Int32(size.width)
        pointer.pointee.height = Int32(size.height)
        pointer.pointee.format = format.rawValue
        // Deinit runs if this throws, so the frame is not leaked.
        try FFmpegError.check(av_frame_get_buffer(pointer, 0), "av_frame_get_buffer(\(size))")
    }

    deinit {
        var frame: UnsafeMutablePointer<AVFrame>? = pointer
        av_frame_free(&frame)
    }

    /// Makes sure no encoder or filter still references the buffers before they are
    /// overwritten with the next picture.
    func makeWritable() throws(FFmpegError) {
        try FFmpegError.check(av_frame_make_writable(pointer), "av_frame_make_writable")
    }
}
