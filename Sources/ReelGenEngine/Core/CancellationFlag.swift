import Foundation

/// Carries a task's cancellation onto a render thread, which cannot ask the task itself:
/// set from `withTaskCancellationHandler`, read before every frame.
final class CancellationFlag: Sendable {
    private let state = LockedFlag()

    /// The lock-guarded bit; `NSLock` because `Synchronization.Atomic` needs macOS 15.
    private final class LockedFlag: @unchecked Sendable {
        let lock = NSLock()
        var isSet = false
    }

    var isCancelled: Bool {
        state.lock.withLock { state.isSet }
    }

    func cancel() {
        state.lock.withLock { state.isSet = true }
    }
}
