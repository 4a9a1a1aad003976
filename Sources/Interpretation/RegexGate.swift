/// Exact pre-checks that let a document skip an ICU regular expression that cannot match.
/// Compiling the first NSRegularExpression of a process initialises ICU's regex tables
/// (~1.5 ms, a tenth of a one-page document's run: issue 10, start-up); a test that only
/// says "cannot match" when the expression truly cannot keeps every result the same.
enum RegexGate {
    /// Code points that ICU's case-insensitive matching may equate with ASCII letters: their
    /// case folding or case mapping holds one (ß → ss, ﬁ → fi, K → k, ſ → s, İ → i̇ …).
    static func hasFoldingSpecial(_ s: String) -> Bool {
        for u in s.unicodeScalars where u.value >= 0xDF {
            switch u.value {
            case 0xDF, 0x130, 0x131, 0x149, 0x17F, 0x1F0, 0x1E96...0x1E9A, 0x1E9E, 0x212A, 0xFB00...0xFB06:
                return true
            default: continue
            }
        }
        return false
    }

    /// Whether a case-insensitive expression that needs one of `words` (lower-case ASCII)
    /// literally may match in `s`: false only when no word occurs, ignoring ASCII case, and
    /// `s` has no character that could fold into one.
    static func mayContain(_ s: String, anyOf words: [StaticString]) -> Bool {
        let b = Array(s.utf8)
        if b.contains(where: { $0 >= 0x80 }), hasFoldingSpecial(s) { return true }
        for word in words {
            let n = word.utf8CodeUnitCount, w = word.utf8Start
            guard n > 0, b.count >= n else { continue }
            var i = 0
            outer: while i + n <= b.count {
                for k in 0..<n where Self.lower(b[i + k]) != w[k] { i += 1; continue outer }
                return true
            }
        }
        return false
    }

    /// Whether `s` holds the bytes of `word` (case-sensitive).
    static func contains(_ s: String, _ word: StaticString) -> Bool {
        firstOffset(of: UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount),
                    in: Array(s.utf8), from: 0) != nil
    }

    @inline(__always) static func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }

    static func firstOffset<N: RandomAccessCollection<UInt8>>(of needle: N, in hay: [UInt8], from start: Int) -> Int?
    where N.Index == Int {
        let n = needle.count
        guard n > 0, hay.count >= n, start <= hay.count - n else { return nil }
        let first = needle[needle.startIndex]
        var i = start
        outer: while i <= hay.count - n {
            if hay[i] != first { i += 1; continue }
            for k in 1..<n where hay[i + k] != needle[needle.startIndex + k] { i += 1; continue outer }
            return i
        }
        return nil
    }

    /// The range of the first `pattern` in `s` at or after `from`, when `s` is ASCII (its
    /// UTF-8 offsets are then its character offsets): what Foundation's `range(of:)` gives
    /// there, without bridging to NSString.
    static func asciiRange(of pattern: String, in s: String, from: String.Index? = nil) -> Range<String.Index>? {
        let hay = Array(s.utf8)
        let start = from.map { s.utf8.distance(from: s.utf8.startIndex, to: $0) } ?? 0
        guard let i = firstOffset(of: Array(pattern.utf8), in: hay, from: start) else { return nil }
        let lo = s.utf8.index(s.utf8.startIndex, offsetBy: i)
        return lo..<s.utf8.index(lo, offsetBy: pattern.utf8.count)
    }
}

extension RegexGate {
    /// ICU's line terminators, where a multi-line `^` may match.
    static func isLineTerminator(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Whether a multi-line, case-insensitive expression `^\s*(word…)…<mark>…` may match in
    /// `s`: some line starts, after white space, with one of `words` (lower-case ASCII, ASCII
    /// case ignored) and holds `mark` after it; always true when `s` has a character that could
    /// fold into ASCII letters.
    static func mayStartLine(_ s: String, with words: [StaticString], thenContain mark: UInt8) -> Bool {
        if hasFoldingSpecial(s) { return true }
        var line: [UInt8] = []
        func check() -> Bool {
            var rest = Substring(String(decoding: line, as: UTF8.self)).unicodeScalars
            while let f = rest.first, f.properties.isWhitespace { rest.removeFirst() }
            let b = Array(String(rest).utf8)
            for word in words {
                let n = word.utf8CodeUnitCount, w = word.utf8Start
                guard b.count >= n, (0..<n).allSatisfy({ lower(b[$0]) == w[$0] }) else { continue }
                if b[n...].contains(mark) { return true }
            }
            return false
        }
        for u in s.unicodeScalars {
            if isLineTerminator(u) {
                if check() { return true }
                line.removeAll(keepingCapacity: true)
            } else {
                line.append(contentsOf: String(u).utf8)
            }
        }
        return check()
    }
}
