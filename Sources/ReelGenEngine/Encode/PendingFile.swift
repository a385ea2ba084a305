import CFFmpeg
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written under a temporary name beside its final name and renamed into place
/// only when complete, so a crash or a failed render never leaves a half file behind.
struct PendingFile {
    let finalPath: String
    let temporaryPath: String

    init(directory: String, name: String) {
        finalPath = directory + "/" + name
        temporaryPath = directory + "/." + name + ".partial"
    }

    /// Atomically replaces the final file with the finished temporary one; returns its size in bytes.
    func commit() throws(FFmpegError) -> Int {
        guard rename(temporaryPath, finalPath) == 0 else {
            throw FFmpegError("rename(\(temporaryPath))", code: reelgen_averror(errno))
        }
        var status = stat()
        guard stat(finalPath, &status) == 0 else {
            throw FFmpegError("stat(\(finalPath))", code: reelgen_averror(errno))
        }
        return Int(status.st_size)
    }

    /// Removes whatever was written under either name.
    func discard() {
        unlink(temporaryPath)
        unlink(finalPath)
    }
}
