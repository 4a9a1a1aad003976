/// The Character tests `AgencyNames` and `DocumentInfoReader.findInstansi` make on every word
/// of a document's first pages (`isWhitespace`, `isLetter`, `isUppercase`, upper-casing),
/// read by bytes on ASCII text: each is a Unicode property lookup per character, a twentieth
/// of a two-page document's run (issue 10, start-up). In ASCII a character is a byte (but
/// `\r\n`, one character of two white-space bytes), letters are A–Z and a–z, digits 0–9,
/// white space 0x09–0x0D and the space, and upper-casing maps a–z alone. Every function
/// gives nil (or is not called) for other text, which keeps the Unicode reading; the tests
/// compare both readings on the same strings.
enum AgencyScan {
    @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
    @inline(__always) static func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
    @inline(__always) static func isLower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
    @inline(__always) static func isLetter(_ c: UInt8) -> Bool { isUpper(c) || isLower(c) }
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    static func isASCII(_ s: String) -> Bool { s.utf8.allSatisfy { $0 < 0x80 } }

    /// `s.split(whereSeparator: \.isWhitespace)`, as strings, for ASCII `s`.
    static func words(_ s: String) -> [String]? {
        guard isASCII(s) else { return nil }
        return pieces(s) { isSpace($0) }
    }

    /// `s.split(separator: " ")`, as strings, for ASCII `s`.
    static func spaceSeparated(_ s: String) -> [String]? {
        guard isASCII(s) else { return nil }
        return pieces(s) { $0 == 0x20 }
    }

    private static func pieces(_ s: String, separatedBy sep: (UInt8) -> Bool) -> [String] {
        var s = s
        return s.withUTF8 { b in
            var out: [String] = []
            var start = 0
            for i in 0...b.count where i == b.count || sep(b[i]) {
                if i > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)) }
                start = i + 1
            }
            return out
        }
    }

    /// `DocumentInfoReader.fold(s).split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")`
    /// for ASCII `s`: its runs of letters and digits, lower-cased, one space between them.
    static func letterDigitRuns(_ s: String) -> String? {
        guard isASCII(s) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var gap = false
        for c in s.utf8 {
            guard isLetter(c) || isDigit(c) else { gap = !out.isEmpty; continue }
            if gap { out.append(0x20); gap = false }
            out.append(isUpper(c) ? c | 0x20 : c)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A word's marks, as `AgencyNames.Token` reads them, for an ASCII word (no white space):
    /// `capital`: `first.isUppercase`; `shouting`: `contains(where: \.isLetter) && self ==
    /// uppercased()`; `closes`: `last` is one of `,.:;)`.
    static func marks(_ word: String) -> (capital: Bool, shouting: Bool, closes: Bool)? {
        guard isASCII(word) else { return nil }
        var letter = false, lower = false
        for c in word.utf8 {
            if isLower(c) { lower = true; letter = true } else if isUpper(c) { letter = true }
        }
        let first = word.utf8.first, last = word.utf8.last
        let closes = last.map { $0 == 0x2C || $0 == 0x2E || $0 == 0x3A || $0 == 0x3B || $0 == 0x29 } ?? false
        // `\r\n` ends a word only if it holds white space, which a word split at white space never does.
        return (first.map(isUpper) ?? false, letter && !lower, closes)
    }

    /// `key.allSatisfy { $0.isLetter || $0 == "-" }` for an ASCII key.
    static func isLettersOrHyphens(_ key: String) -> Bool? {
        guard isASCII(key) else { return nil }
        return key.utf8.allSatisfy { isLetter($0) || $0 == 0x2D }
    }
}
