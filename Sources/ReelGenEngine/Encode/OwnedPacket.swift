import CFFmpeg

/// An `AVPacket` reused for every packet an encoder hands back, freed with its owner.
final class OwnedPacket {
    let pointer: UnsafeMutablePointer<AVPacket>

    init() throws(FFmpegError) {
        pointer = try FFmpegError.allocated(av_packet_alloc(), "av_packet_alloc")
    }

    deinit {
        var packet: UnsafeMutablePointer<AVPacket>? = pointer
        av_packet_free(&packet)
    }
}
