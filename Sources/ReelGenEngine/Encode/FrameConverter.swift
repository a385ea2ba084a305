import CFFmpeg

/// Converts `RGBImage`s into an encoder's pixel format and size with libswscale.
final class FrameConverter {
    /// How the YUV numbers are meant: MP4 gets studio-range BT.709 (what players assume for
    /// HD), JPEG full-range BT.601 (what JFIF means).
    enum YUVEncoding {
        case bt709StudioRange
        case bt601FullRange
        case none
    }

    let source: FrameSize
    let target: FrameSize
    private let context: OpaquePointer

    init(from source: FrameSize, to target: FrameSize, format: AVPixelFormat, encoding: YUVEncoding) throws(FFmpegError) {
        self.source = source
        self.target = target
        // Same size: only chroma is resampled, bilinear is plenty. Smaller: area averaging.
        // Bit-exact paths cost nothing measurable and keep output identical across CPUs.
        let filter = source == target ? SWS_BILINEAR : SWS_AREA
        context = try FFmpegError.allocated(
            sws_getContext(
                Int32(source.width), Int32(source.height), AV_PIX_FMT_RGB24,
                Int32(target.width), Int32(target.height), format,
                filter | SWS_ACCURATE_RND | SWS_BITEXACT, nil, nil, nil
            ),
            "sws_getContext(\(source) -> \(target))"
        )
        switch encoding {
        case .bt709StudioRange: setColorspace(SWS_CS_ITU709, fullRange: false)
        case .bt601FullRange: setColorspace(SWS_CS_ITU601, fullRange: true)
        case .none: break
        }
    }

    deinit {
        sws_freeContext(context)
    }

    private func setColorspace(_ colorspace: Int32, fullRange: Bool) {
        let coefficients = sws_getCoefficients(colorspace)
        // RGB input is always full range; brightness 0, contrast and saturation 1.0 (16.16).
        sws_setColorspaceDetails(context, coefficients, 1, coefficients, fullRange ? 1 : 0, 0, 1 << 16, 1 << 16)
    }

    /// Writes `image` (of size `source`) into `frame` (of size `target`, writable).
    func convert(_ image: RGBImage, into frame: UnsafeMutablePointer<AVFrame>) throws(FFmpegError) {
        precondition(image.width == source.width && image.height == source.height, "frame is \(image.width)x\(image.height), converter expects \(source)")
        let rows = image.pixels.withUnsafeBufferPointer { pixels in
            var sourcePlanes: [UnsafePointer<UInt8>?] = [pixels.baseAddress, nil, nil, nil]
            var sourceStrides: [Int32] = [Int32(image.bytesPerRow), 0, 0, 0]
            return withUnsafePointer(to: &frame.pointee.data) { planes in
                withUnsafePointer(to: &frame.pointee.linesize) { strides in
                    planes.withMemoryRebound(to: UnsafeMutablePointer<UInt8>?.self, capacity: Int(AV_NUM_DATA_POINTERS)) { planes in
                        strides.withMemoryRebound(to: Int32.self, capacity: Int(AV_NUM_DATA_POINTERS)) { strides in
                            sws_scale(context, &sourcePlanes, &sourceStrides, 0, Int32(source.height), planes, strides)
                        }
                    }
                }
            }
        }
        try FFmpegError.check(rows, "sws_scale(\(source) -> \(target))")
    }
}
