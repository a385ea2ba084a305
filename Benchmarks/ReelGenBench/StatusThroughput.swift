import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// DESIGN §7's status GET throughput: the release `reelgen serve` on SQLite in a temporary
/// directory, one job created over HTTP, then `wrk` polling that job's status over 32
/// keep-alive connections. Server and `wrk` share the machine's cores, as they would a node.
struct StatusThroughput {
    /// A queued job answers from the store alone; a completed one also signs three file URLs.
    enum JobState: String {
        case queued, completed
    }

    let state: JobState
    var connections = 32
    var seconds = 10

    struct Result {
        var requestsPerSecond: Double
        var p99Milliseconds: Double
    }

    static let apiKey = "rg_bench_status_key_0123456789"

    /// `reelgen` is built beside this benchmark (`make bench` builds it first).
    static var serverBinary: String {
        if let path = ProcessInfo.processInfo.environment["REELGEN_BIN"] { return path }
        return URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("reelgen").path
    }

    func run() async throws -> Result {
        guard let wrk = ChildProcess.find("wrk") else { throw BenchError("wrk is not on PATH (scripts/bootstrap --bench installs it)") }
        guard FileManager.default.isExecutableFile(atPath: Self.serverBinary) else {
            throw BenchError("no reelgen binary at \(Self.serverBinary): run `swift build -c release --product reelgen` first")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reelgen-bench-http-\(getpid())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }

        let port = try FreePort.find()
        let baseURL = "http://127.0.0.1:\(port)"
        let workers = state == .completed ? ["--workers", "1", "--default-engine", "reelgen/testcard"] : ["--workers", "0"]
        let server = Process()
        server.executableURL = URL(fileURLWithPath: Self.serverBinary)
        server.arguments = ["serve", "--host", "127.0.0.1", "--port", "\(port)", "--data", directory] + workers
        var environment = ProcessInfo.processInfo.environment
        environment["REELGEN_API_KEY"] = Self.apiKey
        environment["LOG_LEVEL"] = "warning"
        server.environment = environment
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer {
            server.terminate()
            server.waitUntilExit()
        }

        let http = BenchHTTP(baseURL: baseURL, apiKey: Self.apiKey)
        try await http.waitUntilHealthy(server: server)
        let id = try await http.createJob()
        let path = "/v2/video/generations?generation_id=\(id)"
        try await http.waitForStatus(state.rawValue, path: path)

        let output = try ChildProcess.run(wrk, [
            "-t1", "-c\(connections)", "-d\(seconds)s", "--latency",
            "-H", "Authorization: Bearer \(Self.apiKey)", baseURL + path,
        ])
        return try WrkReport(output).result
    }
}

/// The parts of `wrk --latency` output the bench reads.
struct WrkReport {
    let result: StatusThroughput.Result

    init(_ output: String) throws {
        var requestsPerSecond: Double?
        var p99: Double?
        for line in output.split(separator: "\n") {
            let fields = line.split(whereSeparator: \.isWhitespace)
            if fields.first == "Requests/sec:", fields.count == 2 { requestsPerSecond = Double(fields[1]) }
            if fields.first == "99%", fields.count == 2 { p99 = Self.milliseconds(fields[1]) }
            if line.contains("Non-2xx") || line.contains("Socket errors") {
                throw BenchError("wrk saw failed requests: \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        guard let requestsPerSecond, let p99 else { throw BenchError("unexpected wrk output:\n\(output)") }
        result = .init(requestsPerSecond: requestsPerSecond, p99Milliseconds: p99)
    }

    /// `812.00us`, `1.23ms`, `2.00s` in milliseconds.
    static func milliseconds(_ text: Substring) -> Double? {
        for (unit, scale) in [("us", 0.001), ("ms", 1.0), ("s", 1000.0)] where text.hasSuffix(unit) {
            return Double(text.dropLast(unit.count)).map { $0 * scale }
        }
        return nil
    }
}
