/// A generation as the retrieve call returns it.
public struct Generation: Decodable, Sendable {
    public struct Video: Decodable, Sendable {
        public var url: String
        public var contentType: String
        public var fileName: String
        public var fileSize: Int
        public var duration: Int
        enum CodingKeys: String, CodingKey {
            case url, duration
            case contentType = "content_type"
            case fileName = "file_name"
            case fileSize = "file_size"
        }
    }

    public struct Failure: Decodable, Sendable {
        public var name: String
        public var message: String
    }

    public struct Preview: Decodable, Sendable {
        public var gif: String
        public var poster: String
    }

    public var id: String
    public var status: String
    public var video: Video?
    public var error: Failure?
    public var progress: Double?
    public var seed: Int?
    public var width: Int?
    public var height: Int?
    public var fps: Int?
    public var preview: Preview?

    /// True once the job will not change any more.
    public var isFinished: Bool { status == "completed" || status == "error" }
}

/// The create call's answer.
public struct CreatedGeneration: Decodable, Sendable {
    public var id: String
    public var status: String
}
