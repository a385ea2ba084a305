import Foundation
import ReelGenClient
import Testing

/// `reelgen generate` against a real server, with each way of giving it the server and
/// the key, and the exit status a script can rely on: 0 saved, 1 the job failed, 2 a usage
/// or connection error.
@Suite(.serialized) struct GenerateCommandTests {
    /// Every variable the command reads, hidden, so only what a case sets is seen.
    static let unset = ["REELGEN_URL": "", "REELGEN_API_KEY": "", "AIML_API_BASE": "", "AIML_API_KEY": ""]

    private func generate(_ arguments: [String], environment: [String: String] = [:]) async throws -> (status: Int32, output: String, errors: String) {
        try await runTool(ServerProcess.binary, ["generate"] + arguments, environment: Self.unset.merging(environment) { $1 })
    }

    @Test func everyWayOfGivingTheServerAndKeyWorks() async throws {
        let server = try ServerProcess(arguments: ["--default-engine", "reelgen/testcard"])
        defer { server.removeData() }
        try await server.start()
        let clip = ["a test pattern", "--resolution", "360p", "--seed", "7"]
        let ways: [(name: String, arguments: [String], environment: [String: String])] = [
            ("flags", ["--url", server.baseURL, "--key", ServerProcess.apiKey], [:]),
            ("ReelGen's variables", [], ["REELGEN_URL": server.baseURL, "REELGEN_API_KEY": ServerProcess.apiKey]),
            ("the AI/ML API's variables", [], ["AIML_API_BASE": server.baseURL + "/v1", "AIML_API_KEY": ServerProcess.apiKey]),
        ]
        for (index, way) in ways.enumerated() {
            let path = "\(server.directory)/clip-\(index).mp4"
            let run = try await generate(clip + ["-o", path] + way.arguments, environment: way.environment)
            #expect(run.status == 0, "\(way.name): \(run.errors)")
            #expect(run.output.trimmingCharacters(in: .whitespacesAndNewlines) == path, "\(way.name) prints where it saved the clip")
            let probe = try VideoProbe(path: path)
            #expect(probe.codec == "h264" && probe.width == 640 && probe.height == 360 && probe.frames == 120, "\(way.name)")
            // Piped, progress is plain lines, never a redrawn bar.
            #expect(!run.errors.contains("\r"), "\(way.name)")
        }
    }

    @Test func jsonPreviewAndNoWait() async throws {
        let server = try ServerProcess(arguments: ["--default-engine", "reelgen/testcard"])
        defer { server.removeData() }
        try await server.start()
        let connection = ["REELGEN_URL": server.baseURL, "REELGEN_API_KEY": ServerProcess.apiKey]
        let path = "\(server.directory)/with-preview.mp4"
        let run = try await generate(["a test pattern", "--resolution", "360p", "-o", path, "--json", "--preview"], environment: connection)
        #expect(run.status == 0, "\(run.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any], "\(run.output)")
        #expect(object["status"] as? String == "completed")
        #expect(object["model"] as? String == "pixverse/v5/text-to-video")
        #expect((object["video"] as? [String: Any])?["url"] is String)
        #expect(try VideoProbe(path: path).codec == "h264")
        #expect(try VideoProbe(path: "\(server.directory)/with-preview.gif").codec == "gif")

        let queued = try await generate(["a test pattern", "--resolution", "360p", "--no-wait"], environment: connection)
        #expect(queued.status == 0, "\(queued.errors)")
        let id = queued.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(id.hasSuffix(":pixverse/v5/text-to-video"))
        #expect(try await server.client.generation(id: id).id == id, "the printed id is the job's")
    }

    @Test func exitStatusSaysWhatWentWrong() async throws {
        // A render timeout of a second fails any 1080p cinematic clip.
        let server = try ServerProcess(arguments: ["--render-timeout", "1"])
        defer { server.removeData() }
        try await server.start()
        let connection = ["REELGEN_URL": server.baseURL, "REELGEN_API_KEY": ServerProcess.apiKey]
        let output = "\(server.directory)/never.mp4"

        let failed = try await generate(["a red fox in the snow", "--resolution", "1080p", "-o", output], environment: connection)
        #expect(failed.status == 1, "\(failed.errors)")
        #expect(failed.errors.contains("failed") && failed.errors.contains("timeout"), "\(failed.errors)")
        #expect(!FileManager.default.fileExists(atPath: output))

        let cases: [(name: String, arguments: [String], environment: [String: String], says: String)] = [
            ("an unknown key", ["a fox"], ["REELGEN_URL": server.baseURL, "REELGEN_API_KEY": "rg_not_a_key"], "401"),
            ("no key at all", ["a fox"], ["REELGEN_URL": server.baseURL], "API key"),
            ("no server there", ["a fox", "--url", "http://127.0.0.1:9"], ["REELGEN_API_KEY": ServerProcess.apiKey], "cannot reach"),
            ("a bad option", ["a fox", "--duration", "7"], connection, "--duration"),
            ("a missing prompt", [], connection, "prompt"),
        ]
        for item in cases {
            let run = try await generate(item.arguments + ["-o", output], environment: item.environment)
            #expect(run.status == 2, "\(item.name): exited \(run.status): \(run.errors)")
            #expect(run.errors.contains(item.says), "\(item.name): \(run.errors)")
        }
    }
}
