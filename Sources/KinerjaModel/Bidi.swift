/// Text direction as a property of the script (the strong classes of the Unicode
/// Bidirectional Algorithm, UAX #9): letters of the right-to-left scripts (Hebrew, Arabic,
/// Syriac, Thaana, N'Ko, … — bidi classes R and AL) run right to left, every other letter
/// left to right (L); digits, punctuation and marks are weak or neutral and take the
/// direction around them.
///
/// A PDF draws glyphs where they stand, so text read off the page comes in visual order
/// (left to right). Readers want logical order — the order the text is typed in — which
/// for right-to-left runs is the reverse. `logicalOrder` undoes the visual reordering for
/// one level of embedding, which is what tables and forms hold: a right-to-left paragraph
/// with left-to-right numbers and Latin words in it, or the reverse.
public enum Bidi {
    public enum Direction: Sendable, Equatable { case leftToRight, rightToLeft, neutral }

    /// Whether a scalar is a letter of a right-to-left script (bidi class R or AL).
    @inline(__always)
    public static func isRightToLeft(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        guard v >= 0x0590 else { return false }
        let inBlock = (0x0590...0x08FF).contains(v) || (0xFB1D...0xFDFF).contains(v) || (0xFE70...0xFEFF).contains(v)
            || (0x10800...0x10FFF).contains(v) || (0x1E800...0x1EFFF).contains(v)
        guard inBlock else { return false }
        // Marks, digits and punctuation of these blocks are not strong.
        switch s.properties.generalCategory {
        case .otherLetter, .modifierLetter, .uppercaseLetter, .lowercaseLetter, .titlecaseLetter: return true
        default: return false
        }
    }

    /// The direction a scalar gives: strong right-to-left, strong left-to-right (letters
    /// and, for ordering, digits: a number keeps its digits left to right), or neutral.
    public static func direction(_ s: Unicode.Scalar) -> Direction {
        if isRightToLeft(s) { return .rightToLeft }
        let p = s.properties
        if p.isAlphabetic || p.numericType == .decimal { return .leftToRight }
        return .neutral
    }

    /// Whether any character of the text belongs to a right-to-left script (cheap for
    /// text without any: a scalar below U+0590 is never right-to-left).
    public static func hasRightToLeft(_ text: String) -> Bool {
        // U+0590 and above take a UTF-8 lead byte of 0xD6 or more: most text has none.
        guard text.utf8.contains(where: { $0 >= 0xD6 }) else { return false }
        return text.unicodeScalars.contains { $0.value >= 0x0590 && isRightToLeft($0) }
    }

    /// The direction of a piece of text: right to left when more of its letters are.
    public static func direction(of text: String) -> Direction {
        var rtl = 0, ltr = 0
        for s in text.unicodeScalars {
            switch direction(s) {
            case .rightToLeft: rtl += 1
            case .leftToRight: if s.properties.isAlphabetic { ltr += 1 }
            case .neutral: break
            }
        }
        if rtl == 0 && ltr == 0 { return .neutral }
        return rtl > ltr ? .rightToLeft : .leftToRight
    }

    /// Items given in visual order (left to right), each with its direction, put in
    /// logical order for a paragraph of the given direction: neutrals take the direction
    /// of their neighbours when both agree, else the paragraph's; runs of one direction
    /// are then laid out in the paragraph's order, a right-to-left run reversed.
    public static func logicalOrder<T>(_ items: [T], directions: [Direction], paragraph: Direction) -> [T] {
        guard paragraph == .rightToLeft || directions.contains(.rightToLeft) else { return items }
        let base: Direction = paragraph == .rightToLeft ? .rightToLeft : .leftToRight
        let resolved = resolve(directions, base: base)
        // Runs of equal direction.
        var runs: [[T]] = []
        var runDir: [Direction] = []
        for (item, d) in zip(items, resolved) {
            if let last = runDir.last, last == d { runs[runs.count - 1].append(item) } else { runs.append([item]); runDir.append(d) }
        }
        var ordered: [[T]] = zip(runs, runDir).map { $1 == .rightToLeft ? Array($0.reversed()) : $0 }
        if base == .rightToLeft { ordered.reverse() }
        return ordered.flatMap { $0 }
    }

    static func resolve(_ dirs: [Direction], base: Direction) -> [Direction] {
        var out = dirs
        var i = 0
        while i < dirs.count {
            guard dirs[i] == .neutral else { i += 1; continue }
            var j = i
            while j < dirs.count, dirs[j] == .neutral { j += 1 }
            let before = i > 0 ? dirs[i - 1] : base, after = j < dirs.count ? dirs[j] : base
            let d = before == after ? before : base
            for k in i..<j { out[k] = d }
            i = j
        }
        return out
    }

    /// One word's characters, given in visual order, in logical order: a word with a
    /// right-to-left letter is read right to left (numbers inside it keep their digits'
    /// order), and a bracket in a right-to-left run is mirrored (the glyph drawn `(` closes).
    public static func logicalWord(visual scalars: [Unicode.Scalar]) -> String {
        let kept = scalars.filter { !$0.properties.isBidiControl }
        guard kept.contains(where: isRightToLeft) else {
            var s = String.UnicodeScalarView(); s.append(contentsOf: kept); return String(s)
        }
        let dirs = kept.map(direction)
        let resolved = resolve(dirs, base: .rightToLeft)
        let mirrored = zip(kept, resolved).map { s, d in d == .rightToLeft ? (mirror[s] ?? s) : s }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: logicalOrder(mirrored, directions: dirs, paragraph: .rightToLeft))
        return String(s)
    }

    static let mirror: [Unicode.Scalar: Unicode.Scalar] = [
        "(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<", "«": "»", "»": "«",
    ]
}
