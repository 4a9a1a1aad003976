import KinerjaModel

/// Whether a page's text layer reads as words.
///
/// Scanners and archive tools often lay a hidden OCR layer of their own over the scan, and
/// some of them read badly (`be~anji`, `kine~a`, `pe~anjian` for berjanji, kinerja,
/// perjanjian; whole pages of `r\r\C\`). Such a layer looks like born-digital text but its
/// words are not the page's words, so the page should be OCR'd instead. The evidence is a
/// *garble rate*: the share of words no author writes — a symbol inside a word, a digit
/// inside a lower-case word, a long consonant run, Latin and other letters mixed in one word. Acronyms
/// (`BP3IPTEK`, `SKPD`), numbers, codes and e-mail addresses are not counted as garbled:
/// born-digital SAKIP documents are full of them.
///
/// Pure (no PDF, no image): the caller adds what it knows of the page's drawing.
public enum TextLayerQuality {
    /// How many words of a text layer were judged, and how many of them are garbled.
    public struct Tally: Sendable, Hashable {
        /// Words long enough to judge (two letters or more, or holding an odd symbol).
        public var judged: Int
        public var garbled: Int
        /// A few garbled words, for the warning.
        public var examples: [String]

        public init(judged: Int = 0, garbled: Int = 0, examples: [String] = []) {
            self.judged = judged; self.garbled = garbled; self.examples = examples
        }

        public var rate: Double { judged == 0 ? 0 : Double(garbled) / Double(judged) }

        /// Two tallies as one (pages of one document pooled).
        public static func + (a: Tally, b: Tally) -> Tally {
            Tally(judged: a.judged + b.judged, garbled: a.garbled + b.garbled,
                  examples: Array((a.examples + b.examples).prefix(maxExamples)))
        }
    }

    static let maxExamples = 5

    /// Symbols no Indonesian or English word has between two of its letters or digits.
    /// (`-`, `/`, `.`, `,`, `'`, `&`, `@`, `_` and `+` do: compounds, dates, abbreviations,
    /// e-mail addresses, `R&D`.)
    static let oddSymbols: Set<Character> = ["~", "^", "{", "}", "|", "\\", "`", "<", ">", "=", "¬", "§", "¤", "©", "®", "°", "¦", "»", "«", "¢", "£"]

    /// Punctuation that may surround a word (brackets, quotes, sentence marks, list marks).
    static let surrounding: Set<Character> = ["(", ")", "[", "]", "{", "}", ".", ",", ";", ":", "!", "?", "\"", "'",
                                              "“", "”", "‘", "’", "*", "•", "-", "–", "—", "/"]

    /// `surrounding.contains(c)`, an ASCII character told by its byte (hashing a Character
    /// normalises it; `TextLayerQualityTests` checks all of ASCII).
    static func isSurrounding(_ c: Character) -> Bool {
        if let b = c.soleASCIIByte { return asciiSurrounding.contains(b) }
        return surrounding.contains(c)
    }

    /// `oddSymbols.contains(c)`, an ASCII character told by its byte.
    static func isOdd(_ c: Character) -> Bool {
        if let b = c.soleASCIIByte { return asciiOddSymbols.contains(b) }
        return oddSymbols.contains(c)
    }

    static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y", "A", "E", "I", "O", "U", "Y"]

    /// Six consonants in a row occur in neither language's words (Indonesian has at most
    /// three, `str`; English five, `ngths`).
    static let maxConsonantRun = 5

    /// Whether `token` (one word of a text layer) is garbled; nil when it is too short or
    /// has too few letters to judge (numbers, `%`, `1.1.`, `-`).
    public static func isGarbled(_ token: String) -> Bool? {
        guard token.utf8.allSatisfy({ $0 < 0x80 }) else { return isGarbledCharacters(token) }
        // Native strings (all of a text layer's) lend their bytes without a copy.
        if let judged = token.utf8.withContiguousStorageIfAvailable({ isGarbledASCII($0) }) { return judged }
        return isGarbledASCII(Array(token.utf8))
    }

