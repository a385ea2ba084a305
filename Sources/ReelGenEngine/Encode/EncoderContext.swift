import CFFmpeg

/// One libavcodec encoder: configured by its owner, opened once, then fed frames.
final class EncoderContext {
    let pointer: UnsafeMutablePointer<AVCodecContext>
    private let codec: UnsafePointer<AVCodec>
    private let packet: OwnedPacket

    /// Finds the encoder by name (e.g. `libx264`, `gif`, `mjpeg`) and allocates its context.
    init(encoderNamed name: String) throws(FFmpegError) {
        codec = try FFmpegError.allocated(avcodec_find_encoder_by_name(name), "avcodec_find_encoder_by_name(\(name))")
        pointer = try FFmpegError.allocated(avcodec_alloc_context3(codec), "avcodec_alloc_context3(\(name))")
        packet = try OwnedPacket()
    }

    deinit {
        var context: UnsafeMutablePointer<AVCodecContext>? = pointer
        avcodec_free_context(&context)
    }

    var name: String { String(cString: codec.pointee.name) }

    /// Sets an encoder-private option such as x264's `preset` or `crf`.
    func setPrivateOption(_ key: String, _ value: String) throws(FFmpegError) {
        try FFmpegError.check(av_opt_set(pointer.pointee.priv_data, key, value, 0), "av_opt_set(\(name), \(key)=\(value))")
    }

    /// Opens the encoder with the settings made on `pointer` so far.
    func open() throws(FFmpegError) {
        try FFmpegError.check(avcodec_open2(pointer, codec, nil), "avcodec_open2(\(name))")
    }

    /// Sends `frame` (or, with `nil`, the end of the stream) and hands every packet the
    /// encoder has ready to `deliver`, which must not keep the packet.
    func encode(
        _ frame: UnsafeMutablePointer<AVFrame>?,
        deliver: (UnsafeMutablePointer<AVPacket>) throws(FFmpegError) -> Void
    ) throws(FFmpegError) {
        try FFmpegError.check(avcodec_send_frame(pointer, frame), "avcodec_send_frame(\(name))")
        while true {
            let result = avcodec_receive_packet(pointer, packet.pointer)
            if result == reelgen_eagain() || result == reelgen_averror_eof() { return }
            try FFmpegError.check(result, "avcodec_receive_packet(\(name))")
            defer { av_packet_unref(packet.pointer) }
            try deliver(packet.pointer)
        }
    }
}
