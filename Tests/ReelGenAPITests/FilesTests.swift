import Foundation
import Hummingbird
import HummingbirdTesting
import ReelGenAPI
import Testing

/// Signed download URLs: valid ones work without a key and support Range, ETag and
/// HEAD; tampered, expired or unsigned ones are refused.
@Suite struct FilesTests {
    @Test func signedURLsServeFilesAndRefuseTampering() async throws {
        let server = try TestServer()
        let jobID = UUID().uuidString.lowercased()
        let directory = "\(server.directory)/outputs/\(jobID)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let content = Data((0..<1000).map { UInt8($0 % 251) })
        try content.write(to: URL(fileURLWithPath: "\(directory)/output.mp4"))
        let signer = URLSigner(key: try #require(server.config.signingKey), lifetime: .seconds(3600))
        let path = "/files/\(jobID)/output.mp4"
        let signed = "\(path)?\(signer.query(for: path))"

        try await server.run(.live) { client, _ in
            let etag = try await client.execute(uri: signed, method: .get) { response in
                #expect(response.status == .ok)
                #expect(Data(response.body.readableBytesView) == content)
                return try #require(response.headers[.eTag])
            }
            try await client.execute(uri: signed, method: .get, headers: [.range: "bytes=10-19"]) { response in
                #expect(response.status == .partialContent)
                #expect(Data(response.body.readableBytesView) == content[10...19])
                #expect(response.headers[.contentRange] == "bytes 10-19/1000")
            }
            // Past the end, or from the end: nothing to send, and the size to resume against.
            for past in ["bytes=1000-", "bytes=5000-6000"] {
                try await client.execute(uri: signed, method: .get, headers: [.range: past]) { response in
                    #expect(response.status == .rangeNotSatisfiable, "\(past)")
                    #expect(response.headers[.contentRange] == "bytes */1000", "\(past)")
                }
            }
            try await client.execute(uri: signed, method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentLength] == "1000")
                #expect(response.body.readableBytes == 0)
            }
            try await client.execute(uri: signed, method: .get, headers: [.ifNoneMatch: etag]) { response in
                #expect(response.status == .notModified)
            }

            let tampered = signed.replacingOccurrences(of: "sig=", with: "sig=0")
            let otherFile = "/files/\(jobID)/poster.jpg?\(signer.query(for: path))"
            let expired = "\(path)?\(signer.query(for: path, now: Date(timeIntervalSinceNow: -7200)))"
            let forgedExpiry = signed.replacingOccurrences(of: "expires=", with: "expires=9")
            for uri in [path, tampered, otherFile, expired, forgedExpiry] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .forbidden, "\(uri)")
                    #expect(response.json["statusCode"] as? Int == 403)
                }
            }
            let strangeName = "/files/\(jobID)/reelgen.sqlite"
            try await client.execute(uri: "\(strangeName)?\(signer.query(for: strangeName))", method: .get) { response in
                #expect(response.status == .notFound)
            }
            // Walking out of the outputs, even with a valid signature for the path as sent:
            // nothing outside a job's three files is ever served.
            for escape in ["/files/../reelgen.sqlite", "/files/\(jobID)/../../signing.key", "/files/%2e%2e/%2e%2e/signing.key",
                           "/files/\(jobID)/..%2Fsigning.key", "/files/\(jobID)%2F..%2F..%2Fsigning.key/output.mp4"] {
                try await client.execute(uri: "\(escape)?\(signer.query(for: escape))", method: .get) { response in
                    #expect([.notFound, .forbidden, .badRequest].contains(response.status), "\(escape): \(response.status)")
                    #expect(!String(buffer: response.body).contains("-----") && response.body.readableBytes < 1000, "\(escape)")
                }
            }
        }
    }

    @Test func signatureChecksPathAndExpiry() {
        let signer = URLSigner(key: Array("k".utf8), lifetime: .seconds(60))
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        let query = signer.query(for: "/files/a/output.mp4", now: now)
        let items = Dictionary(uniqueKeysWithValues: query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1)
            return (String(parts[0]), String(parts[1]))
        })
        #expect(signer.verify(path: "/files/a/output.mp4", expires: items["expires"], sig: items["sig"], now: now))
        #expect(!signer.verify(path: "/files/b/output.mp4", expires: items["expires"], sig: items["sig"], now: now))
        #expect(!signer.verify(path: "/files/a/output.mp4", expires: items["expires"], sig: items["sig"], now: now.addingTimeInterval(7200)))
        let otherSigner = URLSigner(key: Array("other".utf8), lifetime: .seconds(60))
        #expect(!otherSigner.verify(path: "/files/a/output.mp4", expires: items["expires"], sig: items["sig"], now: now))
    }
}
