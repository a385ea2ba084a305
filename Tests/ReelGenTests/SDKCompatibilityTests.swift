import Foundation
import Testing

/// The AI/ML API's official Python SDK (`aimlapi-sdk-python`, pinned, installed into
/// `.venv-test` by `scripts/bootstrap --test`) works against ReelGen unchanged:
/// `videos.generate_with_polling(..., return_bytes=True)` returns a real MP4.
@Suite struct SDKCompatibilityTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized.path

    @Test func theAIMLAPISDKGeneratesAndDownloads() async throws {
        let python = "\(Self.root)/.venv-test/bin/python"
        try #require(FileManager.default.isExecutableFile(atPath: python), "no \(python): run `scripts/bootstrap --test` (make test does)")
        let server = try ServerProcess(arguments: ["--default-engine", "reelgen/testcard"])
        defer { server.removeData() }
        try await server.start()
        let output = "\(server.directory)/sdk.mp4"
        let run = try await runTool(python, ["\(Self.root)/Tests/Fixtures/compat/aimlapi_sdk.py", output], environment: [
            "REELGEN_URL": server.baseURL, "REELGEN_API_KEY": ServerProcess.apiKey,
        ])
        #expect(run.status == 0, "\(run.errors)")
        let probe = try VideoProbe(path: output)
        #expect(probe.codec == "h264" && probe.width == 640 && probe.height == 360 && probe.frames == 120)
        #expect(run.output.trimmingCharacters(in: .whitespacesAndNewlines) == String(try Data(contentsOf: URL(fileURLWithPath: output)).count))
    }
}
