public import ReelGenEngine

/// The engines this deployment renders with, by model id, and which one the public alias
/// (`pixverse/v5/text-to-video`) means. The API validates `model` against it; workers look
/// up each job's engine in it.
public struct EngineRegistry: Sendable {
    /// The model id clients use for the default engine, as in the AI/ML API.
    public static let publicAlias = "pixverse/v5/text-to-video"

    public let engines: [String: any VideoEngine]
    public let defaultEngineID: String

    /// - Precondition: `defaultEngineID` names one of `engines`.
    public init(engines: [any VideoEngine], defaultEngineID: String) {
        self.engines = Dictionary(engines.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        precondition(self.engines[defaultEngineID] != nil, "default engine \(defaultEngineID) is not registered")
        self.defaultEngineID = defaultEngineID
    }

    /// The engine id a requested model names (the alias maps to the default), or nil.
    public func engineID(forRequestedModel model: String) -> String? {
        if model == Self.publicAlias { return defaultEngineID }
        return engines[model] == nil ? nil : model
    }

    /// Every model id a client may send, sorted, alias first (for 400 messages and docs).
    public var acceptedModels: [String] {
        [Self.publicAlias] + engines.keys.sorted()
    }

    public func engine(id: String) -> (any VideoEngine)? {
        engines[id]
    }
}
