import Crypto

/// The secret half of an API key: `rg_` and 64 hex digits (32 random bytes). Shown once
/// when created; stores keep only `sha256Hex(secret)`.
public enum KeySecret {
    public static let prefix = "rg_"

    /// A fresh secret from the system's cryptographic random source.
    public static func generate() -> String {
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
        return prefix + hex(bytes)
    }

    /// Lowercase hex SHA-256 of the UTF-8 text, as stored in `APIKey.secretHash`.
    public static func sha256Hex(_ secret: String) -> String {
        hex(Array(SHA256.hash(data: Array(secret.utf8))))
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
