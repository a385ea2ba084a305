import CFFmpeg

/// A libavfilter graph that picks one 64-colour palette for a whole clip (`palettegen`)
/// and maps every frame onto it (`paletteuse`), which is what makes a GIF look clean.
///
/// `palettegen` sees every frame before it emits the palette, so the graph holds the
/// preview's frames until `finish`; they are small (the preview is at most 256 px long),
/// so memory stays bounded. Ordered (bayer) dithering keeps the pattern still from frame to
/// frame, and `diff_mode=rectangle` re-encodes only what changed, both of which keep GIFs small.
final class PaletteFilter {
    private static let description =
        "[in]split[frames][statistics];[statistics]palettegen=stats_mode=full:max_colors=64[palette];" +
        "[frames][palette]paletteuse=dither=bayer:bayer_scale=5:diff_mode=rectangle[out]"

    private var graph: UnsafeMutablePointer<AVFilterGraph>?
    private let source: UnsafeMutablePointer<AVFilterContext>
    private let sink: UnsafeMutablePointer<AVFilterContext>

    /// - Parameters:
    ///   - size: the size of the RGB24 frames that will be pushed.
    ///   - timeBase: the unit of their `pts`.
    init(size: FrameSize, timeBase: AVRational) throws(FFmpegError) {
        graph = try FFmpegError.allocated(avfilter_graph_alloc(), "avfilter_graph_alloc")
        graph?.pointee.nb_threads = 1
        let arguments = "video_size=\(size.width)x\(size.height):pix_fmt=\(AV_PIX_FMT_RGB24.rawValue)" +
            ":time_base=\(timeBase.num)/\(timeBase.den):pixel_aspect=1/1"
        var sourceContext: UnsafeMutablePointer<AVFilterContext>?
        try FFmpegError.check(
            avfilter_graph_create_filter(&sourceContext, avfilter_get_by_name("buffer"), "in", arguments, nil, graph),
            "avfilter_graph_create_filter(buffer)"
        )
        source = try FFmpegError.allocated(sourceContext, "avfilter_graph_create_filter(buffer)")
        var sinkContext: UnsafeMutablePointer<AVFilterContext>?
        try FFmpegError.check(
            avfilter_graph_create_filter(&sinkContext, avfilter_get_by_name("buffersink"), "out", nil, nil, graph),
            "avfilter_graph_create_filter(buffersink)"
        )
        sink = try FFmpegError.allocated(sinkContext, "avfilter_graph_create_filter(buffersink)")
        try link()
        try FFmpegError.check(avfilter_graph_config(graph, nil), "avfilter_graph_config")
    }

    deinit {
        avfilter_graph_free(&graph)
    }

    /// The time base of the frames `pull` returns.
    var outputTimeBase: AVRational { av_buffersink_get_time_base(sink) }

    /// Hands one RGB24 frame to the graph; the graph takes its own reference.
    func push(_ frame: UnsafeMutablePointer<AVFrame>) throws(FFmpegError) {
        try FFmpegError.check(av_buffersrc_add_frame_flags(source, frame, Int32(AV_BUFFERSRC_FLAG_KEEP_REF)), "av_buffersrc_add_frame")
    }

    /// Tells the graph no more frames come, so `palettegen` emits its palette.
    func pushEndOfStream() throws(FFmpegError) {
        try FFmpegError.check(av_buffersrc_add_frame_flags(source, nil, 0), "av_buffersrc_add_frame(end)")
    }

    /// Moves the next paletted frame into `frame`; false when none is ready yet or the graph is done.
    func pull(into frame: UnsafeMutablePointer<AVFrame>) throws(FFmpegError) -> Bool {
        let result = av_buffersink_get_frame(sink, frame)
        if result == reelgen_eagain() || result == reelgen_averror_eof() { return false }
        try FFmpegError.check(result, "av_buffersink_get_frame")
        return true
    }

    /// Connects the buffer source and sink to the labelled ends of `description`.
    private func link() throws(FFmpegError) {
        var inputs = avfilter_inout_alloc()
        var outputs = avfilter_inout_alloc()
        // The parser consumes the entries it links and leaves the rest in the lists.
        defer {
            avfilter_inout_free(&inputs)
            avfilter_inout_free(&outputs)
        }
        guard let sinkEnd = inputs, let sourceEnd = outputs else {
            throw FFmpegError("avfilter_inout_alloc", message: "out of memory")
        }
        sourceEnd.pointee.name = av_strdup("in")
        sourceEnd.pointee.filter_ctx = source
        sinkEnd.pointee.name = av_strdup("out")
        sinkEnd.pointee.filter_ctx = sink
        try FFmpegError.check(avfilter_graph_parse_ptr(graph, Self.description, &inputs, &outputs, nil), "avfilter_graph_parse_ptr")
    }
}
