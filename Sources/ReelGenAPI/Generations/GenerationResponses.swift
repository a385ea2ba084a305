/// `201` body of a create: `{"id", "status", "meta": {"usage": {"tokens_used", "credits_used"}}}`.
struct CreatedGeneration: Encodable, Sendable {
    var id: String
    var status: String
    var meta: GenerationMeta
}

/// Body of a retrieve, the AI/ML API shape plus additions (progress, timestamps,
/// seed, size, previews). Optional fields are written as `null`, never left out.
struct GenerationStatus: Encodable, Sendable {
    struct Video: Encodable, Sendable {
        var url: String
        var contentType = "video/mp4"
        var fileName = "output.mp4"
        var fileSize: Int
        var duration: Int
        enum CodingKeys: String, CodingKey {
            case url, duration
            case contentType = "content_type"
            case fileName = "file_name"
            case fileSize = "file_size"
        }
    }

    struct Failure: Encodable, Sendable {
        var name: String
        var message: String
    }

    struct Preview: Encodable, Sendable {
        var gif: String
        var poster: String
    }

    var id: String
    var status: String
    /// The model as the client asked for it (`pixverse/v5/text-to-video`).
    var model: String
    /// The engine that renders it (`reelgen/cinematic-v1`).
    var engine: String
    var video: Video?
    var error: Failure?
    var meta: GenerationMeta
    var progress: Double
    var createdAt: Int
    var completedAt: Int?
    var seed: UInt32
    var width: Int
    var height: Int
    var fps: Int
    var preview: Preview?

    enum CodingKeys: String, CodingKey {
        case id, status, model, engine, video, error, meta, progress, seed, width, height, fps, preview
        case createdAt = "created_at"
        case completedAt = "completed_at"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(status, forKey: .status)
        try container.encode(model, forKey: .model)
        try container.encode(engine, forKey: .engine)
        try container.encode(video, forKey: .video)
        try container.encode(error, forKey: .error)
        try container.encode(meta, forKey: .meta)
        try container.encode(progress, forKey: .progress)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(completedAt, forKey: .completedAt)
        try container.encode(seed, forKey: .seed)
        try container.encode(width, forKey: .width)
        try container.encode(height, forKey: .height)
        try container.encode(fps, forKey: .fps)
        try container.encode(preview, forKey: .preview)
    }
}
