import Foundation
import ReelGenEngine

/// Counts the frames a render draws and can hold the render thread at one frame until the
/// test lets it go, so a test can cancel at a known point without sleeping.
final class FrameGate: @unchecked Sendable {
    private let pauseAt: Int?
    private let lock = NSLock()
    private var rendered = 0
    private let releaseSignal = DispatchSemaphore(value: 0)
    private let reached: AsyncStream<Void>
    private let reachedContinuation: AsyncStream<Void>.Continuation

    init(pauseAt: Int?) {
        self.pauseAt = pauseAt
        (reached, reachedContinuation) = AsyncStream.makeStream()
    }

    var renderedCount: Int { lock.withLock { rendered } }

    /// Called on the render thread for each frame.
    func willRender(_ index: Int) {
        lock.withLock { rendered += 1 }
        guard index == pauseAt else { return }
        reachedContinuation.yield()
        releaseSignal.wait()
    }

    /// Returns once the render thread is held at `pauseAt`.
    func paused() async {
        for await _ in reached { return }
    }

    func release() {
        releaseSignal.signal()
    }
}

/// A plain grey ramp over time that reports each frame to a `FrameGate`.
struct GatedSource: FrameSource {
    let gate: FrameGate

    func render(frame index: Int, into image: inout RGBImage) {
        gate.willRender(index)
        let level = UInt8(truncatingIfNeeded: index * 2)
        image.pixels.withUnsafeMutableBufferPointer { $0.update(repeating: level) }
    }
}
