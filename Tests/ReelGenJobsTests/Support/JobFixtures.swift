import Foundation
import ReelGenEngine
import ReelGenJobs

/// A fixed instant with whole seconds, so both stores' date precision round-trips it exactly.
let referenceDate = Date(timeIntervalSince1970: 1_764_072_000)

extension Job {
    /// A queued job for `keyID`, created `offset` seconds after `referenceDate`.
    static func fixture(keyID: UUID = UUID(), model: String = "test/files", offset: TimeInterval = 0, prompt: String = "a red fox runs") -> Job {
        Job(
            keyID: keyID, model: model, publicModel: model,
            request: RenderRequest(prompt: prompt, resolution: .p360, seed: 42),
            createdAt: referenceDate.addingTimeInterval(offset)
        )
    }
}

extension QueueLimits {
    static let roomy = QueueLimits(perKey: 1000, global: 10_000)
}