    /// `isGarbled` on Characters: any text.
    static func isGarbledCharacters(_ token: String) -> Bool? {
        var chars = Array(token)
        while let f = chars.first, isSurrounding(f) { chars.removeFirst() }
        while let l = chars.last, isSurrounding(l) { chars.removeLast() }
        guard !chars.isEmpty else { return nil }
        // Private-use or control characters: a broken font encoding. Letters of another
        // script are judged only against the Latin letters of the same word: a word of
        // Japanese or Arabic is a word (any language's text layer is kept), but Latin and
        // other letters mixed inside one word are an OCR engine's or a font's guess.
        var latin = false, other = false
        for c in chars {
            for s in c.unicodeScalars {
                switch s.generalCategoryQuick {
                case .privateUse, .control, .surrogate, .unassigned: return true
                default: break
                }
                if s.isAlphabeticQuick { if isLatin(s) { latin = true } else { other = true } }
            }
        }
        if other { return latin ? true : nil }
        let letters = chars.filter(\.isLetterQuick).count
        let hasOdd = chars.contains { isOdd($0) }
        if letters < 2 && !hasOdd { return nil }
        // A symbol between two letters or digits.
        if chars.count >= 3 {
            for i in 1..<(chars.count - 1) where isOdd(chars[i]) {
                if chars[i - 1].isLetterQuick || chars[i - 1].isNumberQuick, chars[i + 1].isLetterQuick || chars[i + 1].isNumberQuick { return true }
            }
        }
        let hasLower = chars.contains { $0.isLowercaseQuick }
        // A digit between two lower-case letters (`pe1aksanaan`), one side at least two
        // letters long. Codes (`BP3IPTEK`, `Bp3Iptek`, `DP3AP2`, `H5N1`) are names.
        if hasLower {
            var i = 0
            while i < chars.count {
                guard chars[i].isNumberQuick else { i += 1; continue }
                var j = i
                while j < chars.count && chars[j].isNumberQuick { j += 1 }
                let before = letterRun(chars, endingBefore: i), after = letterRun(chars, startingAt: j)
                if before > 0 && after > 0 && max(before, after) >= 2,
                   chars[i - 1].isLowercaseQuick && chars[j].isLowercaseQuick { return true }
                i = j
            }
        }
        // Consonant runs and vowel-less words, in each run of letters (not in acronyms).
        if hasLower {
            var run: [Character] = []
            for c in chars + [" "] {
                if c.isLetterQuick && c.isASCII { run.append(c); continue }
                if implausible(run) { return true }
                run.removeAll()
            }
        }
        return false
    }

    /// `isGarbled` of an all-ASCII token, step for step on its bytes (the Unicode property
    /// look-ups of the general path were most of a page's judging time). In ASCII a letter
    /// is A–Z or a–z, a number 0–9, and only C0 controls and DEL are of a rejected category.
    static func isGarbledASCII(_ token: [UInt8]) -> Bool? {
        token.withUnsafeBufferPointer { isGarbledASCII($0) }
    }

