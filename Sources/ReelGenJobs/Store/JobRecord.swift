import Foundation
import ReelGenEngine

/// A job as one flat table row, shared by the SQLite and PostgreSQL stores so that the
/// mapping between `Job` and its columns exists once.
struct JobRecord: Codable, Hashable, Sendable {
    var id: UUID
    var keyID: UUID
    var model: String
    var publicModel: String
    /// The `RenderRequest` as JSON text.
    var request: String
    var seed: Int64
    var status: String
    var progress: Double
    var attempts: Int
    var leaseOwner: String?
    var leaseExpiresAt: Date?
    /// A retried job is not claimed before this moment (exponential backoff).
    var notBefore: Date?
    var createdAt: Date
    var startedAt: Date?
    var completedAt: Date?
    var videoFile: String?
    var previewFile: String?
    var posterFile: String?
    var videoSize: Int?
    var errorName: String?
    var errorMessage: String?

    /// Column names as both schemas spell them.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case keyID = "key_id"
        case model
        case publicModel = "public_model"
        case request
        case seed
        case status
        case progress
        case attempts
        case leaseOwner = "lease_owner"
        case leaseExpiresAt = "lease_expires_at"
        case notBefore = "not_before"
        case createdAt = "created_at"
        case startedAt = "started_at"
        case completedAt = "completed_at"
        case videoFile = "video_file"
        case previewFile = "preview_file"
        case posterFile = "poster_file"
        case videoSize = "video_size"
        case errorName = "error_name"
        case errorMessage = "error_message"
    }
}

extension JobRecord {
    init(_ job: Job) throws {
        let requestJSON = try JSONEncoder.sortedKeys.encode(job.request)
        self.init(
            id: job.id,
            keyID: job.keyID,
            model: job.model,
            publicModel: job.publicModel,
            request: String(decoding: requestJSON, as: UTF8.self),
            seed: Int64(job.request.seed),
            status: job.status.rawValue,
            progress: job.progress,
            attempts: job.attempts,
            leaseOwner: job.leaseOwner,
            leaseExpiresAt: job.leaseExpiresAt,
            notBefore: nil,
            createdAt: job.createdAt,
            startedAt: job.startedAt,
            completedAt: job.completedAt,
            videoFile: job.output?.videoFile,
            previewFile: job.output?.previewFile,
            posterFile: job.output?.posterFile,
            videoSize: job.output?.videoSize,
            errorName: job.failure?.name,
            errorMessage: job.failure?.message
        )
    }

    /// The domain value; throws when a row holds something no version of the code wrote.
    /// `requests` spares decoding a request JSON seen before.
    func job(requests: RenderRequestCache? = nil) throws -> Job {
        guard let status = JobStatus(rawValue: status) else {
            throw CorruptRowError(table: "jobs", id: id.uuidString, column: CodingKeys.status.rawValue)
        }
        let request = try requests?.request(fromJSON: request)
            ?? JSONDecoder().decode(RenderRequest.self, from: Data(request.utf8))
        var output: JobOutput?
        if let videoFile, let previewFile, let posterFile, let videoSize {
            output = JobOutput(videoFile: videoFile, previewFile: previewFile, posterFile: posterFile, videoSize: videoSize)
        }
        var failure: JobFailure?
        if let errorName {
            failure = JobFailure(name: errorName, message: errorMessage ?? "")
        }
        return Job(
            id: id, keyID: keyID, model: model, publicModel: publicModel, request: request,
            status: status, progress: progress, attempts: attempts,
            leaseOwner: leaseOwner, leaseExpiresAt: leaseExpiresAt,
            createdAt: createdAt, startedAt: startedAt, completedAt: completedAt,
            output: output, failure: failure
        )
    }
}
