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

}

/// `DocumentInfoReader.tahunPattern` and `citationTail` read byte by byte on printable ASCII
/// text (nearly every cover): the same matches, so ICU's regex engine is started only for
/// other text (issue 10, start-up). There `\s` is the space, `\b` a change between
/// [A-Za-z0-9_] and anything else, and every optional part of the expressions is
/// deterministic (what follows it can never match the text it would have taken).
enum TahunScan {
    struct Match { var whole: Range<Int>; var year: Int; var period: Bool }

    @inline(__always) static func isWord(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c == 0x5F
    }
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    static func word(_ b: [UInt8], _ i: Int, _ w: StaticString) -> Bool {
        let n = w.utf8CodeUnitCount
        guard i + n <= b.count else { return false }
        for k in 0..<n where b[i + k] | (isLetterByte(b[i + k]) ? 0x20 : 0) != w.utf8Start[k] { return false }
        return true
    }
    @inline(__always) static func isLetterByte(_ c: UInt8) -> Bool { c | 0x20 >= 0x61 && c | 0x20 <= 0x7A }

    static func spaces(_ b: [UInt8], _ i: Int) -> Int {
        var i = i
        while i < b.count, b[i] == 0x20 { i += 1 }
        return i
    }

    /// `20\d\d\b` at `i`: the index after it.
    static func year(_ b: [UInt8], _ i: Int) -> Int? {
        guard i + 4 <= b.count, b[i] == 0x32, b[i + 1] == 0x30, isDigit(b[i + 2]), isDigit(b[i + 3]) else { return nil }
        return i + 4 == b.count || !isWord(b[i + 4]) ? i + 4 : nil
    }

    /// The match of `tahunPattern` starting at `p`, if any.
    static func match(_ b: [UInt8], at p: Int) -> Match? {
        guard p == 0 || !isWord(b[p - 1]), word(b, p, "tahun") else { return nil }
        var q = p + 5
        // `(?:\s+anggaran)?`
        let s = spaces(b, q)
        if s > q, word(b, s, "anggaran") { q = s + 8 }
        // `\s*:?\s*`
        q = spaces(b, q)
        if q < b.count, b[q] == 0x3A { q = spaces(b, q + 1) }
        guard let afterYear = year(b, q) else { return nil }
        let y = Int(String(decoding: b[q..<afterYear], as: UTF8.self))!
        // `(\s*[-–—/]\s*20\d\d\b | \s*(?:s\.?\s*d\.?|sampai(?:\s+dengan)?)\s*(?:tahun\s*)?20\d\d\b)?`
        let r = spaces(b, afterYear)
        var dashEnd: Int? = nil
        if r < b.count, b[r] == 0x2D || b[r] == 0x2F { dashEnd = r + 1 }
        // – and — (U+2013, U+2014) in UTF-8.
        if r + 2 < b.count, b[r] == 0xE2, b[r + 1] == 0x80, b[r + 2] == 0x93 || b[r + 2] == 0x94 { dashEnd = r + 3 }
        if let d = dashEnd, let e = year(b, spaces(b, d)) {
            return Match(whole: p..<e, year: y, period: true)
        }
        var t: Int? = nil
        if word(b, r, "s") {
            var k = r + 1
            if k < b.count, b[k] == 0x2E { k += 1 }
            k = spaces(b, k)
            if word(b, k, "d") {
                k += 1
                if k < b.count, b[k] == 0x2E { k += 1 }
                t = k
            }
        }
        if t == nil, word(b, r, "sampai") {
            var k = r + 6
            let s2 = spaces(b, k)
            if s2 > k, word(b, s2, "dengan") { k = s2 + 6 }
            t = k
        }
        if var k = t {
            k = spaces(b, k)
            if word(b, k, "tahun") { k = spaces(b, k + 5) }
            if let e = year(b, k) { return Match(whole: p..<e, year: y, period: true) }
        }
        return Match(whole: p..<afterYear, year: y, period: false)
    }

    /// Whether the scanner reads `text` as the expressions do: printable ASCII, and beyond it
    /// only punctuation and symbols that are neither word characters nor white space nor
    /// parts of a longer character (each is then one byte-run the scanner never takes for a
    /// letter, digit or space; – and — are the expression's dashes).
    static func canRead(_ text: String) -> Bool {
        for u in text.unicodeScalars {
            if u.value >= 0x20 && u.value <= 0x7E { continue }
            guard u.value >= 0xA1, u.value < 0x2E80 else { return false }
            let p = u.properties
            switch p.generalCategory {
            case .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation,
                 .otherPunctuation, .mathSymbol, .currencySymbol, .otherSymbol:
                if p.isAlphabetic || p.isWhitespace || p.isGraphemeExtend { return false }
            default:
                return false
            }
        }
        return true
    }

