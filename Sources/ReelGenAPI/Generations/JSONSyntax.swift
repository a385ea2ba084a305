/// JSON's grammar (RFC 8259), checked before a body is decoded. Foundation's decoder
/// forgives a trailing comma (`{"prompt":"A cat",}`), which the JSON parsers clients test
/// with refuse; a body that is not JSON gets the same 400 whoever parses it.
struct JSONSyntax {
    private let bytes: [UInt8]
    private var index = 0
    /// Deeper nesting than this is refused rather than risk the stack.
    static let maxDepth = 256

    /// Whether `bytes` is exactly one JSON value, with white space around it at most.
    static func isValid(_ bytes: some Collection<UInt8>) -> Bool {
        var scanner = JSONSyntax(bytes: Array(bytes))
        guard scanner.value(depth: 0) else { return false }
        scanner.skipSpace()
        return scanner.index == scanner.bytes.count
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private var next: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipSpace() {
        while let byte = next, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard next == byte else { return false }
        index += 1
        return true
    }

    private mutating func value(depth: Int) -> Bool {
        skipSpace()
        guard depth < Self.maxDepth, let first = next else { return false }
        let valid: Bool
        switch first {
        case UInt8(ascii: "{"): valid = object(depth: depth + 1)
        case UInt8(ascii: "["): valid = array(depth: depth + 1)
        case UInt8(ascii: "\""): valid = string()
        case UInt8(ascii: "t"): valid = literal("true")
        case UInt8(ascii: "f"): valid = literal("false")
        case UInt8(ascii: "n"): valid = literal("null")
        default: valid = number()
        }
        skipSpace()
        return valid
    }

    private mutating func object(depth: Int) -> Bool {
        index += 1
        skipSpace()
        if take(UInt8(ascii: "}")) { return true }
        repeat {
            skipSpace()
            guard string() else { return false }
            skipSpace()
            guard take(UInt8(ascii: ":")), value(depth: depth) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}"))
    }

    private mutating func array(depth: Int) -> Bool {
        index += 1
        skipSpace()
        if take(UInt8(ascii: "]")) { return true }
        repeat {
            guard value(depth: depth) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]"))
    }

    private mutating func string() -> Bool {
        guard take(UInt8(ascii: "\"")) else { return false }
        while let byte = next {
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return true
            case UInt8(ascii: "\\"):
                guard let escaped = next else { return false }
                index += 1
                if escaped == UInt8(ascii: "u") {
                    for _ in 0..<4 {
                        guard let hex = next, Self.isHexDigit(hex) else { return false }
                        index += 1
                    }
                } else if !"\"\\/bfnrt".utf8.contains(escaped) {
                    return false
                }
            case ..<0x20:
                return false
            default:
                continue
            }
        }
        return false
    }

    private mutating func number() -> Bool {
        _ = take(UInt8(ascii: "-"))
        if !take(UInt8(ascii: "0")) {
            guard let first = next, (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(first) else { return false }
            skipDigits()
        }
        if take(UInt8(ascii: ".")) {
            guard digitsFollow() else { return false }
        }
        if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
            if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
            guard digitsFollow() else { return false }
        }
        return true
    }

    /// Takes one or more digits.
    private mutating func digitsFollow() -> Bool {
        let start = index
        skipDigits()
        return index > start
    }

    private mutating func skipDigits() {
        while let byte = next, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { index += 1 }
    }

    private mutating func literal(_ word: String) -> Bool {
        for byte in word.utf8 {
            guard take(byte) else { return false }
        }
        return true
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }
}
