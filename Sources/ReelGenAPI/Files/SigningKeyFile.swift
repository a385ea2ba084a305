import Crypto
import Foundation

/// The URL-signing secret kept at `<data>/signing.key`, so links stay valid across
/// restarts and every node sharing the data directory signs alike.
struct SigningKeyFile {
    let path: String

    init(dataDirectory: String) {
        path = (dataDirectory as NSString).appendingPathComponent("signing.key")
    }

    func loadOrCreate() throws -> [UInt8] {
        if let existing = FileManager.default.contents(atPath: path), existing.count >= 32 {
            return Array(existing)
        }
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let key = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
        // Written under a temporary name and linked into place, so two nodes starting at
        // once agree on one key: the loser of the race reads the winner's.
        let temporary = path + ".\(UUID().uuidString)"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(key), attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary])
        }
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        if link(temporary, path) != 0 && errno != EEXIST {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        return Array(FileManager.default.contents(atPath: path) ?? Data(key))
    }
}
