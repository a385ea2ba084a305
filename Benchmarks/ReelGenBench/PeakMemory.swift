import Foundation

/// This process's peak resident memory, from the kernel's high-water mark.
enum PeakMemory {
    static func kibibytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(whereSeparator: \.isWhitespace)[1]) ?? 0
        }
        return 0
    }
}
