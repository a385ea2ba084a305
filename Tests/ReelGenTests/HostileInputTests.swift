import Foundation
import Testing

/// schemathesis (pinned, in `.venv-test`) throws a few thousand generated requests, valid
/// and not, at every operation of `/openapi.json` on a real server: no answer is a 5xx,
/// every answer matches the document, valid bodies are accepted and invalid ones refused,
/// and a method a path does not offer is 405.
@Suite struct HostileInputTests {
    @Test func schemathesisFindsNothingWrong() async throws {
        let schemathesis = "\(SDKCompatibilityTests.root)/.venv-test/bin/st"
        try #require(FileManager.default.isExecutableFile(atPath: schemathesis), "no \(schemathesis): run `scripts/bootstrap --test` (make test does)")
        // No workers, and room for everything it creates: only the HTTP surface is under test.
        let server = try ServerProcess(arguments: ["--workers", "0", "--max-queued-per-key", "100000", "--max-queued", "100000"])
        defer { server.removeData() }
        try await server.start()
        let run = try await runTool(schemathesis, [
            "run", "\(server.baseURL)/openapi.json", "--header", "Authorization: Bearer \(ServerProcess.apiKey)",
            "--checks", "all", "--max-examples", "100", "--seed", "20261203", "--no-color",
        ], directory: server.directory)
        #expect(run.status == 0, "\(run.output.suffix(4000))")
        #expect(run.output.contains(" passed"), "\(run.output.suffix(2000))")
    }
}
