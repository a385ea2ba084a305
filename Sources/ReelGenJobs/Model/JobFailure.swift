/// Why a job ended in `error` (or lost its files): a short machine name and a message
/// fit for the client. Never internal error text.
public struct JobFailure: Codable, Hashable, Sendable {
    public var name: String
    public var message: String

    public init(name: String, message: String) {
        self.name = name
        self.message = message
    }

    /// The job's outputs were deleted by the retention sweeper.
    public static let expired = JobFailure(name: "expired", message: "The video was deleted after the retention period.")
}
