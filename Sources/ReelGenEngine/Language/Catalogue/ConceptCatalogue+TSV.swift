/// Reading the catalogue's tab-separated form: a header row, then one row a concept; `#`
/// starts a comment line and `-` leaves a column empty.
extension ConceptCatalogue {
    public struct ReadError: Error, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    static let columns = ["name", "words", "archetype", "form", "size", "habitat", "count", "colors", "traits"]

    public init(tsv: String) throws {
        var entries: [CatalogueEntry] = []
        var sawHeader = false
        for (offset, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0) }
            guard sawHeader else {
                guard fields == Self.columns else { throw ReadError(line: number, message: "the header must be \(Self.columns.joined(separator: " "))") }
                sawHeader = true
                continue
            }
            guard fields.count == Self.columns.count else {
                throw ReadError(line: number, message: "\(fields.count) columns, not \(Self.columns.count)")
            }
            entries.append(try Self.entry(fields, line: number))
        }
        self.init(entries: entries)
    }

    private static func entry(_ fields: [String], line: Int) throws -> CatalogueEntry {
        func optional(_ index: Int) -> String? { fields[index] == "-" || fields[index].isEmpty ? nil : fields[index] }
        func fail(_ message: String) -> ReadError { ReadError(line: line, message: message) }
        guard let name = optional(0) else { throw fail("a row needs a name") }
        guard let category = Subject.Category(rawValue: fields[2]) else { throw fail("unknown archetype '\(fields[2])'") }
        guard let size = Subject.Size(rawValue: fields[4]) else { throw fail("unknown size '\(fields[4])'") }
        let habitat = try optional(5).map { word in
            guard let setting = Setting(rawValue: word) else { throw fail("unknown habitat '\(word)'") }
            return setting
        }
        let count = try optional(6).map { word in
            guard let count = Int(word), count > 0 else { throw fail("count '\(word)' is not a positive number") }
            return count
        }
        let colors = try (optional(7)?.split(separator: " ") ?? []).map { hex in
            guard let color = SIMD3<Float>(hex: hex) else { throw fail("colour '\(hex)' is not #rrggbb") }
            return color
        }
        let traits = try (optional(8)?.split(separator: " ") ?? []).map { word in
            guard let trait = CatalogueEntry.Trait(rawValue: String(word)) else { throw fail("unknown trait '\(word)'") }
            return trait
        }
        let words = optional(1)?.split(separator: ",").map { $0.trimmingWhitespace() } ?? []
        return CatalogueEntry(name: name, words: words, category: category, form: optional(3), size: size, habitat: habitat,
                              count: count, colors: colors, traits: Set(traits))
    }
}

extension SIMD3<Float> {
    /// Linear RGB from an sRGB `#rrggbb`.
    init?(hex: Substring) {
        guard hex.count == 7, hex.first == "#", let value = UInt32(hex.dropFirst(), radix: 16) else { return nil }
        func channel(_ shift: UInt32) -> Float { Float((value >> shift) & 0xff) / 255 }
        self = SIMD3(channel(16), channel(8), channel(0)).linearized
    }
}
