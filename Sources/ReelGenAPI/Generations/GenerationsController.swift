import Hummingbird
import Logging
import NIOCore
import ReelGenEngine
import ReelGenJobs
import FoundationEssentials

/// The AI/ML API-compatible create and retrieve routes, on both the current and the
/// legacy pixverse paths.
struct GenerationsController: Sendable {
    let store: any JobStore
    let engines: EngineRegistry
    let limits: QueueLimits
    let links: FileLinks
    /// Seconds a client is told to wait after a 429 or a 503.
    let retryAfterSeconds: Int
    /// Set when graceful shutdown begins: creates then answer 503.
    let drain: DrainState
    /// Wakes this process's idle workers after a create.
    let newJobs: NewJobSignal

    func addRoutes(to group: RouterGroup<APIRequestContext>) {
        group.post("/v2/video/generations") { request, context in
            try await create(request, context: context, modelRequired: true)
        }
        group.get("/v2/video/generations") { request, context in
            try await retrieve(request, context: context)
        }
        group.post("/v2/generate/video/pixverse/generation") { request, context in
            try await create(request, context: context, modelRequired: false)
        }
        group.get("/v2/generate/video/pixverse/generation") { request, context in
            try await retrieve(request, context: context)
        }
    }

    func create(_ request: Request, context: APIRequestContext, modelRequired: Bool) async throws -> Response {
        let key = try context.requireKey()
        if drain.isDraining {
            throw APIError.shuttingDown(retryAfterSeconds: retryAfterSeconds)
        }
        if let contentType = request.headers[.contentType], !Self.isJSON(contentType) {
            throw APIError(
                .unsupportedMediaType, "Send the body as JSON with 'Content-Type: application/json'.",
                fieldErrors: [FieldError(field: "Content-Type", message: "Must be application/json, got '\(contentType.prefix(80))'.")]
            )
        }
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        let body: [String: JSONValue]
        let data = Data(buffer.readableBytesView)
        switch JSONSyntax.isValid(data) ? try? JSONDecoder().decode(JSONValue.self, from: data) : nil {
        case .object(let fields): body = fields
        case .some(let other):
            throw APIError.validation([FieldError(field: "body", message: "Must be a JSON object, got \(other.typeName).")])
        case nil:
            throw APIError.validation([FieldError(field: "body", message: "Is not valid JSON.")])
        }

        let validator = GenerationRequestValidator(engines: engines, modelRequired: modelRequired)
        let generation = try validator.validate(body) { UInt32.random(in: 0...UInt32(GenerationRequestValidator.maxSeed)) }
        let job = Job(keyID: key.id, model: generation.engineID, publicModel: generation.publicModel, request: generation.request)
        do {
            _ = try await store.enqueue(job, limits: limits)
        } catch let full as QueueFullError {
            let message = switch full {
            case .perKey(let limit): "This key already has \(limit) generations queued. Retry when some have started."
            case .global(let limit): "The server's queue is full (\(limit) generations). Retry later."
            }
            throw APIError(.tooManyRequests, message, headers: [.retryAfter: "\(retryAfterSeconds)"])
        }
        context.logger.info("Queued generation", metadata: ["job_id": "\(job.id)", "model": "\(job.model)"])
        newJobs.notify()

        let created = CreatedGeneration(
            id: GenerationID.format(job), status: JobStatus.queued.rawValue,
            meta: GenerationMeta(usage: GenerationUsage(for: job.request))
        )
        return try Self.json(created, status: .created)
    }

    func retrieve(_ request: Request, context: APIRequestContext) async throws -> Response {
        let key = try context.requireKey()
        guard let rawID = request.uri.queryParameters["generation_id"].map(String.init), !rawID.isEmpty else {
            throw APIError.validation([FieldError(field: "generation_id", message: "Required query parameter: the id returned by the create call.")])
        }
        guard let jobID = GenerationID.parse(rawID), let job = try await store.job(id: jobID, ownedBy: key.id) else {
            throw APIError.generationNotFound
        }
        return try Self.json(status(of: job), status: .ok)
    }

    func status(of job: Job) -> GenerationStatus {
        let size = job.request.frameSize
        var video: GenerationStatus.Video?
        var preview: GenerationStatus.Preview?
        if job.status == .completed, let output = job.output {
            video = .init(url: links.url(for: output.videoFile), fileSize: output.videoSize, duration: job.request.duration.rawValue)
            preview = .init(gif: links.url(for: output.previewFile), poster: links.url(for: output.posterFile))
        }
        let completed = job.status == .completed
        return GenerationStatus(
            id: GenerationID.format(job),
            status: job.status.rawValue,
            model: job.publicModel,
            engine: job.model,
            video: video,
            error: job.failure.map { .init(name: $0.name, message: $0.message) },
            meta: GenerationMeta(usage: GenerationUsage(for: job.request)),
            progress: completed ? 1 : job.progress,
            createdAt: Int(job.createdAt.timeIntervalSince1970),
            completedAt: job.completedAt.map { Int($0.timeIntervalSince1970) },
            seed: job.request.seed,
            width: size.width,
            height: size.height,
            fps: RenderRequest.framesPerSecond,
            preview: preview
        )
    }

    private static func isJSON(_ contentType: String) -> Bool {
        let mediaType = contentType.split(separator: ";").first.map { String($0).trimmingWhitespace().lowercased() } ?? ""
        return mediaType == "application/json" || (mediaType.hasPrefix("application/") && mediaType.hasSuffix("+json"))
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status) throws -> Response {
        let data = try JSONEncoder().encode(value)
        return Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data))
        )
    }
}
