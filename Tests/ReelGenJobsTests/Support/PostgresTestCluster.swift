import Foundation
import Testing

/// A throwaway PostgreSQL server: `initdb` in a temp dir, started on a free loopback port,
/// stopped and deleted afterwards. PostgreSQL refuses to run as root, so as root the
/// server runs as the `postgres` OS user (created when missing).
///
/// Missing binaries are a failure, not a skip: CI installs them.
final class PostgresTestCluster: Sendable {
    let port: Int
    let directory: String
    private let binaries: String
    private let osUser: String?

    /// The cluster of the enclosing `.postgresCluster` suite.
    @TaskLocal static var current: PostgresTestCluster?

    private init(port: Int, directory: String, binaries: String, osUser: String?) {
        self.port = port
        self.directory = directory
        self.binaries = binaries
        self.osUser = osUser
    }

    static func start() throws -> PostgresTestCluster {
        let binaries = try findBinaries()
        let osUser = getuid() == 0 ? try ensureUnprivilegedUser() : nil
        let directory = (NSTemporaryDirectory() as NSString).appendingPathComponent("reelgen-pg-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        if let osUser { try run("/bin/chown", [osUser, directory]) }
        let data = (directory as NSString).appendingPathComponent("data")
        try run("\(binaries)/initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"], as: osUser)

        var lastError: (any Error)?
        for _ in 0..<5 {
            let port = Int.random(in: 20_000...60_000)
            let options = "-k \(directory) -p \(port) -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
            do {
                try run("\(binaries)/pg_ctl", ["-D", data, "-l", "\(directory)/server.log", "-o", options, "-w", "-t", "60", "start"], as: osUser)
                let cluster = PostgresTestCluster(port: port, directory: directory, binaries: binaries, osUser: osUser)
                try run("\(binaries)/pg_isready", ["-h", "127.0.0.1", "-p", "\(port)", "-t", "30"], as: osUser)
                return cluster
            } catch {
                lastError = error
            }
        }
        try? FileManager.default.removeItem(atPath: directory)
        throw lastError ?? PostgresTestClusterError(message: "PostgreSQL did not start")
    }

    /// A new empty database and the URL that reaches it.
    func makeDatabase() throws -> String {
        let name = "reelgen_\(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""))"
        try Self.run("\(binaries)/createdb", ["-h", "127.0.0.1", "-p", "\(port)", "-U", "postgres", name], as: osUser)
        return "postgres://postgres@127.0.0.1:\(port)/\(name)?sslmode=disable"
    }

    func stop() {
        let data = (directory as NSString).appendingPathComponent("data")
        _ = try? Self.run("\(binaries)/pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"], as: osUser)
        try? FileManager.default.removeItem(atPath: directory)
    }

    private static func findBinaries() throws -> String {
        var candidates = ["/usr/lib/postgresql"].flatMap { root in
            ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [])
                .sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }
                .map { "\(root)/\($0)/bin" }
        }
        candidates += ["/usr/local/bin", "/opt/homebrew/bin", "/usr/bin"]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: "\($0)/initdb") }) else {
            throw PostgresTestClusterError(message: """
                PostgreSQL server binaries (initdb, pg_ctl) were not found in /usr/lib/postgresql/*/bin or PATH. \
                Install them (Debian: apt-get install postgresql) — `make test` does.
                """)
        }
        return found
    }

    private static func ensureUnprivilegedUser() throws -> String {
        let user = "postgres"
        if (try? run("/usr/bin/id", ["-u", user])) == nil {
            try run("/usr/sbin/useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", user])
        }
        return user
    }

    /// Runs a program (as `user` through runuser when given) and throws with its output on failure.
    ///
    /// Spawned with `posix_spawn` and reaped with `waitpid`, not Foundation's `Process`:
    /// `pg_ctl start` leaves a server that inherits the child's descriptors, and `Process`
    /// on Linux learns of an exit from those closing, so it would wait for the server to stop.
    @discardableResult
    private static func run(_ program: String, _ arguments: [String], as user: String? = nil) throws -> String {
        let argv = user.map { ["/usr/sbin/runuser", "-u", $0, "--", program] } ?? [program]
        let outputPath = (NSTemporaryDirectory() as NSString).appendingPathComponent("reelgen-pg-run-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(atPath: outputPath) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let cArguments = (argv + arguments).map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArguments, environ)
        guard spawned == 0 else {
            throw PostgresTestClusterError(message: "cannot start \(argv[0]): error \(spawned)")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exitedCleanly = status & 0x7F == 0 && (status >> 8) & 0xFF == 0
        guard exitedCleanly else {
            throw PostgresTestClusterError(message: "\(program) \(arguments.joined(separator: " ")) failed (status \(status)): \(text)")
        }
        return text
    }
}

struct PostgresTestClusterError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// Starts one cluster for a whole suite and makes it `PostgresTestCluster.current`.
struct PostgresClusterTrait: SuiteTrait, TestScoping {
    func provideScope(for test: Test, testCase: Test.Case?, performing function: () async throws -> Void) async throws {
        let cluster = try PostgresTestCluster.start()
        defer { cluster.stop() }
        try await PostgresTestCluster.$current.withValue(cluster) {
            try await function()
        }
    }
}

extension Trait where Self == PostgresClusterTrait {
    /// A throwaway PostgreSQL server for the suite's tests.
    static var postgresCluster: Self { PostgresClusterTrait() }
}
