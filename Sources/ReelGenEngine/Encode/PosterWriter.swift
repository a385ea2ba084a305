import CFFmpeg

/// Writes one JPEG still of the clip, a third of the way in (past any fade-in, before the
/// end), at most 1280 px on the long side.
final class PosterWriter {
    static let longSide = 1280
    /// MJPEG quantiser scale: 2 is near-transparent, and a poster is looked at closely.
    static let quality: Int32 = 2

    /// The frame of the clip that becomes the poster.
    let frameIndex: Int
    private let container: OutputContainer
    private let encoder: EncoderContext
    private let stream: UnsafeMutablePointer<AVStream>
    private let converter: FrameConverter
    private let frame: OwnedFrame
    private var isWritten = false

    init(path: String, clipSize: FrameSize, frameCount: Int) throws(FFmpegError) {
        frameIndex = frameCount / 3
        let size = clipSize.fitted(longSide: Self.longSide)
        converter = try FrameConverter(from: clipSize, to: size, format: AV_PIX_FMT_YUVJ420P, encoding: .bt601FullRange)
        frame = try OwnedFrame(size: size, format: AV_PIX_FMT_YUVJ420P)

        // The raw `mjpeg` muxer writes the encoded picture as it is: a JPEG file.
        container = try OutputContainer(format: "mjpeg", path: path)
        encoder = try EncoderContext(encoderNamed: "mjpeg")
        let context = encoder.pointer
        context.pointee.width = Int32(size.width)
        context.pointee.height = Int32(size.height)
        context.pointee.pix_fmt = AV_PIX_FMT_YUVJ420P
        context.pointee.color_range = AVCOL_RANGE_JPEG
        context.pointee.time_base = AVRational(num: 1, den: Int32(RenderRequest.framesPerSecond))
        context.pointee.flags |= Int32(AV_CODEC_FLAG_BITEXACT) | Int32(AV_CODEC_FLAG_QSCALE)
        context.pointee.global_quality = Self.quality * FF_QP2LAMBDA
        try encoder.open()
        stream = try container.addStream(for: encoder)
        try container.writeHeader()
    }

    /// Encodes frame `index` if it is the poster frame.
    func offer(_ image: RGBImage, index: Int) throws(FFmpegError) {
        guard index == frameIndex, !isWritten else { return }
        try converter.convert(image, into: frame.pointer)
        frame.pointer.pointee.pts = 0
        frame.pointer.pointee.quality = encoder.pointer.pointee.global_quality
        try encoder.encode(frame.pointer, deliver: write)
        try encoder.encode(nil, deliver: write)
        isWritten = true
    }

    /// Closes the file; the poster frame must have been offered.
    func finish() throws(FFmpegError) {
        guard isWritten else { throw FFmpegError("poster", message: "frame \(frameIndex) was never offered") }
        try container.finish()
    }

    private func write(_ packet: UnsafeMutablePointer<AVPacket>) throws(FFmpegError) {
        try container.write(packet, timeBase: encoder.pointer.pointee.time_base, stream: stream)
    }
}
