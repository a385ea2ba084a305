import Crypto
public import FoundationEssentials

/// Signs file paths so a download link works without an API key (a browser, `requests.get`)
/// until it expires: `?expires=<unix seconds>&sig=<hex HMAC-SHA256 of "path\nexpires">`.
public struct URLSigner: Sendable {
    private let secret: [UInt8]
    /// How long a link stays valid.
    public let lifetime: Duration

    public init(key: [UInt8], lifetime: Duration) {
        self.secret = key
        self.lifetime = lifetime
    }

    private var key: SymmetricKey { SymmetricKey(data: secret) }

    /// The query string for `path`. Expiry is rounded up to the hour, so repeated polls
    /// hand out the same URL and caches can keep it.
    public func query(for path: String, now: Date = Date()) -> String {
        let earliest = Int(now.timeIntervalSince1970) + Int(lifetime.components.seconds)
        let expires = (earliest + 3599) / 3600 * 3600
        return "expires=\(expires)&sig=\(signature(path: path, expires: expires))"
    }

    /// True when `sig` is this server's signature of `path` and `expires` is in the future.
    public func verify(path: String, expires: String?, sig: String?, now: Date = Date()) -> Bool {
        guard let expires, let expiry = Int(expires), let sig, let given = Self.bytes(hex: sig),
              expiry > Int(now.timeIntervalSince1970)
        else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(given, authenticating: Self.message(path, expiry), using: key)
    }

    private func signature(path: String, expires: Int) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Self.message(path, expires), using: key)
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: code.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0xF)]] }, as: UTF8.self)
    }

    private static func message(_ path: String, _ expires: Int) -> Data {
        Data("\(path)\n\(expires)".utf8)
    }

    private static func bytes(hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count == 64 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let high = Self.nibble(digits[index]), let low = Self.nibble(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        return bytes
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
