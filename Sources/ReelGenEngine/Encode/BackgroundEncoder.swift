import Foundation

/// Runs a `ClipEncoder` on a thread of its own, one frame behind the renderer: while frame
/// n is converted and compressed, frame n + 1 is drawn, so the encoder's serial work fills
/// the gaps between the render passes instead of adding to the clip's time.
///
/// At most one frame is in flight. `append` hands the caller's buffer over and gives back
/// the one the encoder has finished with, so frames are never copied. Frames still reach
/// the encoder one at a time and in order, so the files are the same bytes as before.
final class BackgroundEncoder: @unchecked Sendable {
    // Everything below is guarded by `condition`. The encoder itself is touched only by the
    // encoding thread until that thread has exited, then only by the caller.
    private let condition = NSCondition()
    private let encoder: ClipEncoder
    private var pending: (image: RGBImage, index: Int)?
    private var free: RGBImage?
    private var isEncoding = false
    private var failure: FFmpegError?
    private var isClosing = false
    private var hasExited = false

    init(_ encoder: ClipEncoder, size: FrameSize) {
        self.encoder = encoder
        free = RGBImage(size: size)
        let thread = Thread { [self] in encodeFrames() }
        thread.name = "reelgen-encode"
        thread.start()
    }

    /// Queues `image` as frame `index` and replaces it with a buffer free for the next frame.
    /// Waits while the previous frame is still being encoded; throws if encoding it failed.
    func append(_ image: inout RGBImage, index: Int) throws(FFmpegError) {
        condition.lock()
        defer { condition.unlock() }
        while (pending != nil || isEncoding) && failure == nil { condition.wait() }
        if let failure { throw failure }
        pending = (image, index)
        image = free.take()!
        condition.broadcast()
    }

    /// Waits for the last frame, stops the thread and completes the files.
    func finish() throws(FFmpegError) -> RenderedVideo {
        stopThread()
        if let failure { throw failure }
        return try encoder.finish()
    }

    /// Drops any queued frame, stops the thread and removes everything the encoder wrote.
    func discard() {
        condition.withLock { pending = nil }
        stopThread()
        encoder.discard()
    }

    private func stopThread() {
        condition.lock()
        defer { condition.unlock() }
        isClosing = true
        condition.broadcast()
        while !hasExited { condition.wait() }
    }

    private func encodeFrames() {
        while let (image, index) = nextFrame() {
            var error: FFmpegError?
            do throws(FFmpegError) {
                try encoder.append(image, index: index)
            } catch let thrown {
                error = thrown
            }
            finished(consume image, error: error)
        }
    }

    /// The next queued frame, or nil once the queue is closed and empty (or a frame failed).
    private func nextFrame() -> (RGBImage, Int)? {
        condition.lock()
        defer { condition.unlock() }
        while pending == nil && !isClosing { condition.wait() }
        guard failure == nil, let frame = pending.take() else {
            hasExited = true
            condition.broadcast()
            return nil
        }
        isEncoding = true
        return frame
    }

    private func finished(_ image: consuming RGBImage, error: FFmpegError?) {
        condition.lock()
        defer { condition.unlock() }
        free = image
        failure = failure ?? error
        isEncoding = false
        condition.broadcast()
    }
}
