import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The few requests the throughput bench makes itself: health, one create, status polls.
struct BenchHTTP {
    let baseURL: String
    let apiKey: String

    func waitUntilHealthy(server: Process, timeout: Duration = .seconds(30)) async throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            guard server.isRunning else { throw BenchError("reelgen serve exited with \(server.terminationStatus)") }
            if let (status, _) = try? await send("GET", "/healthz"), status == 200 { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw BenchError("reelgen serve did not answer /healthz within \(timeout)")
    }

    /// Creates a small testcard job; returns its id.
    func createJob() async throws -> String {
        let body = #"{"model":"reelgen/testcard","prompt":"status bench","resolution":"360p","duration":5,"seed":1}"#
        let (status, json) = try await send("POST", "/v2/video/generations", body: body)
        guard status == 201, let id = json["id"] as? String else { throw BenchError("create answered \(status): \(json)") }
        return id
    }

    func waitForStatus(_ wanted: String, path: String, timeout: Duration = .seconds(60)) async throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let (status, json) = try await send("GET", path)
            guard status == 200 else { throw BenchError("status GET answered \(status): \(json)") }
            if json["status"] as? String == wanted { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw BenchError("the job did not become \(wanted) within \(timeout)")
    }

    private func send(_ method: String, _ path: String, body: String? = nil) async throws -> (Int, [String: Any]) {
        var request = URLRequest(url: URL(string: baseURL + path)!)
        request.httpMethod = method
        request.setValue("Bearer \(apiKey)", forHTTPHeaderField: "Authorization")
        if let body {
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(body.utf8)
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, json)
    }
}
