import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import ReelGenClient
import Testing

/// A real `reelgen serve` process on a free port with its own data directory, driven the
/// way a user would: over HTTP, and with real signals.
final class ServerProcess: @unchecked Sendable {
    static let apiKey = "rg_e2e_test_key_0123456789"

    let directory: String
    let port: Int
    private let extraArguments: [String]
    private let environment: [String: String]
    private var process: Process?
    private let logPath: String

    init(arguments: [String] = [], environment: [String: String] = [:], directory: String? = nil) throws {
        self.directory = directory ?? FileManager.default.temporaryDirectory.appendingPathComponent("reelgen-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: self.directory, withIntermediateDirectories: true)
        port = try Self.freePort()
        extraArguments = arguments
        self.environment = environment
        logPath = "\(self.directory)/server.log"
    }

    /// The `reelgen` binary built beside the test bundle.
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["REELGEN_BIN"] { return path }
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return bundle.appendingPathComponent("reelgen").path
    }

    var baseURL: String { "http://127.0.0.1:\(port)" }
    var client: ReelGenClient { ReelGenClient(baseURL: baseURL, apiKey: Self.apiKey) }

    /// Starts the server and waits until `/healthz` answers.
    func start() async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["serve", "--host", "127.0.0.1", "--port", "\(port)", "--data", directory] + extraArguments
        var env = ProcessInfo.processInfo.environment
        env["REELGEN_API_KEY"] = Self.apiKey
        env["LOG_LEVEL"] = "info"
        for (name, value) in environment { env[name] = value.isEmpty ? nil : value }
        process.environment = env
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        log.seekToEndOfFile()
        process.standardOutput = log
        process.standardError = log
        try process.run()
        self.process = process
        try await waitUntil(timeout: .seconds(30), "server to answer /healthz") {
            guard process.isRunning else { throw ProcessError(message: "server exited: \(self.log)") }
            return (try? await self.get("/healthz")) == 200
        }
    }

    /// Sends `signal` and waits for the process to exit; returns its exit status.
    @discardableResult
    func stop(signal: Int32 = SIGTERM, timeout: Duration = .seconds(30)) async throws -> Int32 {
        send(signal)
        return try await waitForExit(timeout: timeout)
    }

    /// Sends `signal` without waiting.
    func send(_ signal: Int32) {
        guard let process else { return }
        kill(process.processIdentifier, signal)
    }

    /// Waits for the process to exit; returns its exit status.
    @discardableResult
    func waitForExit(timeout: Duration = .seconds(30)) async throws -> Int32 {
        guard let process else { return 0 }
        try await waitUntil(timeout: timeout, "server to exit") { !process.isRunning }
        self.process = nil
        return process.terminationStatus
    }

    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    func removeData() {
        if let process, process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Status code of a plain GET.
    func get(_ path: String) async throws -> Int {
        let (_, response) = try await URLSession.shared.data(from: URL(string: baseURL + path)!)
        return (response as? HTTPURLResponse)?.statusCode ?? 0
    }

    /// One request with the test key, answered in full: status, headers and the JSON body.
    func request(_ method: String, _ path: String, json body: String? = nil) async throws -> RawResponse {
        var request = URLRequest(url: URL(string: baseURL + path)!)
        request.httpMethod = method
        request.setValue("Bearer \(Self.apiKey)", forHTTPHeaderField: "Authorization")
        if let body {
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(body.utf8)
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        return RawResponse(
            status: http.statusCode,
            headers: http.allHeaderFields,
            json: (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        )
    }

    /// Directories of finished outputs (not renders in progress).
    var outputDirectories: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "\(directory)/outputs")) ?? []).filter { !$0.hasPrefix(".") }
    }

    private static func freePort() throws -> Int {
        let socket = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard bound else { throw ProcessError(message: "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// What `ServerProcess.request` got back.
struct RawResponse {
    var status: Int
    var headers: [AnyHashable: Any]
    var json: [String: Any]

    /// A header's value, by case-insensitive name.
    func header(_ name: String) -> String? {
        headers.first { ($0.key as? String)?.lowercased() == name.lowercased() }?.value as? String
    }
}

struct ProcessError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// Polls `condition` until it holds, failing after `timeout`.
func waitUntil(timeout: Duration, _ what: String, every interval: Duration = .milliseconds(50), _ condition: () async throws -> Bool) async throws {
    let deadline = ContinuousClock.now + timeout
    while try await !condition() {
        guard ContinuousClock.now < deadline else { throw ProcessError(message: "timed out waiting for \(what)") }
        try await Task.sleep(for: interval)
    }
}

/// Runs a short command (ffprobe) and returns its standard output; throws on a non-zero exit.
@discardableResult
func runCommand(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> String {
    let run = try runToolBlocking(executable, arguments, environment: environment)
    guard run.status == 0 else {
        throw ProcessError(message: "\(executable) \(arguments.joined(separator: " ")) exited \(run.status): \(run.errors)")
    }
    return run.output
}

/// Runs a command to its end: its exit status, standard output and standard error.
/// `environment` is laid over this process's own; an empty value hides a variable. The
/// wait is on a thread of its own: a test waiting seconds for a client or schemathesis
/// must not hold one of the few threads every other test's tasks run on.
func runTool(
    _ executable: String, _ arguments: [String], environment: [String: String] = [:], directory: String? = nil
) async throws -> (status: Int32, output: String, errors: String) {
    try await withCheckedThrowingContinuation { continuation in
        Thread {
            continuation.resume(with: Result { try runToolBlocking(executable, arguments, environment: environment, directory: directory) })
        }.start()
    }
}

private func runToolBlocking(
    _ executable: String, _ arguments: [String], environment: [String: String] = [:], directory: String? = nil
) throws -> (status: Int32, output: String, errors: String) {
    let process = Process()
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [executable] + arguments
    var env = ProcessInfo.processInfo.environment
    for (name, value) in environment { env[name] = value.isEmpty ? nil : value }
    process.environment = env
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
}
