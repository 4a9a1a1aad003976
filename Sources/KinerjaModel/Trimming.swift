import Foundation

// Foundation's `trimmingCharacters(in:)` goes through NSString and back (and a
// `CharacterSet(charactersIn:)` is costly to build): over the thousands of short cells of a
// document it was ~7 % of a run. These give exactly its results: ASCII ends are cut byte-wise,
// and where the new end is not ASCII and the set may hold such characters, Foundation decides.

extension String {
    /// Exactly `trimmingCharacters(in: .whitespaces)`.
    public func trimmingWhitespace() -> String { self[...].trimmingWhitespace() }

    /// Exactly `trimmingCharacters(in: CharacterSet(charactersIn: s))` for a set `isMember`
    /// of ASCII characters only.
    public func trimmingASCII(_ isMember: (UInt8) -> Bool) -> String {
        self[...].trimming(asciiIn: isMember, else: nil)
    }
}

extension Substring {
    /// Exactly `trimmingCharacters(in: .whitespaces)`.
    public func trimmingWhitespace() -> String {
        trimming(asciiIn: { $0 == 0x20 || $0 == 0x09 }, else: .whitespaces)
    }

    /// Exactly `trimmingCharacters(in: CharacterSet(charactersIn: s))` for a set `isMember`
    /// of ASCII characters only.
    public func trimmingASCII(_ isMember: (UInt8) -> Bool) -> String {
        trimming(asciiIn: isMember, else: nil)
    }

    /// `isMember` says which ASCII bytes the set holds; `set` is the whole set when it may hold
    /// non-ASCII characters too (nil when it holds none).
    func trimming(asciiIn isMember: (UInt8) -> Bool, else set: CharacterSet?) -> String {
        let u = utf8
        var lo = u.startIndex, hi = u.endIndex
        while lo < hi, u[lo] < 0x80, isMember(u[lo]) { lo = u.index(after: lo) }
        if lo == hi { return "" }
        var last = u.index(before: hi)
        while u[last] < 0x80, isMember(u[last]) { hi = last; last = u.index(before: hi) }
        if let set, u[lo] >= 0x80 || u[last] >= 0x80 { return trimmingCharacters(in: set) }
        return String(self[lo..<hi])
    }
}