    /// `isGarbledASCII` on borrowed bytes; the symbol sets are bit masks (no hashing).
    static func isGarbledASCII(_ token: UnsafeBufferPointer<UInt8>) -> Bool? {
        func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
        func isNumber(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
        func isOdd(_ b: UInt8) -> Bool { asciiOddSymbols.contains(b) }
        var lo = 0, hi = token.count
        while lo < hi, asciiSurrounding.contains(token[lo]) { lo += 1 }
        while hi > lo, asciiSurrounding.contains(token[hi - 1]) { hi -= 1 }
        guard lo < hi else { return nil }
        let chars = token[lo..<hi]
        if chars.contains(where: { $0 < 0x20 || $0 == 0x7F }) { return true }
        var letters = 0
        for b in chars where isLetter(b) { letters += 1 }
        let hasOdd = chars.contains(where: isOdd)
        if letters < 2 && !hasOdd { return nil }
        if chars.count >= 3 {
            for i in (lo + 1)..<(hi - 1) where isOdd(token[i]) {
                let a = token[i - 1], b = token[i + 1]
                if isLetter(a) || isNumber(a), isLetter(b) || isNumber(b) { return true }
            }
        }
        let hasLower = chars.contains(where: isLower)
        if hasLower {
            var i = lo
            while i < hi {
                guard isNumber(token[i]) else { i += 1; continue }
                var j = i
                while j < hi && isNumber(token[j]) { j += 1 }
                var before = 0, k = i - 1
                while k >= lo && isLetter(token[k]) { before += 1; k -= 1 }
                var after = 0
                k = j
                while k < hi && isLetter(token[k]) { after += 1; k += 1 }
                if before > 0 && after > 0 && max(before, after) >= 2,
                   isLower(token[i - 1]) && isLower(token[j]) { return true }
                i = j
            }
            var start = lo
            while start < hi {
                guard isLetter(token[start]) else { start += 1; continue }
                var end = start
                while end < hi && isLetter(token[end]) { end += 1 }
                if end - start > maxConsonantRun, let firstLower = token[start..<end].firstIndex(where: isLower) {
                    var consonants = 0
                    for c in token[max(start, firstLower - 1)..<end] {
                        consonants = asciiVowels.contains(c) ? 0 : consonants + 1
                        if consonants > maxConsonantRun { return true }
                    }
                }
                start = end
            }
        }
        return false
    }

    private static let asciiOddSymbols = ASCIISet(oddSymbols)
    private static let asciiSurrounding = ASCIISet(surrounding)
    private static let asciiVowels = ASCIISet(vowels)

    /// The ASCII members of a set of Characters, as a 128-bit mask.
    private struct ASCIISet {
        var low: UInt64 = 0, high: UInt64 = 0
        init(_ characters: Set<Character>) {
            for c in characters { if let v = c.asciiValue { if v < 64 { low |= 1 << v } else { high |= 1 << (v - 64) } } }
        }
        @inline(__always) func contains(_ b: UInt8) -> Bool {
            b < 64 ? low & (1 << b) != 0 : b < 128 && high & (1 << (b &- 64)) != 0
        }
    }

    private static func letterRun(_ chars: [Character], endingBefore i: Int) -> Int {
        var k = i - 1, n = 0
        while k >= 0 && chars[k].isLetter { n += 1; k -= 1 }
        return n
    }

    private static func letterRun(_ chars: [Character], startingAt i: Int) -> Int {
        var k = i, n = 0
        while k < chars.count && chars[k].isLetter { n += 1; k += 1 }
        return n
    }

    /// A run of ASCII letters no word has: more than `maxConsonantRun` consonants in a row,
    /// as in a "word" without vowels (`Tfrntl`).
    private static func implausible(_ run: [Character]) -> Bool {
        guard run.count > maxConsonantRun else { return false }
        // An acronym glued to a word (`BPSBCiganitri`, `DBHCHT`) is not counted: only the
        // letters from the last capital before the first lower-case letter on.
        guard let firstLower = run.firstIndex(where: \.isLowercase) else { return false }
        let word = run[max(0, firstLower - 1)...]
        var consonants = 0
        for c in word {
            consonants = vowels.contains(c) ? 0 : consonants + 1
            if consonants > maxConsonantRun { return true }
        }
        return false
    }

    private static func isLatin(_ s: Unicode.Scalar) -> Bool {
        // Basic Latin, Latin-1, Latin Extended A/B, IPA, Latin Extended Additional.
        switch s.value {
        case 0x41...0x5A, 0x61...0x7A, 0xAA, 0xB5, 0xBA, 0xC0...0x24F, 0x250...0x2AF, 0x1E00...0x1EFF: return true
        default: return false
        }
    }

    /// The garble tally of a page's words.
    public static func tally(_ words: [Word]) -> Tally {
        var t = Tally()
        for w in words {
            guard let g = isGarbled(w.text) else { continue }
            t.judged += 1
            if g {
                t.garbled += 1
                if t.examples.count < maxExamples { t.examples.append(w.text) }
            }
        }
        return t
    }

    /// Text laid over a scanned image (an image covering the page under the words) is an
    /// OCR layer someone else made. Whether it reads as words is judged over all such pages
    /// of the document together: one engine made them all, and a table page has few long
    /// words to show its errors (its garbled words are on the letter page before it).
    /// Two garbled words at least (one is a slip), and at least this share of the words.
    public static let scanLayerRate = 0.005
    public static let scanLayerMinimumGarbled = 2

    /// Whether the OCR layer of a document's scanned pages (their tallies pooled) is to be
    /// replaced by OCR.
    public static func replacesScanLayer(_ pages: [Tally]) -> Bool {
        let pooled = pages.reduce(Tally(), +)
        return pooled.garbled >= scanLayerMinimumGarbled && pooled.rate >= scanLayerRate
    }

    /// A text layer on a page without a scan is replaced only when it plainly is not
    /// words (a broken font encoding): this share of garbled words, over this many words.
    public static let unreadableRate = 0.25
    public static let unreadableMinimumJudged = 20

    public static func isUnreadable(_ page: Tally) -> Bool {
        page.judged >= unreadableMinimumJudged && page.rate >= unreadableRate
    }
}
