public import Foundation
public import ReelGenEngine

/// One generation request and everything known about its progress.
public struct Job: Codable, Hashable, Sendable, Identifiable {
    public var id: UUID
    /// The API key that owns the job; no other key may see it.
    public var keyID: UUID
    /// The engine id that renders it (e.g. `reelgen/testcard`).
    public var model: String
    /// The id the client was given, `<uuid>:<model as requested>`.
    public var publicModel: String
    public var request: RenderRequest
    public var status: JobStatus
    /// Fraction of frames rendered, 0...1.
    public var progress: Double
    /// Claims so far, including the one running now.
    public var attempts: Int
    public var leaseOwner: String?
    public var leaseExpiresAt: Date?
    public var createdAt: Date
    public var startedAt: Date?
    public var completedAt: Date?
    public var output: JobOutput?
    public var failure: JobFailure?

    public init(
        id: UUID = UUID(), keyID: UUID, model: String, publicModel: String, request: RenderRequest,
        status: JobStatus = .queued, progress: Double = 0, attempts: Int = 0,
        leaseOwner: String? = nil, leaseExpiresAt: Date? = nil,
        createdAt: Date = Date(), startedAt: Date? = nil, completedAt: Date? = nil,
        output: JobOutput? = nil, failure: JobFailure? = nil
    ) {
        self.id = id
        self.keyID = keyID
        self.model = model
        self.publicModel = publicModel
        self.request = request
        self.status = status
        self.progress = progress
        self.attempts = attempts
        self.leaseOwner = leaseOwner
        self.leaseExpiresAt = leaseExpiresAt
        self.createdAt = createdAt
        self.startedAt = startedAt
        self.completedAt = completedAt
        self.output = output
        self.failure = failure
    }
}
