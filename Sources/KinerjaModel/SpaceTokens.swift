/// The words of `text.split(separator: " ")` that a caller asks about (the first, the last,
/// how many), read by bytes when the text is ASCII instead of splitting the whole text by
/// `Character` (a cell line's split was ~3 % of a short document's run; issue 10).
/// On ASCII text a `Character` is one byte except `"\r\n"` (one `Character`, two bytes,
/// never `" "`), so the words are the same runs of bytes; text with other bytes goes the
/// `Character` way, as before. Tested against `split(separator: " ")`.
public enum SpaceTokens {
    /// `text.split(separator: " ").first`.
    public static func first(_ text: String) -> Substring? {
        guard let (start, end) = asciiRun(text, fromEnd: false) else {
            return text.split(separator: " ", maxSplits: 1).first
        }
        return slice(text, start, end)
    }

    /// `text.split(separator: " ").last`.
    public static func last(_ text: String) -> Substring? {
        guard let (start, end) = asciiRun(text, fromEnd: true) else {
            return text.split(separator: " ").last
        }
        return slice(text, start, end)
    }

    /// `min(text.split(separator: " ").count, limit + 1)`: whether there are more than
    /// `limit` words, without counting them all.
    public static func count(_ text: String, upTo limit: Int) -> Int {
        var n = 0, inWord = false
        guard isASCII(text) else {
            // By Character, as `split` reads it, stopping at the word past the limit.
            for c in text {
                if c == " " { inWord = false } else if !inWord {
                    inWord = true
                    n += 1
                    if n > limit { return n }
                }
            }
            return n
        }
        for b in text.utf8 {
            if b == 0x20 { inWord = false } else if !inWord {
                inWord = true
                n += 1
                if n > limit { return n }
            }
        }
        return n
    }

    static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Byte offsets of the first (or last) run of non-space bytes of an ASCII text; nil for
    /// text that is not ASCII or has no such run (the caller then splits by `Character`).
    private static func asciiRun(_ text: String, fromEnd: Bool) -> (Int, Int)? {
        let utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { b -> (Int, Int)? in
            var ascii = true
            for x in b where x >= 0x80 { ascii = false; break }
            guard ascii else { return nil }
            if fromEnd {
                var end = b.count
                while end > 0 && b[end - 1] == 0x20 { end -= 1 }
                guard end > 0 else { return nil }
                var start = end
                while start > 0 && b[start - 1] != 0x20 { start -= 1 }
                return (start, end)
            }
            var start = 0
            while start < b.count && b[start] == 0x20 { start += 1 }
            guard start < b.count else { return nil }
            var end = start
            while end < b.count && b[end] != 0x20 { end += 1 }
            return (start, end)
        } ?? nil
    }

    private static func slice(_ text: String, _ start: Int, _ end: Int) -> Substring {
        let utf8 = text.utf8
        let s = utf8.index(utf8.startIndex, offsetBy: start)
        let e = utf8.index(s, offsetBy: end - start)
        return text[s..<e]
    }
}

extension String {
    /// `count <= n`, without counting past `n + 1` Characters (a long cell's text is not
    /// read to its end to learn it is longer than a list marker; issue 10).
    public func hasAtMostCharacters(_ n: Int) -> Bool {
        if utf8.count <= n { return true }   // a Character is a byte at least
        var k = 0
        for _ in self {
            k += 1
            if k > n { return false }
        }
        return true
    }
}

/// `firstRange(of:)` and `contains(_:)` of a word in a text, by a byte search when both are
/// ASCII (the needle without CR or LF, so a match never splits a `"\r\n"` Character): the
/// standard library's searcher costs tens of thousands of instructions a call (~1 % of a
/// Perjanjian Kinerja's run, issue 10). Other text goes the standard library's way.
public enum ASCIISearch {
    public static func firstRange(of needle: String, in text: String) -> Range<String.Index>? {
        guard let at = offset(of: needle, in: text) else { return text.firstRange(of: needle) }
        guard at >= 0 else { return nil }
        let utf8 = text.utf8
        let s = utf8.index(utf8.startIndex, offsetBy: at)
        return s..<utf8.index(s, offsetBy: needle.utf8.count)
    }

    public static func contains(_ needle: String, in text: String) -> Bool {
        guard let at = offset(of: needle, in: text) else { return text.contains(needle) }
        return at >= 0
    }

    /// The byte offset of the first match (-1: none); nil when the fast path does not apply.
    private static func offset(of needle: String, in text: String) -> Int? {
        let n = Array(needle.utf8)
        guard !n.isEmpty, n.allSatisfy({ $0 < 0x80 && $0 != 0x0A && $0 != 0x0D }) else { return nil }
        return text.utf8.withContiguousStorageIfAvailable { h -> Int? in
            for b in h where b >= 0x80 { _ = b; return nil }
            guard h.count >= n.count else { return -1 }
            var i = 0
            let last = h.count - n.count
            while i <= last {
                if h[i] == n[0] {
                    var k = 1
                    while k < n.count && h[i + k] == n[k] { k += 1 }
                    if k == n.count { return i }
                }
                i += 1
            }
            return -1
        } ?? nil
    }
}
