import Foundation
import Hummingbird
import HummingbirdTesting
import ReelGenJobs
import Testing

/// What a client sees once a job is done: absolute signed links that work without a
/// key, and after retention `video: null` with an `expired` error.
@Suite struct CompletedGenerationTests {
    @Test func completedThenExpired() async throws {
        let server = try TestServer { $0.publicURL = "https://video.example.com/" }
        let store = try await server.openStore()
        try await server.run { client, key in
            let id = try await client.execute(uri: "/v2/video/generations", method: .post, headers: .bearer(key), body: ByteBuffer(string: #"{"model":"reelgen/testcard","prompt":"a cat","duration":5}"#)) { response in
                try #require(response.json["id"] as? String)
            }
            let job = try #require(try await store.claimNext(workerID: "test-worker", leaseExpiresAt: Date(timeIntervalSinceNow: 60), now: Date()))
            #expect(id.hasPrefix(job.id.uuidString.lowercased()))
            let folder = job.id.uuidString.lowercased()
            let output = JobOutput(videoFile: "\(folder)/output.mp4", previewFile: "\(folder)/preview.gif", posterFile: "\(folder)/poster.jpg", videoSize: 1234)
            #expect(try await store.complete(jobID: job.id, workerID: "test-worker", output: output, now: Date()))

            try await client.execute(uri: "/v2/video/generations?generation_id=\(id)", method: .get, headers: .bearer(key)) { response in
                let json = response.json
                #expect(json["status"] as? String == "completed")
                #expect(json["progress"] as? Double == 1)
                #expect(json["completed_at"] is Int)
                let video = try #require(json["video"] as? [String: Any])
                let url = try #require(video["url"] as? String)
                #expect(url.hasPrefix("https://video.example.com/files/\(folder)/output.mp4?expires="))
                #expect(url.contains("&sig="))
                #expect(video["content_type"] as? String == "video/mp4")
                #expect(video["file_name"] as? String == "output.mp4")
                #expect(video["file_size"] as? Int == 1234)
                #expect(video["duration"] as? Int == 5)
                let preview = try #require(json["preview"] as? [String: Any])
                #expect((preview["gif"] as? String)?.contains("/preview.gif?") == true)
                #expect((preview["poster"] as? String)?.contains("/poster.jpg?") == true)
                let usage = (json["meta"] as? [String: Any])?["usage"] as? [String: Any]
                #expect((usage?["credits_used"] as? Int ?? 0) > 0)
            }

            #expect(try await store.expireOutputs(completedBefore: Date(timeIntervalSinceNow: 60)).map(\.id) == [job.id])
            try await client.execute(uri: "/v2/video/generations?generation_id=\(id)", method: .get, headers: .bearer(key)) { response in
                let json = response.json
                #expect(json["status"] as? String == "completed")
                #expect(json["video"] is NSNull)
                #expect((json["error"] as? [String: Any])?["name"] as? String == "expired")
            }
        }
    }
}
