import FoundationEssentials
import KinerjaModel

/// FNV-1a, 64 bit. Used wherever a hash must be the same on every machine and every
/// run (sharding, resume keys) — Swift's `Hasher` is randomly seeded per process.
public enum FNV1a {
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    public static func hash<S: Sequence>(_ bytes: S, seed: UInt64 = offsetBasis) -> UInt64 where S.Element == UInt8 {
        var h = seed
        for b in bytes { h ^= UInt64(b); h = h &* prime }
        return h
    }

    /// Hash of a string's UTF-8 after canonical composition (NFC), so the same name
    /// hashes the same whether the file system stored it composed or decomposed.
    public static func hash(_ string: String) -> UInt64 {
        hash(string.precomposed.utf8)
    }

    /// Hash of several strings, each followed by a NUL separator.
    public static func hash(fields: [String]) -> UInt64 {
        var h = offsetBasis
        for f in fields {
            h = hash(f.utf8, seed: h)
            h = hash([0], seed: h)
        }
        return h
    }
}
