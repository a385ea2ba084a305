/// Where `generate` finds the server and its key: the flags, then ReelGen's own variables
/// (`REELGEN_URL`, `REELGEN_API_KEY`), then the AI/ML API's (`AIML_API_BASE`,
/// `AIML_API_KEY`), so the environment of a user of the hosted API just works.
struct ServerSettings: Equatable {
    var url: String
    var key: String?

    static let defaultURL = "http://localhost:8080"

    static func resolve(url: String?, key: String?, environment: [String: String]) -> ServerSettings {
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        let base = url ?? value("REELGEN_URL") ?? value("AIML_API_BASE").map(apiRoot) ?? defaultURL
        return ServerSettings(url: base.hasSuffix("/") ? String(base.dropLast()) : base,
                              key: key ?? value("REELGEN_API_KEY") ?? value("AIML_API_KEY"))
    }

    /// The server's root from an AI/ML API base, which names a version (`…/v1`) that
    /// the video paths (`/v2/video/generations`) carry themselves.
    static func apiRoot(_ base: String) -> String {
        var root = Substring(base)
        while root.hasSuffix("/") { root = root.dropLast() }
        for version in ["/v1", "/v2"] where root.hasSuffix(version) { root = root.dropLast(version.count) }
        return String(root)
    }
}
