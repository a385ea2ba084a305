import Hummingbird
import ReelGenJobs
import Synchronization
import FoundationEssentials

/// Requires `Authorization: Bearer <key>` and puts the key on the context. Lookups are
/// by the secret's SHA-256 (only hashes are stored) and cached for a few seconds, so
/// polling clients cost no database read per request; a revoked key stops working
/// within that time.
struct APIKeyAuthenticator: RouterMiddleware {
    typealias Context = APIRequestContext

    let keys: any KeyStore
    private let cache: KeyCache

    init(keys: any KeyStore, cacheLifetime: Duration = .seconds(5)) {
        self.keys = keys
        self.cache = KeyCache(lifetime: cacheLifetime)
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization] else { throw APIError.unauthorized }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer", let key = try await key(secret: String(parts[1])) else {
            throw APIError.unauthorized
        }
        var context = context
        context.apiKey = key
        context.logger[metadataKey: "key_id"] = .string(key.id.uuidString)
        return try await next(request, context)
    }

    private func key(secret: String) async throws -> APIKey? {
        let hash = KeySecret.sha256Hex(secret)
        if let cached = cache.key(forHash: hash) { return cached }
        guard let key = try await keys.key(secretHash: hash) else { return nil }
        cache.insert(key, forHash: hash)
        return key
    }
}

/// Recently seen live keys by secret hash, each kept for `lifetime`.
private final class KeyCache: Sendable {
    private let entries = Mutex<[String: (key: APIKey, expires: ContinuousClock.Instant)]>([:])
    private let lifetime: Duration

    init(lifetime: Duration) {
        self.lifetime = lifetime
    }

    func key(forHash hash: String) -> APIKey? {
        entries.withLock { entries in
            guard let entry = entries[hash], entry.expires > .now else { return nil }
            return entry.key
        }
    }

    func insert(_ key: APIKey, forHash hash: String) {
        entries.withLock { entries in
            if entries.count > 10_000 { entries.removeAll() }
            entries[hash] = (key, .now + lifetime)
        }
    }
}
