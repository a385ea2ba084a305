import Foundation

extension Duration {
    /// Parses a human duration as used in `REELGEN_RETENTION`: a whole number with a unit,
    /// `45s`, `30m`, `12h`, `7d`; a bare number means seconds. Nil for anything else.
    public init?(spec: String) {
        let text = spec.trimmingCharacters(in: .whitespaces).lowercased()
        guard let last = text.last else { return nil }
        let unitSeconds: Int64
        var digits = Substring(text).dropLast()
        switch last {
        case "s": unitSeconds = 1
        case "m": unitSeconds = 60
        case "h": unitSeconds = 3600
        case "d": unitSeconds = 86400
        case "0"..."9":
            unitSeconds = 1
            digits = Substring(text)
        default: return nil
        }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let value = Int64(digits), value >= 0 else { return nil }
        let (seconds, overflow) = value.multipliedReportingOverflow(by: unitSeconds)
        guard !overflow else { return nil }
        self = .seconds(seconds)
    }
}