    /// The UTF-8 offset `count` characters before `end` (`canRead` text: a character is a
    /// scalar), or the start.
    static func offset(_ b: [UInt8], charactersBefore end: Int, count: Int) -> Int {
        var i = end, n = 0
        while i > 0, n < count {
            i -= 1
            while i > 0, b[i] & 0xC0 == 0x80 { i -= 1 }
            n += 1
        }
        return i
    }

    /// Every match, left to right, not overlapping (as `matches(in:)`).
    static func matches(_ b: [UInt8]) -> [Match] {
        var out: [Match] = []
        var p = 0
        while p + 5 <= b.count {
            if let m = match(b, at: p) { out.append(m); p = m.whole.upperBound } else { p += 1 }
        }
        return out
    }

    /// Whether `citationTail` matches `before`: it ends, but for spaces, in a number of one
    /// to three digits (and a letter), `no`, `no.` or `nomor`, each starting at a word start.
    static func isCitationTail(_ b: ArraySlice<UInt8>) -> Bool {
        var e = b.endIndex
        while e > b.startIndex, b[e - 1] == 0x20 { e -= 1 }
        func boundaryBefore(_ i: Int) -> Bool { i == b.startIndex || !isWord(b[i - 1]) }
        func endsWith(_ w: StaticString) -> Int? {
            let n = w.utf8CodeUnitCount
            guard e - n >= b.startIndex else { return nil }
            for k in 0..<n where b[e - n + k] | (isLetterByte(b[e - n + k]) ? 0x20 : 0) != w.utf8Start[k] { return nil }
            return e - n
        }
        if let s = endsWith("nomor"), boundaryBefore(s) { return true }
        if let s = endsWith("no"), boundaryBefore(s) { return true }
        if let s = endsWith("no."), boundaryBefore(s) { return true }
        // `\b\d{1,3}[a-z]?`
        for letter in [false, true] {
            var d = e
            if letter {
                guard d > b.startIndex, isLetterByte(b[d - 1]) else { continue }
                d -= 1
            }
            var s = d
            while s > b.startIndex, d - s < 3, isDigit(b[s - 1]) { s -= 1 }
            // Any 1–3 digits ending at d that start at a boundary (a longer run has none inside).
            var k = d - 1
            while k >= s {
                if boundaryBefore(k) && d - k >= 1 { return true }
                k -= 1
            }
        }
        return false
    }
}

extension RegexGate {
    /// Whether `DocumentInfoReader.findInstansi`'s labelled expression
    /// `(?im)^\s*(?:nama\s*/?\s*unit\s+organisasi|unit\s+organisasi|instansi|satuan\s+kerja|nama\s+instansi)\s*:\s*(.+)$`
    /// may match `s`: some line start is followed by one of the label phrases and a colon.
    /// Any White_Space scalar counts as `\s` (a superset of ICU's), every scalar after which
    /// a line may start counts as a line end, and a folding special anywhere says yes: so
    /// "no" is exact.
    static func mayHoldInstansiLabel(_ s: String) -> Bool {
        if hasFoldingSpecial(s) { return true }
        guard s.utf8.contains(0x3A) else { return false }
        let u = Array(s.unicodeScalars)
        func isSpace(_ i: Int) -> Bool { u[i].properties.isWhitespace }
        func skip(_ i: Int) -> Int {
            var i = i
            while i < u.count, isSpace(i) { i += 1 }
            return i
        }
        func word(_ i: Int?, _ w: String) -> Int? {
            guard var i else { return nil }
            for c in w.unicodeScalars {
                guard i < u.count, u[i].isASCII, lower(UInt8(u[i].value)) == UInt8(c.value) else { return nil }
                i += 1
            }
            return i
        }
        func spaced(_ i: Int?) -> Int? {   // `\s+`
            guard let i, i < u.count, isSpace(i) else { return nil }
            return skip(i)
        }
        func phraseEnds(_ j: Int) -> [Int] {
            var ends: [Int?] = []
            if let n = word(j, "nama") {
                var k = skip(n)
                if k < u.count, u[k] == "/" { k = skip(k + 1) }
                ends.append(word(spaced(word(k, "unit")), "organisasi"))
                ends.append(word(spaced(n), "instansi"))
            }
            ends.append(word(spaced(word(j, "unit")), "organisasi"))
            ends.append(word(j, "instansi"))
            ends.append(word(spaced(word(j, "satuan")), "kerja"))
            return ends.compactMap { $0 }
        }
        for i in 0..<u.count where i == 0 || isLineTerminator(u[i - 1]) {
            for e in phraseEnds(skip(i)) {
                let k = skip(e)
                if k < u.count, u[k] == ":" { return true }
            }
        }
        return false
    }
}

