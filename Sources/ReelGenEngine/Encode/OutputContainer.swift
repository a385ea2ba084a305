import CFFmpeg

/// A libavformat muxer writing one file; closes and frees everything on deinit, so a
/// failed render leaves no FFmpeg object behind.
final class OutputContainer {
    let pointer: UnsafeMutablePointer<AVFormatContext>
    private var isFileOpen = false

    /// - Parameters:
    ///   - format: the muxer's short name (`mp4`, `gif`), independent of the file's name,
    ///     so temporary names work.
    ///   - path: the file to create.
    init(format: String, path: String) throws(FFmpegError) {
        var context: UnsafeMutablePointer<AVFormatContext>?
        try FFmpegError.check(avformat_alloc_output_context2(&context, nil, format, path), "avformat_alloc_output_context2(\(format))")
        pointer = try FFmpegError.allocated(context, "avformat_alloc_output_context2(\(format))")
        // No muxer version strings or wall-clock times: same frames, same bytes.
        pointer.pointee.flags |= AVFMT_FLAG_BITEXACT
        try FFmpegError.check(avio_open(&pointer.pointee.pb, path, AVIO_FLAG_WRITE), "avio_open(\(path))")
        isFileOpen = true
    }

    deinit {
        // avformat_free_context also releases a muxer that never got its trailer.
        if isFileOpen { avio_closep(&pointer.pointee.pb) }
        avformat_free_context(pointer)
    }

    /// Whether encoders must put their parameter sets in extradata (MP4 does).
    var wantsGlobalHeader: Bool { pointer.pointee.oformat.pointee.flags & AVFMT_GLOBALHEADER != 0 }

    /// Adds a stream carrying what `encoder` (already opened) produces.
    func addStream(for encoder: EncoderContext) throws(FFmpegError) -> UnsafeMutablePointer<AVStream> {
        let stream = try FFmpegError.allocated(avformat_new_stream(pointer, nil), "avformat_new_stream")
        try FFmpegError.check(avcodec_parameters_from_context(stream.pointee.codecpar, encoder.pointer), "avcodec_parameters_from_context")
        stream.pointee.time_base = encoder.pointer.pointee.time_base
        stream.pointee.avg_frame_rate = encoder.pointer.pointee.framerate
        stream.pointee.r_frame_rate = encoder.pointer.pointee.framerate
        return stream
    }

    /// Writes the header with muxer options such as `movflags`.
    func writeHeader(options: [String: String] = [:]) throws(FFmpegError) {
        var dictionary: OpaquePointer?
        defer { av_dict_free(&dictionary) }
        for (key, value) in options.sorted(by: { $0.key < $1.key }) {
            try FFmpegError.check(av_dict_set(&dictionary, key, value, 0), "av_dict_set(\(key))")
        }
        try FFmpegError.check(avformat_write_header(pointer, &dictionary), "avformat_write_header")
    }

    /// Writes one encoded packet whose timestamps are in `timeBase`, into stream 0.
    func write(_ packet: UnsafeMutablePointer<AVPacket>, timeBase: AVRational, stream: UnsafeMutablePointer<AVStream>) throws(FFmpegError) {
        av_packet_rescale_ts(packet, timeBase, stream.pointee.time_base)
        packet.pointee.stream_index = stream.pointee.index
        try FFmpegError.check(av_interleaved_write_frame(pointer, packet), "av_interleaved_write_frame")
    }

    /// Writes the trailer (for MP4 with faststart: moves the index to the front) and closes the file.
    func finish() throws(FFmpegError) {
        try FFmpegError.check(av_write_trailer(pointer), "av_write_trailer")
        isFileOpen = false
        try FFmpegError.check(avio_closep(&pointer.pointee.pb), "avio_closep")
    }
}
