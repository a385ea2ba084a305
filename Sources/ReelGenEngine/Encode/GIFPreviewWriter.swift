import CFFmpeg

/// Writes a small looping GIF of the clip: every third frame (8 fps), scaled so the long
/// side is at most 256 px, on one palette chosen for the whole clip. A preview should cost
/// a fraction of the clip: measured on moving and still 720p clips, these settings keep it
/// under a quarter of the MP4's bytes (12 fps at 320 px made it more than twice the MP4).
final class GIFPreviewWriter {
    static let longSide = 256
    /// Keeps every `frameStep`-th frame: 24 fps / 3 = 8 fps.
    static let frameStep = 3

    private let container: OutputContainer
    private let encoder: EncoderContext
    private let stream: UnsafeMutablePointer<AVStream>
    private let converter: FrameConverter
    private let palette: PaletteFilter
    private let scaled: OwnedFrame
    private let paletted: OwnedFrame
    private var nextPreviewIndex: Int64 = 0
    private var hold: StillnessHold

    init(path: String, clipSize: FrameSize) throws(FFmpegError) {
        let size = clipSize.fitted(longSide: Self.longSide)
        let timeBase = AVRational(num: 1, den: Int32(RenderRequest.framesPerSecond / Self.frameStep))
        converter = try FrameConverter(from: clipSize, to: size, format: AV_PIX_FMT_RGB24, encoding: .none)
        scaled = try OwnedFrame(size: size, format: AV_PIX_FMT_RGB24)
        paletted = try OwnedFrame()
        palette = try PaletteFilter(size: size, timeBase: timeBase)
        hold = StillnessHold(size: size)

        container = try OutputContainer(format: "gif", path: path)
        encoder = try EncoderContext(encoderNamed: "gif")
        let context = encoder.pointer
        context.pointee.width = Int32(size.width)
        context.pointee.height = Int32(size.height)
        context.pointee.pix_fmt = AV_PIX_FMT_PAL8
        context.pointee.time_base = palette.outputTimeBase
        context.pointee.framerate = AVRational(num: timeBase.den, den: timeBase.num)
        context.pointee.flags |= Int32(AV_CODEC_FLAG_BITEXACT)
        try encoder.open()
        stream = try container.addStream(for: encoder)
        try container.writeHeader()
    }

    /// Takes frame `index` of the clip if the preview keeps it.
    func offer(_ image: RGBImage, index: Int) throws(FFmpegError) {
        guard index % Self.frameStep == 0 else { return }
        try scaled.makeWritable()
        try converter.convert(image, into: scaled.pointer)
        hold.apply(to: scaled.pointer)
        scaled.pointer.pointee.pts = nextPreviewIndex
        nextPreviewIndex += 1
        try palette.push(scaled.pointer)
        try drainPalette()
    }

    /// Lets the palette through, encodes the held frames and closes the file.
    func finish() throws(FFmpegError) {
        try palette.pushEndOfStream()
        try drainPalette()
        try encoder.encode(nil, deliver: write)
        try container.finish()
    }

    private func drainPalette() throws(FFmpegError) {
        while try palette.pull(into: paletted.pointer) {
            defer { av_frame_unref(paletted.pointer) }
            try encoder.encode(paletted.pointer, deliver: write)
        }
    }

    private func write(_ packet: UnsafeMutablePointer<AVPacket>) throws(FFmpegError) {
        packet.pointee.duration = 1
        try container.write(packet, timeBase: encoder.pointer.pointee.time_base, stream: stream)
    }
}