extension RegexGate {
    /// Whether an expression anchored at the start of the text, `^\s*<word>…:…` (ignoring
    /// case), may match `s`: after White_Space (a superset of `\s`) it begins with `word`
    /// (lower-case ASCII, ASCII case ignored) and holds `mark`; a folding special says yes.
    static func mayStart(_ s: String, with word: String, thenContain mark: UInt8) -> Bool {
        if hasFoldingSpecial(s) { return true }
        guard s.utf8.contains(mark) else { return false }
        var rest = Substring(s).unicodeScalars
        while let f = rest.first, f.properties.isWhitespace { rest.removeFirst() }
        var it = rest.makeIterator()
        for c in word.unicodeScalars {
            guard let u = it.next(), u.isASCII, lower(UInt8(u.value)) == UInt8(c.value) else { return false }
        }
        return true
    }

    /// The years `\b(20\d\d)\b` finds in printable ASCII `b` (`\b`: a change between
    /// [A-Za-z0-9_] and anything else), left to right.
    static func years(_ b: [UInt8]) -> [Int] {
        func isWord(_ c: UInt8) -> Bool { TahunScan.isWord(c) }
        var out: [Int] = []
        var i = 0
        while i + 4 <= b.count {
            if b[i] == 0x32, b[i + 1] == 0x30, TahunScan.isDigit(b[i + 2]), TahunScan.isDigit(b[i + 3]),
               i == 0 || !isWord(b[i - 1]), i + 4 == b.count || !isWord(b[i + 4]) {
                out.append(Int(String(decoding: b[i..<(i + 4)], as: UTF8.self))!)
                i += 4
            } else {
                i += 1
            }
        }
        return out
    }
}

extension RegexGate {
    /// `s.trimmingCharacters(in: .punctuationCharacters)` for ASCII `s` (nil otherwise): the
    /// ASCII characters of Unicode's P categories, without bridging to NSString.
    static func trimmingASCIIPunctuation(_ s: String) -> String? {
        let b = Array(s.utf8)
        guard b.allSatisfy({ $0 < 0x80 }) else { return nil }
        func isP(_ c: UInt8) -> Bool {
            switch c {
            case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D: return true
            default: return false
            }
        }
        var lo = 0, hi = b.count
        while lo < hi, isP(b[lo]) { lo += 1 }
        while hi > lo, isP(b[hi - 1]) { hi -= 1 }
        return lo == 0 && hi == b.count ? s : String(decoding: b[lo..<hi], as: UTF8.self)
    }
}

/// `SignatureReader.placeYearRE`, `^(\p{Lu}[\p{L}.' \-]{1,40}?)\s*,\s*(?:\p{L}+\s+)?(?:19|20)\d\d$`,
/// read by bytes on printable ASCII (`\s` the space, `\p{L}` A–Z/a–z): group 1, or nil.
/// The group cannot hold the comma, so it ends before the first one; being lazy, it stops
/// at the last non-space before it (but holds at least two characters).
enum PlaceYearScan {
    static func place(_ b: [UInt8]) -> Range<Int>? {
        func isLetter(_ c: UInt8) -> Bool { c | 0x20 >= 0x61 && c | 0x20 <= 0x7A }
        func inClass(_ c: UInt8) -> Bool { isLetter(c) || c == 0x2E || c == 0x27 || c == 0x20 || c == 0x2D }
        guard let first = b.first, first >= 0x41, first <= 0x5A, let c = b.firstIndex(of: 0x2C) else { return nil }
        // After the comma: `\s*(?:\p{L}+\s+)?(?:19|20)\d\d$`.
        var i = c + 1
        while i < b.count, b[i] == 0x20 { i += 1 }
        if i < b.count, isLetter(b[i]) {
            var j = i
            while j < b.count, isLetter(b[j]) { j += 1 }
            var k = j
            while k < b.count, b[k] == 0x20 { k += 1 }
            if k > j { i = k }
        }
        guard b.count - i == 4, (b[i] == 0x31 && b[i + 1] == 0x39) || (b[i] == 0x32 && b[i + 1] == 0x30),
              TahunScan.isDigit(b[i + 2]), TahunScan.isDigit(b[i + 3]) else { return nil }
        var t = c
        while t > 0, b[t - 1] == 0x20 { t -= 1 }
        let k = max(t, 2)
        guard k <= c, k <= 41, b[1..<k].allSatisfy(inClass) else { return nil }
        return 0..<k
    }
}
