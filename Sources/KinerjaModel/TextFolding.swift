@_spi(_Unicode) import Swift
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// What the pipeline used from Foundation's NSString layer, without Foundation: linking
// Foundation brings ICU into the binary (85 MB, 77k relocations to apply at every start;
// issue 10, start-up). Each gives Foundation's result on the text we read (Latin scripts).

extension String {
    /// `folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)`: each
    /// character's marks after its base are dropped (after canonical decomposition, as
    /// Foundation does for Latin, Greek and Cyrillic: U+0000–U+058F, U+1E00–U+1FFF; other
    /// scripts keep theirs), then full case folding. A mark with no base before it stays.
    public func foldingCaseAndDiacritics() -> String {
        // ASCII bytes with ASCII on both sides are characters of their own (or a CR LF,
        // which folds to itself byte by byte alike): lower-cased as bytes. Only the
        // stretches around other bytes take the character-by-character way below; they
        // start and end at character boundaries, so each folds as it does within the
        // whole (most lines of a document have one dash or quote among ASCII letters).
        var bytes: [UInt8] = []
        let utf8 = Array(self.utf8)
        let n = utf8.count
        bytes.reserveCapacity(n)
        var i = 0
        while i < n {
            let own = utf8[i] < 0x80 && (i == 0 || utf8[i - 1] < 0x80) && (i + 1 == n || utf8[i + 1] < 0x80)
            if own {
                let b = utf8[i]
                bytes.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                i += 1
                continue
            }
            var j = i + 1
            while j < n, !(utf8[j] < 0x80 && utf8[j - 1] < 0x80 && (j + 1 == n || utf8[j + 1] < 0x80)) { j += 1 }
            bytes.append(contentsOf: String(decoding: utf8[i..<j], as: UTF8.self).foldingEachCharacter().utf8)
            i = j
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `foldingCaseAndDiacritics`, character by character.
    private func foldingEachCharacter() -> String {
        var out = String.UnicodeScalarView()
        for ch in self {
            let scalars = ch.unicodeScalars
            let base = scalars.first!.value
            var parts = Array(scalars)
            if base < 0x590 || (0x1E00..<0x2000).contains(base) {
                // Decomposed where Foundation decomposes: to a base below U+0590 or a letter.
                let nfd = Array(String(ch)._nfd)
                if let b = nfd.first, b.value < 0x590 || Self.isLetter(b) { parts = nfd }
            }
            // A cluster of marks with no letter before them (text starting with a mark)
            // keeps its first mark only.
            if let f = parts.first, f.properties.generalCategory == .nonspacingMark || f.properties.generalCategory == .enclosingMark {
                // (The first as written, decomposed: reordering the marks must not pick another.)
                let own = base < 0x590 ? String(scalars.first!)._nfd.first(where: { _ in true })! : scalars.first!
                out.append(contentsOf: Self.caseFolded(own))
                continue
            }
            var first = true
            func add(_ c: Unicode.Scalar) {
                defer { first = false }
                let p = c.properties
                if !first, p.generalCategory == .nonspacingMark || p.generalCategory == .enclosingMark { return }
                out.append(contentsOf: Self.caseFolded(c))
            }
            for c in parts { add(c) }
        }
        return String(out)
    }

    static func isLetter(_ u: Unicode.Scalar) -> Bool {
        switch u.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// Full case folding of one scalar (ß → ss, ſ → s, µ → μ): the lower case of its upper case
    /// where Unicode says folding changes it (ı, which folding keeps, is not touched).
    static func caseFolded(_ c: Unicode.Scalar) -> String.UnicodeScalarView {
        if c.isASCII { return Character(c).lowercased().unicodeScalars }
        guard c.properties.changesWhenCaseFolded else { return String(c).unicodeScalars }
        if c.value == 0x1E9E { return "ss".unicodeScalars }   // ẞ: its upper case is itself
        return c.properties.uppercaseMapping.lowercased().unicodeScalars
    }

    /// `split(whereSeparator: \.isWhitespace).joined(separator: " ")` in one pass, an ASCII
    /// character told by its byte (the Unicode property lookup was a cost on every line).
    public func collapsingWhitespace() -> String {
        // As in `foldingCaseAndDiacritics`: ASCII bytes with ASCII on both sides are
        // characters of their own (a CR LF is one character, white as its two bytes are),
        // read as bytes; only the stretches around other bytes are read by Characters
        // (they start and end at character boundaries). Grapheme breaking over a whole
        // page's text was the cost (issue 10, CPU).
        let utf8 = Array(self.utf8)
        let n = utf8.count
        var out: [UInt8] = []
        out.reserveCapacity(n)
        var gap = false
        var i = 0
        while i < n {
            let b = utf8[i]
            if b < 0x80 && (i == 0 || utf8[i - 1] < 0x80) && (i + 1 == n || utf8[i + 1] < 0x80) {
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                    gap = !out.isEmpty
                } else {
                    if gap { out.append(0x20); gap = false }
                    out.append(b)
                }
                i += 1
                continue
            }
            var j = i + 1
            while j < n, !(utf8[j] < 0x80 && utf8[j - 1] < 0x80 && (j + 1 == n || utf8[j + 1] < 0x80)) { j += 1 }
            for ch in String(decoding: utf8[i..<j], as: UTF8.self) {
                let white: Bool
                if let a = ch.asciiValue { white = a == 0x20 || (a >= 0x09 && a <= 0x0D) } else { white = ch.isWhitespace }
                if white { gap = !out.isEmpty; continue }
                if gap { out.append(0x20); gap = false }
                out.append(contentsOf: ch.utf8)
            }
            i = j
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `precomposed` (NFC).
    public var precomposed: String {
        // Scalars below U+0300 are all NFC_Quick_Check=Yes with combining class 0: such text
        // is its own NFC, returned without the normaliser's copy (issue 10).
        if unicodeScalars.allSatisfy({ $0.value < 0x300 }) { return self }
        return String(decoding: _nfcCodeUnits, as: UTF8.self)
    }

    /// `String(cFormat:)` for C formats of numbers (`%.2f`, `%04d`): what printf writes.
    public init(cFormat format: String, _ args: CVarArg...) {
        var buffer = [CChar](repeating: 0, count: 128)
        let n = withVaList(args) { vsnprintf(&buffer, buffer.count, format, $0) }
        if n >= buffer.count {
            buffer = [CChar](repeating: 0, count: Int(n) + 1)
            _ = withVaList(args) { vsnprintf(&buffer, buffer.count, format, $0) }
        }
        self = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

extension StringProtocol {
    /// `rangeOfCharacter(from: .letters) != nil`: a scalar of a letter or mark category.
    public var hasLetter: Bool {
        unicodeScalars.contains { s in
            switch s.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return false
            }
        }
    }

    /// `replacingOccurrences(of:with:)` for a literal text (compared by characters).
    public func replacingAll(_ target: String, with replacement: String) -> String {
        String(self).replacing(target, with: replacement)
    }
}
