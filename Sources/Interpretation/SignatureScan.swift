/// Byte scanners for SignatureReader's patterns on printable ASCII text (nearly every line):
/// each gives what its regular expression gives on such text, so the expression (and ICU's
/// regex engine, whose compiling was ~2 % of a run) is only needed for other text. Pure
/// Swift on purpose: a differential check against the expressions compiles this file alone.
enum SignatureScan {
    /// Printable ASCII only (no tab, no line terminator): there `\s` is the space, `\p{L}` a
    /// letter A–Z/a–z, `\d` a digit 0–9, and `$` the end of the text.
    static func isPrintableASCII(_ b: [UInt8]) -> Bool {
        b.allSatisfy { $0 >= 0x20 && $0 <= 0x7E }
    }

    @inline(__always) static func isLetter(_ c: UInt8) -> Bool { c | 0x20 >= 0x61 && c | 0x20 <= 0x7A }
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// `word` (lower-case ASCII) at `i`, ignoring case, ending at or before `end`.
    static func has(_ b: [UInt8], _ i: Int, _ word: StaticString, end: Int) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= end else { return false }
        let w = word.utf8Start
        for k in 0..<n where b[i + k] | 0x20 != w[k] { return false }
        return true
    }

    static func skipSpaces(_ b: [UInt8], _ i: Int, end: Int) -> Int {
        var i = i
        while i < end, b[i] == 0x20 { i += 1 }
        return i
    }

    /// The groups of `SignatureReader.dateRE` on printable ASCII `b` (whose last four bytes
    /// are digits): place (group 1 or 2), day, month, year; nil when it does not match.
    /// The expression, case-insensitive:
    /// `^(?:(?:ditetap\p{L}*|diundang\p{L}*|dibuat)\s+di\s*:?\s*)?`
    /// `(?:(\p{Lu}[\p{L}.' \-]{1,40}?)\s*,\s*|(\p{Lu}[\p{L}.' \-]{1,40}?)\s+)?`
    /// `(?:pada\s+)?(?:tanggal\s*:?\s*)?(\d{1,2})\s+(\p{L}{3,9}\.?)\s+((?:19|20)\d\d)\s*$`.
    /// Read from the end, the day, month and year are fixed (no class of the tail overlaps
    /// its neighbour's); the head is then tried in the expression's order of preference.
    static func date(_ b: [UInt8]) -> (place: Range<Int>?, day: Range<Int>, month: Range<Int>, year: Range<Int>)? {
        let n = b.count
        guard n >= 4, (b[n - 4] == 0x31 && b[n - 3] == 0x39) || (b[n - 4] == 0x32 && b[n - 3] == 0x30),
              isDigit(b[n - 2]), isDigit(b[n - 1]) else { return nil }
        var i = n - 4
        guard i > 0, b[i - 1] == 0x20 else { return nil }
        while i > 0, b[i - 1] == 0x20 { i -= 1 }
        let monthEnd = i
        if i > 0, b[i - 1] == 0x2E { i -= 1 }
        var j = i
        while j > 0, isLetter(b[j - 1]) { j -= 1 }
        guard i - j >= 3, i - j <= 9, j > 0, b[j - 1] == 0x20 else { return nil }
        var k = j
        while k > 0, b[k - 1] == 0x20 { k -= 1 }
        var d = k
        while d > 0, isDigit(b[d - 1]) { d -= 1 }
        guard k - d >= 1, k - d <= 2 else { return nil }
        let day = d..<k, month = j..<monthEnd, year = (n - 4)..<n
        let end = d
        // `(?:pada\s+)?(?:tanggal\s*:?\s*)?` from `q` to the day, exactly.
        func rest(_ q: Int) -> Bool {
            var r = q
            if has(b, r, "pada", end: end), r + 4 < end, b[r + 4] == 0x20 { r = skipSpaces(b, r + 4, end: end) }
            if has(b, r, "tanggal", end: end) {
                r = skipSpaces(b, r + 7, end: end)
                if r < end, b[r] == 0x3A { r += 1 }
                r = skipSpaces(b, r, end: end)
            }
            return r == end
        }
        var heads: [Int] = []
        if let e = opening(b, end: end) { heads.append(e) }
        heads.append(0)
        for p in heads {
            // Place then a comma; place then a space (lazy: shortest place first); no place.
            for comma in [true, false] {
                guard p < end, isLetter(b[p]) else { break }
                var m = 1
                while m <= 40, p + 1 + m <= end {
                    let c = b[p + m]
                    guard isLetter(c) || c == 0x2E || c == 0x27 || c == 0x20 || c == 0x2D else { break }
                    let bodyEnd = p + 1 + m
                    var q = bodyEnd
                    if comma {
                        q = skipSpaces(b, q, end: end)
                        if q < end, b[q] == 0x2C, rest(skipSpaces(b, q + 1, end: end)) {
                            return (p..<bodyEnd, day, month, year)
                        }
                    } else if q < end, b[q] == 0x20, rest(skipSpaces(b, q, end: end)) {
                        return (p..<bodyEnd, day, month, year)
                    }
                    m += 1
                }
            }
            if rest(p) { return (nil, day, month, year) }
        }
        return nil
    }

    /// End of `(?:ditetap\p{L}*|diundang\p{L}*|dibuat)\s+di\s*:?\s*` at the start, or nil.
    static func opening(_ b: [UInt8], end: Int) -> Int? {
        var i: Int
        if has(b, 0, "ditetap", end: end) || has(b, 0, "diundang", end: end) {
            i = has(b, 0, "ditetap", end: end) ? 7 : 8
            while i < end, isLetter(b[i]) { i += 1 }
        } else if has(b, 0, "dibuat", end: end) {
            i = 6
        } else {
            return nil
        }
        guard i < end, b[i] == 0x20 else { return nil }
        i = skipSpaces(b, i, end: end)
        guard has(b, i, "di", end: end) else { return nil }
        i = skipSpaces(b, i + 2, end: end)
        if i < end, b[i] == 0x3A { i += 1 }
        return skipSpaces(b, i, end: end)
    }

    /// The number of `SignatureReader.nipRE` on printable ASCII:
    /// `^NIP\s*\.?\s*:?\s*([0-9][0-9 .]{16,30}[0-9])\s*$`, case-insensitive.
    static func nip(_ b: [UInt8]) -> Range<Int>? {
        let n = b.count
        guard has(b, 0, "nip", end: n) else { return nil }
        var i = skipSpaces(b, 3, end: n)
        if i < n, b[i] == 0x2E { i += 1 }
        i = skipSpaces(b, i, end: n)
        if i < n, b[i] == 0x3A { i += 1 }
        i = skipSpaces(b, i, end: n)
        var e = n
        while e > i, b[e - 1] == 0x20 { e -= 1 }
        guard e - i >= 18, e - i <= 32, isDigit(b[i]), isDigit(b[e - 1]),
              b[i..<e].allSatisfy({ isDigit($0) || $0 == 0x20 || $0 == 0x2E }) else { return nil }
        return i..<e
    }

    /// `^\(?(I|II|III|IV)\s*/\s*[a-eA-E]\)?$` (a rank's class, `IV/c`) on printable ASCII.
    static func isRankClass(_ b: [UInt8]) -> Bool {
        let n = b.count
        var i = 0
        if i < n, b[i] == 0x28 { i += 1 }
        let r0 = i
        while i < n, b[i] == 0x49 || b[i] == 0x56 { i += 1 }
        let roman = b[r0..<i]
        guard roman.elementsEqual("I".utf8) || roman.elementsEqual("II".utf8) || roman.elementsEqual("III".utf8)
                || roman.elementsEqual("IV".utf8) else { return false }
        i = skipSpaces(b, i, end: n)
        guard i < n, b[i] == 0x2F else { return false }
        i = skipSpaces(b, i + 1, end: n)
        guard i < n, (b[i] >= 0x61 && b[i] <= 0x65) || (b[i] >= 0x41 && b[i] <= 0x45) else { return false }
        i += 1
        if i < n, b[i] == 0x29 { i += 1 }
        return i == n
    }
}
