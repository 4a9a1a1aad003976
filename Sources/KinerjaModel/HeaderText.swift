/// The shared vocabulary of table headers: how header text is folded into words, and
/// which short labels name schedule columns. Used where grids are read (Tables: is this
/// row a header?) and where columns get roles (Interpretation: is this a jadwal column?).
public enum HeaderText {
    /// Lower case; diacritics folded only when there are any (the common case is ASCII,
    /// and the folding is costly on a path run for every line of every page).
    public static func fold(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
        return s.foldingCaseAndDiacritics()
    }

    /// Folded words: letters and digits, split at everything else.
    public static func words(_ s: String) -> [String] {
        // ASCII (the common case): one pass over the bytes, lower-casing as it splits, each
        // word written straight into its String (no byte array grown per word).
        if let ascii = asciiWords(s) { return ascii }
        let folded = fold(s)
        if folded.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII (the common case): letters and digits are bytes, no property look-ups.
            return folded.utf8.split { b in !((b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)) }
                .map { String(decoding: $0, as: UTF8.self) }
        }
        return folded.split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// `words` of an all-ASCII text, by its bytes; nil when a byte is not ASCII.
    static func asciiWords(_ s: String) -> [String]? {
        var s = s
        return s.withUTF8 { u -> [String]? in
            var out: [String] = []
            var start = -1
            func close(_ end: Int) {
                out.append(String(unsafeUninitializedCapacity: end - start) { dst in
                    for k in start..<end {
                        let b = u[k]
                        dst[k - start] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                    }
                    return end - start
                })
                start = -1
            }
            for i in 0..<u.count {
                let b = u[i]
                if b >= 0x80 { return nil }
                if (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) {
                    if start < 0 { start = i }
                } else if start >= 0 {
                    close(i)
                }
            }
            if start >= 0 { close(u.count) }
            return out
        }
    }

    /// `B1`, `TW 2`, `Q3`; `I`…`IV`; `Trw I`, `TW II`, `Triwulan III` (a quarter group over its
    /// months). Compiled once; a TextPattern is immutable and safe to share between threads.
    private static let labelPatterns: [TextPattern] = [
        (#"^(B|TW|Q)\s?\d{1,2}$"#, true),
        (#"^(I|II|III|IV)$"#, false),
        (#"^(TRW|TW|Triwulan)\.?\s?(I|II|III|IV|[1-4])$"#, true),
    ].map { TextPattern($0.0, ignoringCase: $0.1) }

    /// The bytes of a text made of printable ASCII only (space to `~`), lower-cased; nil otherwise.
    private static func printableASCII(_ t: String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(t.utf8.count)
        for b in t.utf8 {
            guard b >= 0x20 && b < 0x7F else { return nil }
            out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
        return out
    }

    /// `labelPatterns` on printable ASCII, step for step without ICU (compiling and running
    /// the expressions was most of this function's time). On such text `\s` is a space, `\d`
    /// is 0–9 and case-insensitive means ASCII case, so the answers are the expressions'.
    /// `lower` is the text lower-cased; the case-sensitive `^(I|II|III|IV)$` is the caller's.
    static func matchesLabelPattern(_ lower: [UInt8]) -> Bool {
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        func has(_ prefix: String, at i: Int) -> Bool {
            let p = Array(prefix.utf8)
            return lower.count - i >= p.count && Array(lower[i..<(i + p.count)]) == p
        }
        // ^(B|TW|Q)\s?\d{1,2}$, case-insensitive.
        for prefix in ["b", "tw", "q"] where has(prefix, at: 0) {
            var i = prefix.utf8.count
            if i < lower.count && lower[i] == 0x20 { i += 1 }
            let digits = lower.count - i
            if (1...2).contains(digits) && lower[i...].allSatisfy(isDigit) { return true }
        }
        // ^(TRW|TW|Triwulan)\.?\s?(I|II|III|IV|[1-4])$, case-insensitive.
        for prefix in ["trw", "tw", "triwulan"] where has(prefix, at: 0) {
            var i = prefix.utf8.count
            if i < lower.count && lower[i] == 0x2E { i += 1 }
            if i < lower.count && lower[i] == 0x20 { i += 1 }
            let rest = Array(lower[i...])
            if ["i", "ii", "iii", "iv"].contains(where: { Array($0.utf8) == rest }) { return true }
            if rest.count == 1 && rest[0] >= 0x31 && rest[0] <= 0x34 { return true }
        }
        return false
    }

    /// A schedule column's label under its group: `B1`…`B12`, `TW1`, `I`…`IV`, `1`…`12`,
    /// a month name.
    public static func isScheduleLabel(_ s: String) -> Bool {
        let t = s.trimmingWhitespace()
        // The patterns below start with B, T, Q or I and match at most 13 characters: other
        // text skips the regular expressions (they were most of this function's time).
        let first = t.unicodeScalars.first
        if let first, t.utf16.count <= 40, !first.isASCII || "BbTtQqIi".unicodeScalars.contains(first) {
            if let printable = printableASCII(t) {
                // ^(I|II|III|IV)$ is case-sensitive: on the text as it is.
                if t == "I" || t == "II" || t == "III" || t == "IV" || matchesLabelPattern(printable) { return true }
            } else {
                if labelPatterns.contains(where: { $0.matches(in: t) }) { return true }
            }
        }
        if let n = Int(t), (1...12).contains(n) { return true }
        let months = ["jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "agt", "sep", "okt", "nov", "des"]
        return t.count <= 9 && months.contains { fold(t).hasPrefix($0) }
    }
}
