import Foundation
import Synchronization

/// How a wait for a generation looks on stderr: on a terminal, one line redrawn in place
/// with the status, a bar, the percentage, the time so far and an estimate of the time
/// left; piped, a plain line whenever the status changes or another tenth is done, so
/// logs stay readable.
final class ProgressBar: Sendable {
    let interactive = isatty(STDERR_FILENO) == 1
    private let start = ContinuousClock.now
    private let shown = Mutex<(status: String, tenth: Int)>(("", -1))

    func update(status: String, fraction: Double) {
        let fraction = min(max(fraction, 0), 1)
        let elapsed = (ContinuousClock.now - start) / .seconds(1)
        if interactive {
            let width = 30
            let filled = Int((fraction * Double(width)).rounded())
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            // Time left, once enough is done for the rate to mean something.
            let left = fraction > 0.05 && fraction < 1 ? " ETA \(Self.clock(elapsed / fraction * (1 - fraction)))" : ""
            let line = "\(status.padding(toLength: 10, withPad: " ", startingAt: 0)) \(bar) \(Int(fraction * 100))% \(Self.clock(elapsed))\(left)"
            FileHandle.standardError.write(Data("\r\(line)\u{1B}[K".utf8))
        } else {
            let tenth = Int(fraction * 10)
            let changed = shown.withLock { shown in
                defer { shown = (status, tenth) }
                return shown.status != status || shown.tenth != tenth
            }
            if changed { FileHandle.standardError.write(Data("\(status) \(Int(fraction * 100))% \(Self.clock(elapsed))\n".utf8)) }
        }
    }

    func finish() {
        if interactive { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    /// Seconds as m:ss.
    private static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return "\(whole / 60):" + String(format: "%02d", whole % 60)
    }
}
