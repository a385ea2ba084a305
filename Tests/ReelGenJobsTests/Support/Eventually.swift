import Foundation
import Testing

/// Polls `condition` until it holds or `timeout` passes; records an issue naming `what` on timeout.
/// Returns whether it held, so a caller can stop early.
///
/// The default is generous because the whole suite runs in parallel on small CI machines,
/// where a one-second job can wait many seconds for a core; a passing wait returns at once.
@discardableResult
func eventually(
    _ what: String, timeout: Duration = .seconds(90), sourceLocation: SourceLocation = #_sourceLocation,
    _ condition: () async throws -> Bool
) async throws -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try await Task.sleep(for: .milliseconds(25))
    }
    Issue.record("Timed out after \(timeout) waiting for: \(what)", sourceLocation: sourceLocation)
    return false
}
