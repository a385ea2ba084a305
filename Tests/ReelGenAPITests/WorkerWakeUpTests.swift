import Foundation
import Hummingbird
import HummingbirdTesting
import ReelGenJobs
import Testing

/// A job created through this process's API is claimed at once, not at the next poll.
@Suite struct WorkerWakeUpTests {
    @Test func createdJobStartsWellBeforeThePollInterval() async throws {
        let pollInterval = Duration.seconds(60)
        let server = try TestServer { $0.workers = WorkerPool.Configuration(workers: 1, workerIDPrefix: "wake", pollInterval: pollInterval) }
        try await server.run { client, key in
            let body = #"{"model":"reelgen/testcard","prompt":"wake up","resolution":"360p","duration":5,"seed":1}"#
            func create() async throws -> String {
                try await client.execute(uri: "/v2/video/generations", method: .post, headers: .bearer(key), body: ByteBuffer(string: body)) { response in
                    #expect(response.status == .created)
                    return try #require(response.json["id"] as? String)
                }
            }
            func waitForStatus(_ id: String, in statuses: Set<String>, within limit: Duration) async throws -> Duration {
                let start = ContinuousClock.now
                while ContinuousClock.now - start < limit {
                    let status = try await client.execute(uri: "/v2/video/generations?generation_id=\(id)", method: .get, headers: .bearer(key)) {
                        $0.json["status"] as? String
                    }
                    if let status, statuses.contains(status) { return ContinuousClock.now - start }
                    try await Task.sleep(for: .milliseconds(20))
                }
                Issue.record("\(id) did not reach \(statuses) within \(limit)")
                return limit
            }

            // The first job may meet the worker's first look at the queue; once it is done
            // the worker finds the queue empty and settles into its minute-long wait.
            let first = try await create()
            _ = try await waitForStatus(first, in: ["completed"], within: .seconds(120))
            try await Task.sleep(for: .milliseconds(500))

            // Far under the poll interval, with room for a busy CI machine's scheduling.
            let second = try await create()
            let waited = try await waitForStatus(second, in: ["generating", "completed"], within: .seconds(30))
            #expect(waited < .seconds(20), "claimed after \(waited), poll interval \(pollInterval)")
        }
    }
}
