/// A regular expression read as ICU's `NSRegularExpression` read it, run by the standard
/// library's `Regex` (so the binary needs neither Foundation nor ICU: issue 10, start-up).
/// The pattern is ICU syntax; where the engines differ it is made to mean ICU's: matching is
/// by Unicode scalars (ICU's code points, not Swift's characters), except in an expression
/// with `\b`: that is ICU's simple word boundary, which the standard library gets wrong on
/// scalars, so such an expression matches by characters (the same on the NFC text of
/// `TextLines`, where a letter is one scalar); `\s` is ICU's `[\t\n\f\r\p{Z}]` (`\S` its complement) and `\d` is `\p{Nd}`.
public struct TextPattern: @unchecked Sendable {
    // Regex is immutable once built and compiles its program once, thread-safely.
    private let regex: Regex<AnyRegexOutput>
    /// The expression as written (ICU syntax), and whether case is ignored.
    public let pattern: String
    public let ignoringCase: Bool

    public init(_ pattern: String, ignoringCase: Bool = false) {
        self.pattern = pattern
        self.ignoringCase = ignoringCase
        var r = try! Regex(Self.icu(pattern)).wordBoundaryKind(.simple)
        if !pattern.contains(#"\b"#) { r = r.matchingSemantics(.unicodeScalar) }
        if ignoringCase { r = r.ignoresCase() }
        regex = r
    }

    /// `\s` and `\d` spelled out as ICU defines them (inside a class without the brackets).
    static func icu(_ p: String) -> String {
        var out = "", inClass = 0, escaped = false
        let multiline = p.hasPrefix("(?m") || p.hasPrefix("(?im")
        for c in p {
            if escaped {
                escaped = false
                switch c {
                case "s": out += inClass > 0 ? #"\t\n\f\r\p{Z}"# : #"[\t\n\f\r\p{Z}]"#
                case "d": out += #"\p{Nd}"#
                case "S" where inClass == 0: out += #"[^\t\n\f\r\p{Z}]"#
                case "D": out += #"\P{Nd}"#
                default: out += "\\" + String(c)
                }
                continue
            }
            switch c {
            case "\\": escaped = true; continue
            case "$" where inClass == 0 && !multiline:
                // ICU's `$` also matches before a line terminator that ends the text.
                out += #"(?=(?:\r\n|[\n\x{0B}\x{0C}\r\x{85}\x{2028}\x{2029}])?\z)"#
                continue
            case "[": inClass += 1
            case "]": if inClass > 0 { inClass -= 1 }
            default: break
            }
            out.append(c)
        }
        return out
    }

    /// One match: its range and its groups' (nil for a group that took no part).
    public struct Match {
        public let range: Range<String.Index>
        public let groups: [Range<String.Index>?]
        /// Group `i` (0 is the whole match).
        public subscript(_ i: Int) -> Range<String.Index>? { i == 0 ? range : groups[i - 1] }
    }

    private func match(_ m: Regex<AnyRegexOutput>.Match) -> Match {
        Match(range: m.range, groups: m.output.dropFirst().map { $0.range })
    }

    public func firstMatch(in s: String) -> Match? {
        (try? regex.firstMatch(in: s)).flatMap { $0.map(match) }
    }

    public func firstMatch(in s: Substring) -> Match? {
        (try? regex.firstMatch(in: s)).flatMap { $0.map(match) }
    }

    public func matches(in s: String) -> Bool { firstMatch(in: s) != nil }

    /// Every match, left to right, not overlapping (as `matches(in:range:)`).
    public func allMatches(in s: String) -> [Match] { s.matches(of: regex).map(match) }

    /// Every match replaced by `replacement`, a literal text (no `$1` templates).
    public func replacingMatches(in s: String, with replacement: String) -> String {
        s.replacing(regex, with: replacement)
    }
}
