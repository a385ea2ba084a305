/// A clip as a function of frame index: the part of an engine that draws. The shared
/// `ClipRenderer` calls it once per frame, in order, on a render thread, and streams
/// each frame to the encoder, so memory does not grow with the clip's length.
public protocol FrameSource: Sendable {
    /// Draws frame `index` (0-based) into `image`, whose size is the clip's frame size. The
    /// buffer may hold any earlier frame (buffers take turns with the encoder): draw every pixel.
    /// Mutating so a source can keep its working buffers from frame to frame; what it
    /// draws still depends only on `index`.
    mutating func render(frame index: Int, into image: inout RGBImage)
}
