public import Hummingbird
public import ReelGenJobs

/// The per-request context: the request id every response echoes and, on
/// authenticated routes, the API key that made the request.
public struct APIRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `RequestIDMiddleware` before anything else runs.
    public var requestID: String = ""
    /// Set by `APIKeyAuthenticator`; nil on public routes.
    public var apiKey: APIKey?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
    }

    /// Bodies over 64 KiB are refused with 413 before they are read in full.
    public var maxUploadSize: Int { 64 * 1024 }

    /// The authenticated key; only called behind `APIKeyAuthenticator`.
    func requireKey() throws -> APIKey {
        guard let apiKey else { throw APIError.unauthorized }
        return apiKey
    }
}
