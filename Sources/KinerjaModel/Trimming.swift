// Foundation's `trimmingCharacters(in:)` went through NSString and back (and a
// `CharacterSet(charactersIn:)` is costly to build): over the thousands of short cells of a
// document it was ~7 % of a run. These give exactly its results without Foundation (which
// would link ICU: issue 10): ASCII ends are cut byte-wise, other ends scalar by scalar.

/// The character sets the pipeline trims, as Foundation's `CharacterSet` defines them.
public enum TrimSet: Sendable {
    /// `.whitespaces`: Zs, tab and U+200B.
    case whitespaces
    /// `.whitespacesAndNewlines`: those, U+000A–U+000D, U+0085, U+2028, U+2029.
    case whitespacesAndNewlines
    /// `.punctuationCharacters`: the P categories.
    case punctuation

    public func contains(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x80 { return containsASCII(UInt8(u.value)) }
        return containsByProperties(u)
    }

    /// `contains` of an ASCII scalar, by its byte (`TrimmingTests` checks all 128).
    @inline(__always)
    func containsASCII(_ b: UInt8) -> Bool {
        switch self {
        case .whitespaces: return b == 0x09 || b == 0x20
        case .whitespacesAndNewlines: return b == 0x20 || (b >= 0x09 && b <= 0x0D)
        case .punctuation:
            // !"#%&'()*,-./:;?@[\]_{}: the ASCII characters of the P categories.
            switch b {
            case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D: return true
            default: return false
            }
        }
    }

    /// `contains` by the scalar's Unicode properties (any scalar).
    func containsByProperties(_ u: Unicode.Scalar) -> Bool {
        switch self {
        case .whitespaces:
            return u == "\t" || u == "\u{200B}" || u.properties.generalCategory == .spaceSeparator
        case .whitespacesAndNewlines:
            switch u.value {
            case 0x09...0x0D, 0x85, 0x200B, 0x2028, 0x2029: return true
            default: return u.properties.generalCategory == .spaceSeparator
            }
        case .punctuation:
            switch u.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
            default: return false
            }
        }
    }
}

extension String {
    /// Exactly `trimmingCharacters(in: .whitespaces)`.
    public func trimmingWhitespace() -> String { self[...].trimmingWhitespace() }

    /// Exactly `trimmingCharacters(in: set)`.
    public func trimming(_ set: TrimSet) -> String { self[...].trimming(set) }

    /// Exactly `trimmingCharacters(in: CharacterSet(charactersIn: chars))`: the scalars of
    /// `chars` cut from both ends.
    public func trimming(charactersIn chars: String) -> String {
        let set = Set(chars.unicodeScalars), u = unicodeScalars
        var lo = u.startIndex, hi = u.endIndex
        while lo < hi, set.contains(u[lo]) { lo = u.index(after: lo) }
        while hi > lo, set.contains(u[u.index(before: hi)]) { hi = u.index(before: hi) }
        return String(u[lo..<hi])
    }

    /// Exactly `trimmingCharacters(in: CharacterSet(charactersIn: s))` for a set `isMember`
    /// of ASCII characters only.
    public func trimmingASCII(_ isMember: (UInt8) -> Bool) -> String {
        self[...].trimming(asciiIn: isMember, else: nil)
    }
}

extension Substring {
    /// Exactly `trimmingCharacters(in: .whitespaces)`.
    public func trimmingWhitespace() -> String {
        trimming(asciiIn: { $0 == 0x20 || $0 == 0x09 }, else: TrimSet.whitespaces)
    }

    /// Exactly `trimmingCharacters(in: CharacterSet(charactersIn: s))` for a set `isMember`
    /// of ASCII characters only.
    public func trimmingASCII(_ isMember: (UInt8) -> Bool) -> String {
        trimming(asciiIn: isMember, else: nil)
    }

    /// Exactly `trimmingCharacters(in: set)`.
    public func trimming(_ set: TrimSet) -> String {
        trimming(asciiIn: { set.contains(Unicode.Scalar($0)) }, else: set)
    }

    /// Scalars of `set` cut from both ends (NSString trims UTF-16 units; every member of these
    /// sets is one unit, so that is the same).
    func trimmingScalars(_ set: TrimSet) -> String {
        let u = unicodeScalars
        var lo = u.startIndex, hi = u.endIndex
        while lo < hi, set.contains(u[lo]) { lo = u.index(after: lo) }
        while hi > lo, set.contains(u[u.index(before: hi)]) { hi = u.index(before: hi) }
        return String(u[lo..<hi])
    }

    /// `isMember` says which ASCII bytes the set holds; `set` is the whole set when it may hold
    /// non-ASCII characters too (nil when it holds none).
    func trimming(asciiIn isMember: (UInt8) -> Bool, else set: TrimSet?) -> String {
        let u = utf8
        var lo = u.startIndex, hi = u.endIndex
        while lo < hi, u[lo] < 0x80, isMember(u[lo]) { lo = u.index(after: lo) }
        if lo == hi { return "" }
        var last = u.index(before: hi)
        while u[last] < 0x80, isMember(u[last]) { hi = last; last = u.index(before: hi) }
        if let set, u[lo] >= 0x80 || u[last] >= 0x80 { return trimmingScalars(set) }
        return String(self[lo..<hi])
    }
}
