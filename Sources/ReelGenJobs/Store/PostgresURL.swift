import Foundation

/// The parts of `postgres://user:password@host:port/database?sslmode=disable`, as
/// `REELGEN_DATABASE_URL` gives them. User and password may be percent-encoded.
public struct PostgresURL: Hashable, Sendable {
    /// How the connection uses TLS, as libpq's `sslmode` names it.
    public enum TLSMode: String, Sendable {
        case disable
        case prefer
        case require
    }

    public var username: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String?
    public var tlsMode: TLSMode

    /// Throws `InvalidPostgresURL` with a message a person can act on.
    public init(_ text: String) throws {
        guard let schemeEnd = text.range(of: "://"),
              ["postgres", "postgresql"].contains(text[..<schemeEnd.lowerBound].lowercased()) else {
            throw InvalidPostgresURL(reason: "it must start with postgres://")
        }
        var rest = Substring(text[schemeEnd.upperBound...])
        var query = Substring()
        if let questionMark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: questionMark)...]
            rest = rest[..<questionMark]
        }
        var path = Substring()
        if let slash = rest.firstIndex(of: "/") {
            path = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
        }
        var userInfo = Substring()
        if let at = rest.lastIndex(of: "@") {
            userInfo = rest[..<at]
            rest = rest[rest.index(after: at)...]
        }

        let (user, password) = Self.split(userInfo, at: ":")
        username = try Self.decoded(user) ?? "postgres"
        self.password = try password.flatMap(Self.decoded)
        (host, port) = try Self.hostAndPort(rest)
        database = try Self.decoded(path)
        tlsMode = .prefer
        for parameter in query.split(separator: "&") {
            let (name, value) = Self.split(parameter, at: "=")
            guard name == "sslmode", let value else { continue }
            guard let mode = TLSMode(rawValue: String(value)) else {
                throw InvalidPostgresURL(reason: "sslmode must be disable, prefer or require")
            }
            tlsMode = mode
        }
    }

    private static func split(_ text: Substring, at separator: Character) -> (Substring, Substring?) {
        guard let index = text.firstIndex(of: separator) else { return (text, nil) }
        return (text[..<index], text[text.index(after: index)...])
    }

    /// Percent-decoded text, nil when empty.
    private static func decoded(_ text: Substring) throws -> String? {
        guard !text.isEmpty else { return nil }
        guard let decoded = String(text).removingPercentEncoding else {
            throw InvalidPostgresURL(reason: "it has a malformed percent escape")
        }
        return decoded
    }

    private static func hostAndPort(_ text: Substring) throws -> (String, Int) {
        var host = text
        var portText: Substring?
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            host = text[text.index(after: text.startIndex)..<close]
            let after = text[text.index(after: close)...]
            if after.hasPrefix(":") { portText = after.dropFirst() }
        } else {
            (host, portText) = split(text, at: ":")
        }
        guard !host.isEmpty else { throw InvalidPostgresURL(reason: "it names no host") }
        guard let portText else { return (String(host), 5432) }
        guard let port = Int(portText), (1...65535).contains(port) else {
            throw InvalidPostgresURL(reason: "the port must be a number from 1 to 65535")
        }
        return (String(host), port)
    }
}

/// A `REELGEN_DATABASE_URL` that cannot be used. Its description never repeats the password.
public struct InvalidPostgresURL: Error, CustomStringConvertible {
    public var reason: String
    public var description: String { "REELGEN_DATABASE_URL is not a valid PostgreSQL URL: \(reason)" }
}
