import CFFmpeg

/// Holds each pixel of a preview at the value last shown until it changes by more than
/// `threshold` levels. Film grain and rounding dust change every pixel every frame, which a
/// GIF can only store as a new frame; held, the still parts of the picture stay
/// bit-identical and cost nothing (outside the changed rectangle, or transparent), while
/// anything that really moves updates at once.
struct StillnessHold {
    /// Levels (of 255) a channel may drift before the pixel is shown anew: above the grain
    /// at preview size, well below a moving edge.
    static let threshold: Int32 = 14
    private let width: Int
    private let height: Int
    private var held: [UInt8]

    init(size: FrameSize) {
        width = size.width
        height = size.height
        held = []
    }

    /// Replaces, in `frame` (RGB24 of this size), every pixel that barely changed with the value held for it.
    mutating func apply(to frame: UnsafeMutablePointer<AVFrame>) {
        let stride = Int(frame.pointee.linesize.0), rowBytes = width * 3
        guard let data = frame.pointee.data.0 else { return }
        guard !held.isEmpty else {
            held = (0..<height).flatMap { y in Array(UnsafeBufferPointer(start: data + y * stride, count: rowBytes)) }
            return
        }
        held.withUnsafeMutableBufferPointer { held in
            for y in 0..<height {
                let row = data + y * stride, kept = held.baseAddress! + y * rowBytes
                for x in Swift.stride(from: 0, to: rowBytes, by: 3) {
                    let drift = max(abs(Int32(row[x]) - Int32(kept[x])), abs(Int32(row[x + 1]) - Int32(kept[x + 1])),
                                    abs(Int32(row[x + 2]) - Int32(kept[x + 2])))
                    if drift > Self.threshold {
                        kept[x] = row[x]
                        kept[x + 1] = row[x + 1]
                        kept[x + 2] = row[x + 2]
                    } else {
                        row[x] = kept[x]
                        row[x + 1] = kept[x + 1]
                        row[x + 2] = kept[x + 2]
                    }
                }
            }
        }
    }
}
