import Foundation

extension JSONEncoder {
    /// Stable JSON for stored requests, so equal requests are equal text.
    static var sortedKeys: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
