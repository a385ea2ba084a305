public import Foundation

/// Where rendered files live: `<root>/<job id>/` for finished jobs and `<root>/.tmp/<uuid>/`
/// for renders in progress. A render moves into place with one rename, so a crash never
/// leaves half a file behind a completed job. Paths are built from UUIDs only.
public struct OutputStorage: Sendable {
    /// Absolute or relative path of the output root, e.g. `<data>/outputs`.
    public let root: String

    public init(root: String) {
        self.root = root
    }

    /// The outputs directory under a data directory (`<data>/outputs`).
    public init(dataDirectory: String) {
        self.init(root: (dataDirectory as NSString).appendingPathComponent("outputs"))
    }

    private var temporaryRoot: String { (root as NSString).appendingPathComponent(".tmp") }

    /// The directory of a finished job's files.
    public func directory(for jobID: UUID) -> String {
        (root as NSString).appendingPathComponent(jobID.uuidString.lowercased())
    }

    /// Path of one of a job's files from its `JobOutput` entry (`<job id>/output.mp4`).
    public func path(ofStoredFile relativePath: String) -> String {
        (root as NSString).appendingPathComponent(relativePath)
    }

    /// Creates a new, empty directory for one render attempt.
    public func makeTemporaryDirectory() throws -> String {
        let directory = (temporaryRoot as NSString).appendingPathComponent(UUID().uuidString.lowercased())
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory
    }

    /// Moves a finished render into the job's directory in one rename, replacing any
    /// leftovers of an earlier attempt, and returns the job's directory.
    @discardableResult
    public func moveIntoPlace(temporaryDirectory: String, jobID: UUID) throws -> String {
        let destination = directory(for: jobID)
        try removeIfPresent(destination)
        // Same file system, so this is a single rename(2).
        try FileManager.default.moveItem(atPath: temporaryDirectory, toPath: destination)
        return destination
    }

    /// Deletes a job's files (retention, or a render whose job was taken back).
    public func deleteOutputs(of jobID: UUID) throws {
        try removeIfPresent(directory(for: jobID))
    }

    /// Deletes a render attempt's directory.
    public func deleteTemporaryDirectory(_ directory: String) throws {
        try removeIfPresent(directory)
    }

    /// Deletes temporary directories older than `cutoff`: what workers that died mid-render left.
    public func purgeTemporaryDirectories(olderThan cutoff: Date) throws {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: temporaryRoot) else { return }
        for name in names where UUID(uuidString: name) != nil {
            let path = (temporaryRoot as NSString).appendingPathComponent(name)
            let modified = try manager.attributesOfItem(atPath: path)[.modificationDate] as? Date
            if let modified, modified < cutoff { try removeIfPresent(path) }
        }
    }

    private func removeIfPresent(_ path: String) throws {
        if FileManager.default.fileExists(atPath: path) {
            try FileManager.default.removeItem(atPath: path)
        }
    }
}
