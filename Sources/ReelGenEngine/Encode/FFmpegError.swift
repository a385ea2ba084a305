import CFFmpeg

/// A failed libav* call: which step failed and FFmpeg's own explanation, so a failed
/// render says why instead of crashing.
public struct FFmpegError: Error, Sendable, CustomStringConvertible {
    /// The step that failed, e.g. `avcodec_open2(libx264)`.
    public let operation: String
    /// FFmpeg's negative error code, or 0 when the failure was not an FFmpeg return code
    /// (for example an allocation that returned NULL).
    public let code: Int32
    /// The text `av_strerror` gives for `code`.
    public let message: String

    init(_ operation: String, code: Int32) {
        self.operation = operation
        self.code = code
        self.message = Self.describe(code)
    }

    init(_ operation: String, message: String) {
        self.operation = operation
        self.code = 0
        self.message = message
    }

    public var description: String { "\(operation) failed: \(message)" }

    /// Throws when `result` is an FFmpeg error code (negative); returns it otherwise.
    @discardableResult
    static func check(_ result: Int32, _ operation: @autoclosure () -> String) throws(FFmpegError) -> Int32 {
        guard result >= 0 else { throw FFmpegError(operation(), code: result) }
        return result
    }

    /// Unwraps a pointer an allocator returned, or throws when it returned NULL.
    static func allocated<T>(_ pointer: T?, _ operation: @autoclosure () -> String) throws(FFmpegError) -> T {
        guard let pointer else { throw FFmpegError(operation(), message: "out of memory or not available") }
        return pointer
    }

    private static func describe(_ code: Int32) -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        let known = buffer.withUnsafeMutableBufferPointer { av_strerror(code, $0.baseAddress, $0.count) } == 0
        guard known else { return "FFmpeg error \(code)" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
