public import Foundation

extension KeyStore {
    /// Creates a key named `name` and returns its secret: the only time it exists
    /// outside the client's hands, since the store keeps just its hash.
    public func issueKey(name: String, now: Date = Date()) async throws -> String {
        let secret = KeySecret.generate()
        try await insertKey(APIKey(name: name, secretHash: KeySecret.sha256Hex(secret), createdAt: now))
        return secret
    }

    /// Makes `secret` a live key (named `name`) unless it already is one. Lets an
    /// operator pin the key a deployment answers to (`REELGEN_API_KEY`).
    public func ensureKey(secret: String, name: String) async throws {
        let hash = KeySecret.sha256Hex(secret)
        guard try await key(secretHash: hash) == nil else { return }
        try await insertKey(APIKey(name: name, secretHash: hash))
    }
}
