import Foundation
import Logging

/// Returns jobs whose worker stopped heartbeating (crashed, `kill -9`) to the queue, or
/// ends them in `error` once they used every attempt.
struct LeaseRecovery: Sendable {
    let store: any JobStore
    let maxAttempts: Int
    let logger: Logger

    func recoverOnce() async {
        do {
            let recovered = try await store.recoverExpiredLeases(now: Date(), maxAttempts: maxAttempts)
            if recovered > 0 {
                logger.warning("Recovered jobs of workers that stopped heartbeating", metadata: ["jobs": "\(recovered)"])
            }
        } catch {
            logger.error("Lease recovery failed", metadata: ["error": "\(error)"])
        }
    }
}
