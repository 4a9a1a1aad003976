import FoundationEssentials
import KinerjaModel

/// A line of text: words that share a baseline, left to right.
public struct TextLine: Sendable {
    public var words: [Word]
    public var box: Rect
    public var text: String

    public init(words: [Word]) {
        self.words = words
        self.box = words.dropFirst().reduce(words[0].box) { $0.union($1.box) }
        // Most lines are ASCII (so without right-to-left words): their words' texts are
        // joined as they are, without an intermediate array of texts.
        if let ascii = TextLines.joiningASCII(words, { $0.text }) {
            self.text = ascii
        } else if words.contains(where: { Bidi.hasRightToLeft($0.text) }) {
            self.text = TextLines.join(TextLines.readingOrder(words).map(\.text))
        } else {
            self.text = TextLines.join(words.map { $0.text })
        }
    }

    /// The largest font size of the line's words (as `max()` of them, with no array made).
    public var fontSize: Double {
        guard var size = words.first?.fontSize else { return 0 }
        for w in words.dropFirst() where size < w.fontSize { size = w.fontSize }
        return size
    }
    public var isBold: Bool { words.allSatisfy { $0.bold } }
}

public enum TextLines {
    /// Groups words into lines: sorted by vertical centre, a word joins the current line
    /// when it overlaps it vertically by more than half its height. O(n log n).
    ///
    /// The line's box that later words are measured against grows only with words that
    /// carry letters or digits: a mark of punctuation alone (a list dash or bullet set
    /// between the two lines of a wrapped item) joins a line but must not chain the next
    /// line onto it (`- Ayam Ras` / `Pedaging` read as `- Ayam Pedaging Ras`). A line of
    /// marks only is measured by their own box.
    public static func lines(of words: [Word]) -> [TextLine] {
        guard !words.isEmpty else { return [] }
        // Letters set on a slant (a watermark) belong to no line.
        if words.contains(where: { $0.slanted }) { return lines(of: words.filter { !$0.slanted }) }
        // Word indices in reading order: the same stable sort as of the words themselves
        // (the same comparisons give the same order), moving indices instead of words, and
        // each word's `carriesText` asked once (it was asked again for every mark hoisted).
        let order = words.indices.sorted { (words[$0].box.midY, words[$0].box.x0) < (words[$1].box.midY, words[$1].box.x0) }
        let carries = words.map { carriesText($0.text) }
        // A line is a run of consecutive words in this order: only where each run starts is
        // kept (no array of words grown per line; they are copied once, into the row).
        var starts: [Int] = [0]
        var box = words[order[0]].box
        var markBox = box
        var hasText = carries[order[0]]
        for i in order.indices.dropFirst() {
            let wbox = words[order[i]].box
            let text = carries[order[i]]
            let reach = hasText ? box : markBox
            let overlap = reach.yOverlap(wbox)
            if overlap > min(reach.height, wbox.height) * 0.5 {
                if text {
                    box = hasText ? box.union(wbox) : wbox
                    hasText = true
                } else {
                    markBox = markBox.union(wbox)
                }
            } else {
                starts.append(i); box = wbox; markBox = wbox; hasText = text
            }
        }
        var rows: [[Int]] = []
        rows.reserveCapacity(starts.count)
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] : order.count
            rows.append(order[start..<end].sorted { words[$0].box.x0 < words[$1].box.x0 })
        }
        hoistItemMarks(&rows, words: words, carries: carries)
        return rows.map { TextLine(words: $0.map { words[$0] }) }
    }

    /// A list mark centred on an item wrapped over two lines sits between them, and may
    /// lean into the lower one (`-` beside `Ayam Ras` / `Petelur` read as `Ayam Ras` /
    /// `- Petelur`). The mark opens the item, so it goes to the upper line when: it is
    /// alone, just left of a word of its line; its centre is raised above that word's by
    /// more than a quarter of the word's height (a mark of its own line is centred on it);
    /// it overlaps a word of the line above that starts where that word starts (the
    /// item's first line); and nothing of the upper line lies between them (that word
    /// has no mark of its own). Rows are left to right, of indices into `words`;
    /// `carries[i]` is `carriesText(words[i].text)`. Each look-up is a binary search, so
    /// O(n log n).
    static func hoistItemMarks(_ rows: inout [[Int]], words: [Word], carries: [Bool]) {
        guard rows.count > 1 else { return }
        for i in 1..<rows.count {
            var k = 0
            while k + 1 < rows[i].count {
                // Nearly every word carries text: no mark, nothing to copy out.
                if carries[rows[i][k]] { k += 1; continue }
                let markIndex = rows[i][k], nextIndex = rows[i][k + 1]
                let mark = words[markIndex].box, next = words[nextIndex].box
                let h = next.height
                guard carries[nextIndex],
                      next.x0 - mark.x1 < 2 * h,
                      mark.midY < next.midY - h / 4 else { k += 1; continue }
                let upper = rows[i - 1]
                // First word of the upper line starting at or right of `next.x0 - h/2`.
                var lo = 0, hi = upper.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if words[upper[mid]].box.x0 < next.x0 - h / 2 { lo = mid + 1 } else { hi = mid }
                }
                guard lo < upper.count, words[upper[lo]].box.x0 <= next.x0 + h / 2,
                      carries[upper[lo]], mark.yOverlap(words[upper[lo]].box) > 0,
                      lo == 0 || words[upper[lo - 1]].box.x1 <= mark.x0
                else { k += 1; continue }
                rows[i].remove(at: k)
                rows[i - 1].insert(markIndex, at: lo)
            }
        }
    }

    /// Whether a word has a letter or a digit (in any script), as opposed to a mark of
    /// punctuation or a symbol alone (`-`, `•`, `*`). ASCII is decided without Unicode
    /// property look-ups (this is on every word of every page).
    static func carriesText(_ s: String) -> Bool {
        for b in s.utf8 {
            if b >= 0x80 {
                return s.unicodeScalars.contains { $0.isAlphabeticQuick || $0.isNumericQuick }
            }
            if (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) { return true }
        }
        return false
    }

    /// The words of one line (left to right on the page) in reading order: a line of a
    /// right-to-left script reads from its right end, with Latin words and numbers inside it
    /// kept left to right (the direction comes from the characters' script, `Bidi`).
    public static func readingOrder(_ words: [Word]) -> [Word] {
        guard words.contains(where: { Bidi.hasRightToLeft($0.text) }) else { return words }
        let dirs: [Bidi.Direction] = words.map { w in
            let d = Bidi.direction(of: w.text)
            if d != .neutral { return d }
            return w.text.unicodeScalars.contains { $0.properties.numericType == .decimal } ? .leftToRight : .neutral
        }
        let paragraph = Bidi.direction(of: words.map(\.text).joined(separator: " "))
        return Bidi.logicalOrder(words, directions: dirs, paragraph: paragraph)
    }

    /// Joins pieces of text with single spaces, NFC-normalised and whitespace-collapsed.
    public static func join(_ parts: [String]) -> String {
        if let ascii = joiningASCII(parts, { $0 }) { return ascii }
        let joined = parts.joined(separator: " ")
        return (isCollapsed(joined) ? joined : joined.collapsingWhitespace()).precomposed
    }

    /// Whether `collapsingWhitespace()` gives `s` back (single spaces between words, none at
    /// the ends, no other white space): read by scalars, not Characters (most lines with an
    /// accent or a dash are so already). A scalar joined onto a space (a mark) says no.
    static func isCollapsed(_ s: String) -> Bool {
        let scalars = s.unicodeScalars
        var afterSpace = true   // the start: a space there is leading
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let v = scalars[i].value
            if v == 0x20 {
                if afterSpace { return false }
                afterSpace = true
            } else {
                if v < 0x80 ? (v >= 0x09 && v <= 0x0D) : scalars[i].isWhitespaceQuick { return false }
                if afterSpace, v >= 0x80, i != scalars.startIndex, String.Index(i, within: s) == nil { return false }
                afterSpace = false
            }
            i = scalars.index(after: i)
        }
        return !afterSpace || s.isEmpty
    }

    /// `join`'s result when every part is ASCII, written straight into the result (no
    /// joined copy first): `collapsingASCIISpaces` of the parts joined with spaces. Nil when
    /// some part is not all ASCII.
    @inline(__always)
    static func joiningASCII<C: Collection>(_ parts: C, _ text: (C.Element) -> String) -> String? {
        var capacity = 0
        for p in parts { capacity += text(p).utf8.count + 1 }
        var ascii = true
        let out = String(unsafeUninitializedCapacity: max(capacity, 1)) { buffer -> Int in
            var n = 0
            var space = false
            var first = true
            for p in parts {
                if !first { space = n > 0 }   // the joining space
                first = false
                var piece = text(p)
                // A word (no white space, all ASCII: nearly every one) is copied whole.
                let copied: Bool = piece.withUTF8 { bytes in
                    guard !bytes.isEmpty, !bytes.contains(where: { $0 >= 0x80 || $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) })
                    else { return false }
                    if space { buffer[n] = 0x20; n += 1; space = false }
                    UnsafeMutableRawPointer(buffer.baseAddress! + n).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
                    n += bytes.count
                    return true
                }
                if copied { continue }
                for b in piece.utf8 {
                    if b >= 0x80 { ascii = false; return 0 }
                    if b == 0x20 || (b >= 0x09 && b <= 0x0D) { space = n > 0; continue }
                    if space { buffer[n] = 0x20; n += 1; space = false }
                    buffer[n] = b
                    n += 1
                }
            }
            return n
        }
        return ascii ? out : nil
    }

    /// `join`'s result for all-ASCII text (most of a page), without Unicode property look-ups
    /// (they were a tenth of a document's time): runs of ASCII white space become one space,
    /// none at the ends; ASCII is its own canonical composition. Nil when not all ASCII.
    static func collapsingASCIISpaces(_ s: String) -> String? {
        joiningASCII(CollectionOfOne(s), { $0 })
    }

    /// Joins the lines of one cell: a wrap is a space, except after a hyphen that breaks
    /// a compound (`perundang-` + `undangan`, `Perundang-` + `Undangan`), where the hyphen
    /// stays and no space is added. A dash standing alone (`Pemilu -`) is not a compound.
    public static func joinCellLines(_ lines: [String]) -> String {
        var out = ""
        for line in lines {
            // (A line with an accent is most often collapsed already: `isCollapsed` says so by scalars.)
            let t = collapsingASCIISpaces(line) ?? (isCollapsed(line) ? line : line.collapsingWhitespace())
            guard !t.isEmpty else { continue }
            if out.isEmpty { out = t; continue }
            if out.hasSuffix("-"), out.count >= 2,
               out[out.index(out.endIndex, offsetBy: -2)].isLetter, t.first?.isLetter == true {
                out += t
            } else {
                out += " " + t
            }
        }
        return out.utf8.allSatisfy({ $0 < 0x80 }) ? out : out.precomposed
    }
}
