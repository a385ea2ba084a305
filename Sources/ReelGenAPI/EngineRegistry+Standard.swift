public import ReelGenEngine
public import ReelGenJobs

/// Thrown when `--default-engine` names no engine this build has.
public struct UnknownEngineError: Error, CustomStringConvertible {
    public let requested: String
    public let available: [String]
    public var description: String { "Unknown engine '\(requested)'. Available: \(available.joined(separator: ", "))." }
}

extension EngineRegistry {
    /// Every engine this build ships, sharing one render thread pool.
    public static func standard(defaultEngineID: String, pool: RenderThreadPool) throws -> EngineRegistry {
        let engines: [any VideoEngine] = [CinematicEngine(pool: pool), TestcardEngine(pool: pool)]
        guard engines.contains(where: { $0.id == defaultEngineID }) else {
            throw UnknownEngineError(requested: defaultEngineID, available: engines.map(\.id))
        }
        return EngineRegistry(engines: engines, defaultEngineID: defaultEngineID)
    }
}
