import Synchronization

/// Progress values a test saw while polling.
final class ProgressLog: Sendable {
    private let storage = Mutex<[Double]>([])

    func record(_ value: Double) { storage.withLock { $0.append(value) } }
    var values: [Double] { storage.withLock { $0 } }
}
