import Foundation

/// Runs a command-line tool found on PATH and collects what it printed.
enum Tool {
    struct Output {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    struct NotFound: Error, CustomStringConvertible {
        let name: String
        var description: String { "\(name) is not on PATH" }
    }

    static func run(_ name: String, _ arguments: [String]) throws -> Output {
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard let executable = searchPath.split(separator: ":").map({ "\($0)/\(name)" })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else { throw NotFound(name: name) }
        // Standard error goes to a file, so a chatty tool cannot block on a full pipe
        // while standard output is being read.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("reelgen-tool-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let standardOutput = Pipe()
        process.standardOutput = standardOutput
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        let outputData = standardOutput.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        )
    }
}
