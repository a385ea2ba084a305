import Logging

extension Logger {
    /// The one root logger of a command, writing to stderr at `LOG_LEVEL` (default info).
    static func cli(_ label: String) -> Logger {
        var logger = Logger(label: label)
        logger.logLevel = Environment.string("LOG_LEVEL").flatMap(Logger.Level.init(rawValue:)) ?? .info
        return logger
    }
}
