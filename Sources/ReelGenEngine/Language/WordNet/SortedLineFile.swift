#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only text file of lines, read by byte offset with `pread` rather than loaded:
/// WordNet's data files are addressed by offset and its index files are sorted, so one
/// line is a seek away and a lemma is a binary search away. `pread` keeps it safe to share.
final class SortedLineFile: Sendable {
    private let descriptor: Int32
    private let size: Int

    init?(path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        let end = lseek(descriptor, 0, SEEK_END)
        guard end > 0 else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        self.size = Int(end)
    }

    deinit {
        close(descriptor)
    }

    /// The line starting at `offset`, without its newline.
    func line(at offset: Int) -> String? {
        guard offset >= 0, offset < size else { return nil }
        var bytes: [UInt8] = []
        var position = offset
        let chunkSize = 1024
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while position < size {
            let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, chunkSize, off_t(position)) }
            guard count > 0 else { break }
            if let newline = chunk[0..<count].firstIndex(of: 0x0A) {
                bytes.append(contentsOf: chunk[0..<newline])
                return String(decoding: bytes, as: UTF8.self)
            }
            bytes.append(contentsOf: chunk[0..<count])
            position += count
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The line whose first space-separated field is `key`, by binary search over lines sorted
    /// bytewise; lines starting with a space (WordNet's licence header) are skipped.
    func line(withKey key: String) -> String? {
        let keyBytes = Array(key.utf8)
        var low = 0
        var high = size
        while low < high {
            let middle = (low + high) / 2
            guard let start = lineStart(atOrAfter: middle), start < high, let line = line(at: start) else {
                high = middle
                continue
            }
            let lineLength = line.utf8.count + 1
            if line.hasPrefix(" ") {
                low = start + lineLength
                continue
            }
            let field = Array(line.utf8.prefix { $0 != 0x20 })
            if field == keyBytes { return line }
            if field.lexicographicallyPrecedes(keyBytes) {
                low = start + lineLength
            } else {
                high = middle
            }
        }
        return nil
    }

    private func lineStart(atOrAfter offset: Int) -> Int? {
        if offset == 0 { return 0 }
        var position = offset - 1
        var chunk = [UInt8](repeating: 0, count: 512)
        while position < size {
            let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 512, off_t(position)) }
            guard count > 0 else { return nil }
            if let newline = chunk[0..<count].firstIndex(of: 0x0A) {
                let start = position + newline + 1
                return start < size ? start : nil
            }
            position += count
        }
        return nil
    }
}
