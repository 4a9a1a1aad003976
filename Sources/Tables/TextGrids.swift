import FoundationEssentials
import KinerjaModel
import Layout

/// Finds tables drawn without a full grid, from the geometry of the text alone (after
/// Nurminen's text-edge detection as camelot's and tabula's stream modes use it, and
/// pdfplumber's text strategy): lines whose words fall into phrases separated by
/// column-sized gaps, over several lines, with the gaps lining up into gutters. No word
/// is looked up in any vocabulary: the table is found in any language.
///
/// A chain of small steps, each result a value (so a test or `inspect` can look at it):
/// lines → phrases per line → table regions (runs of multi-phrase lines) → column
/// boundaries (gutters, and vertical rules that cross the region) → rows (a line starts
/// a row unless it plainly continues the one above) → cells, with column spans where a
/// phrase crosses a boundary.
struct TextGrids {
    /// Body fills of a zebra table on a neighbouring page (see `CellShading.zebra`).
    var zebra: [CellShading.ZebraFill] = []
    /// A run of words on one line with no column-sized gap inside: a cell's text on that line.
    struct Phrase: Sendable {
        var words: [Word]
        var box: Rect
        /// The column a header label cut from a longer phrase belongs to (its text may
        /// overhang the gutter's middle): placed there, spanning nothing.
        var column: Int? = nil
    }

    /// A text line cut into phrases.
    struct PhraseLine: Sendable {
        var line: TextLine
        var phrases: [Phrase]
        var isMulti: Bool { phrases.count >= 2 }
    }

    /// Consecutive lines that look like one table.
    struct Region: Sendable {
        var lines: [PhraseLine]
        var box: Rect { lines.dropFirst().reduce(lines[0].line.box) { $0.union($1.line.box) } }
    }

    // MARK: step 1: phrases

    /// A gap wider than this (in points, for a line of this font size) separates phrases.
    static func phraseGap(_ fontSize: Double) -> Double { max(3, fontSize * 0.65) }

    static func phraseLines(_ words: [Word]) -> [PhraseLine] {
        TextLines.lines(of: words).map { line in
            // Justified prose stretches every space of a line alike, and under an em: such
            // a line is one phrase, however wide its spaces.
            let gaps = zip(line.words, line.words.dropFirst()).map { $1.box.x0 - $0.box.x1 }
            if gaps.count >= 4, let lo = gaps.min(), let hi = gaps.max(), hi < line.fontSize, hi < lo * 2 {
                return PhraseLine(line: line, phrases: [Phrase(words: line.words, box: line.box)])
            }
            var phrases: [Phrase] = []
            for w in line.words {
                if var last = phrases.last,
                   w.box.x0 - last.box.x1 < Self.phraseGap(max(w.fontSize, last.words.last!.fontSize)) {
                    last.words.append(w); last.box = last.box.union(w.box); phrases[phrases.count - 1] = last
                } else {
                    phrases.append(Phrase(words: [w], box: w.box))
                }
            }
            return PhraseLine(line: line, phrases: phrases)
        }
    }

    // MARK: step 2: regions

    /// Runs of lines that hold phrases side by side. A line of one phrase may sit inside a
    /// run (a wrapped cell, a section row) when it is narrow beside the run; a wide one
    /// (prose) or a large vertical gap ends it. A run needs three multi-phrase lines.
    static func regions(_ lines: [PhraseLine], rulings: [Ruling]) -> [Region] {
        var out: [Region] = []
        var current: [PhraseLine] = []
        var singlesInRow = 0
        /// The line after `current` on the page (the one that ended the run), if any.
        var following: PhraseLine? = nil
        func close() {
            // Trailing single-phrase lines belong to what follows, not to the table — unless
            // they continue a cell of the last full line: as close as the table's lines
            // stand, starting where a phrase of that line starts, or (a hanging indent)
            // indented under one of its phrases, set apart from the text under it (a
            // paragraph's indented first line has its paragraph close under it).
            if let m = current.lastIndex(where: \.isMulti), m < current.count - 1 {
                let gaps = zip(current, current.dropFirst()).map { $1.line.box.y0 - $0.line.box.y1 }.sorted()
                let usual = gaps[gaps.count / 2]
                var keep = m + 1
                while keep < current.count {
                    let pl = current[keep]
                    let gap = pl.line.box.y0 - current[keep - 1].line.box.y1
                    let aligned = current[m].phrases.contains { abs($0.box.x0 - pl.line.box.x0) <= 2 }
                    let x = pl.line.box.x0
                    let under = keep == m + 1 && current[m].phrases.contains { $0.box.x0 + 2 < x && x < $0.box.x1 }
                    let after = keep + 1 < current.count ? current[keep + 1] : following
                    let apart = after.map { $0.line.box.y0 - pl.line.box.y1 > usual + 1 } ?? true
                    // A line running on across the gutters of the last row (a source or a note
                    // set under the table) is no cell's continuation: a cell stays in its column.
                    let crosses = current[m].phrases.contains { $0.box.x0 > x + 2 && $0.box.x0 < pl.line.box.x1 - 2 }
                    guard gap <= usual + 1, aligned || (under && apart), !crosses else { break }
                    keep += 1
                }
                current.removeSubrange(keep...)
            }
            if current.filter(\.isMulti).count >= 3 { out.append(Region(lines: current)) }
            current = []; singlesInRow = 0
        }
        // A wide line kept only as a possible hanging continuation of the row above ends the
        // run as any wide line does, once the line under it is known.
        var hangingLast = false
        func settleHanging(next: PhraseLine?) {
            guard hangingLast, let h = current.popLast() else { return }
            hangingLast = false
            if opensParagraph(current, next: h) {
                current.removeLast(); following = h
            } else {
                current.append(h); following = next
            }
            close()
        }
        for pl in lines {
            settleHanging(next: pl)
            following = pl
            if let last = current.last {
                let h = max(min(pl.line.box.height, last.line.box.height), 4)
                let gap = pl.line.box.y0 - last.line.box.y1
                if gap > max(h * 2.6, 14) { close() }
            }
            if pl.isMulti {
                current.append(pl); singlesInRow = 0
                continue
            }
            guard !current.isEmpty else { continue }
            let multi = current.filter(\.isMulti)
            let x0 = multi.map(\.line.box.x0).min()!, x1 = multi.map(\.line.box.x1).max()!
            let b = pl.line.box
            let narrow = b.width < (x1 - x0) * 0.55 && b.x0 >= x0 - 12 && b.x1 <= x1 + 12
            // A line indented under a phrase of the row above, inside the table's width: a
            // cell's hanging continuation, however wide (`close` keeps it as the run's last
            // line only when set apart from the text under it).
            let hanging = current.last!.isMulti && b.x1 <= x1 + 12 &&
                current.last!.phrases.contains { $0.box.x0 + 2 < b.x0 && b.x0 < $0.box.x1 }
            if narrow && singlesInRow < 4 {
                current.append(pl); singlesInRow += 1
            } else if hanging {
                current.append(pl); hangingLast = true
            } else {
                if opensParagraph(current, next: pl) { current.removeLast() }
                close()
            }
        }
        settleHanging(next: nil)
        following = nil
        close()
        return out.flatMap(splitAtStructureChange).map { withGroupHeaders($0, lines: lines) }
    }

    /// Whether the run's last line is the first line of the paragraph (`next`, a wide line)
    /// under it: a line with a run-in heading ("Step 2.  Use the amount …") has two phrases
    /// like a row, but it is set apart from the run above it, its text crosses the gutters
    /// the run's other lines leave free, and the paragraph's next line follows it closely.
    /// (A spanning last row at the run's own spacing, or set apart from the text under
    /// it, stays; so do lines of justified prose, which stand evenly spaced.)
    static func opensParagraph(_ run: [PhraseLine], next: PhraseLine) -> Bool {
        guard let last = run.last, last.isMulti, run.count >= 4 else { return false }
        let gaps = zip(run, run.dropFirst()).map { $1.line.box.y0 - $0.line.box.y1 }.sorted()
        let usual = gaps[gaps.count / 2]
        let above = last.line.box.y0 - run[run.count - 2].line.box.y1
        guard above >= usual + max(2, last.line.box.height * 0.3),
              next.line.box.y0 - last.line.box.y1 <= usual + 1 else { return false }
        let gutters = cleanGutters(run.dropLast().filter(\.isMulti))
        return last.phrases.contains { p in gutters.contains { p.box.x0 < $0.a && p.box.x1 > $0.b } }
    }

    /// The x-intervals no phrase of these lines covers, between their text (clean gutters).
    static func cleanGutters<C: Collection>(_ lines: C) -> [(a: Double, b: Double)] where C.Element == PhraseLine {
        let spans = lines.flatMap { $0.phrases.map { ($0.box.x0, $0.box.x1) } }.sorted { $0.0 < $1.0 }
        guard var reach = spans.first?.1 else { return [] }
        var out: [(a: Double, b: Double)] = []
        for (x0, x1) in spans.dropFirst() {
            if x0 - reach >= 2 { out.append((reach, x0)) }
            reach = max(reach, x1)
        }
        return out
    }

    /// Two tables set one under the other come as one run of lines: where, after three
    /// lines that agree on their gutters, two lines running cross one of those gutters,
    /// a table with other columns starts. (One crossing line is a spanning row.)
    static func splitAtStructureChange(_ region: Region) -> [Region] {
        var out: [Region] = []
        var current: [PhraseLine] = []
        var pendingCross: Int? = nil   // index in `current` of a first crossing line
        var multis: [Int] = []          // indices in `current` of its multi-phrase lines
        for pl in region.lines {
            current.append(pl)
            guard pl.isMulti else { continue }
            // The gutters the last lines agree on (a window keeps long tables linear).
            let limit = pendingCross ?? (current.count - 1)
            let base = multis.filter { $0 < limit }.suffix(30).map { current[$0] }
            multis.append(current.count - 1)
            guard base.count >= 3 else { continue }
            let gutters = cleanGutters(base)
            let crosses = pl.phrases.contains { p in gutters.contains { p.box.x0 < $0.a + 1 && p.box.x1 > $0.b - 1 } }
            if crosses {
                if let start = pendingCross {
                    out.append(Region(lines: Array(current[..<start])))
                    current = Array(current[start...])
                    multis = multis.filter { $0 >= start }.map { $0 - start }
                    pendingCross = nil
                } else {
                    pendingCross = current.count - 1
                }
            } else {
                pendingCross = nil
            }
        }
        if !current.isEmpty { out.append(Region(lines: current)) }
        return out.filter { $0.lines.filter(\.isMulti).count >= 3 || out.count == 1 }
    }

    /// A line of one phrase just above a region, narrow and set over some of its columns
    /// (not at its left edge, not centred on it like a title), is a group header: it
    /// belongs to the table.
    static func withGroupHeaders(_ region: Region, lines: [PhraseLine]) -> Region {
        guard let start = lines.firstIndex(where: { $0.line.box == region.lines[0].line.box }) else { return region }
        var r = region
        var i = start - 1
        while i >= 0, start - i <= 2 {
            let pl = lines[i], box = r.box, b = pl.line.box
            let h = max(b.height, 4)
            guard !pl.isMulti, r.lines[0].line.box.y0 - b.y1 < h * 1.2,
                  b.width < box.width * 0.55, b.x0 > box.x0 + box.width * 0.1, b.x1 <= box.x1 + box.width * 0.15,
                  abs(b.midX - box.midX) > box.width * 0.1 else { break }
            r.lines.insert(pl, at: 0)
            i -= 1
        }
        return r
    }

    // MARK: step 3: columns

    /// Column boundaries of a region: the middles of the gutters that the phrases of its
    /// multi-phrase lines leave free (a few crossing phrases allowed: group headers and
    /// spanning cells), with vertical rules that cross the region taken as boundaries.
    static func columns(_ region: Region, rulings: [Ruling]) -> [Double] {
        columnsAndGutters(region, rulings: rulings).xs
    }

    /// `columns`, with the gutter (the free x-interval it stands in) of each boundary
    /// (the outer edges' and a rule's boundary: the boundary itself).
    static func columnsAndGutters(_ region: Region, rulings: [Ruling]) -> (xs: [Double], gutters: [(a: Double, b: Double)]) {
        let multi = region.lines.filter(\.isMulti)
        let box = region.box
        // Coverage as a step function over x (from the phrases' ends, so its cost does not
        // grow with the page's width): pieces (from, to, how many phrases cover it).
        var events: [(x: Double, d: Int)] = []
        for pl in multi { for p in pl.phrases { events.append((p.box.x0, 1)); events.append((p.box.x1, -1)) } }
        events.sort { ($0.x, $0.d) < ($1.x, $1.d) }
        var pieces: [(a: Double, b: Double, n: Int)] = []
        var level = 0
        for (k, e) in events.enumerated() {
            level += e.d
            if k + 1 < events.count, events[k + 1].x > e.x { pieces.append((e.x, events[k + 1].x, level)) }
        }
        let allowance = multi.count >= 8 ? multi.count / 8 : 0
        let firstValueLine = multi.firstIndex(where: holdsValue)
        let fontSize = median(multi.map(\.line.fontSize)) ?? 9
        var xs: [Double] = [box.x0 - 2]
        var gutters: [(a: Double, b: Double)] = [(-.infinity, box.x0)]
        var i = 0
        while i < pieces.count {
            guard pieces[i].n <= allowance else { i += 1; continue }
            var j = i
            while j < pieces.count, pieces[j].n <= allowance { j += 1 }
            let run = pieces[i..<j]
            let width = run.last!.b - run.first!.a
            let zero = run.filter { $0.n == 0 }
            // At the end of the text, a run without a clean part that the body's phrases do
            // not reach into (beyond their ragged ends), covered only by header phrases that
            // come out of the last column, is no gutter: a header wider than its column sticks
            // out past the body there, with nothing beyond (its boundary would make a column
            // empty in every row but the header's span). A header standing wholly out there
            // labels a column of its own (empty on this page, say). The same at the start: a
            // header sticking out left of the body's first column (`No.` over narrow numbers).
            if zero.isEmpty, j == pieces.count, let body = firstValueLine {
                let (a, b) = (run.first!.a, run.last!.b), ragged = fontSize * 0.5
                let reaches = multi[body...].contains { $0.phrases.contains { $0.box.x1 > a + ragged } }
                let overhangs = multi[..<body].allSatisfy {
                    $0.phrases.allSatisfy { p in p.box.x1 <= a || p.box.x0 >= b || p.box.x0 < a - ragged }
                }
                if !reaches && overhangs { i = j; continue }
            }
            if zero.isEmpty, i == 0, let body = firstValueLine {
                let (a, b) = (run.first!.a, run.last!.b), ragged = fontSize * 0.5
                let reaches = multi[body...].contains { $0.phrases.contains { $0.box.x0 < b - ragged } }
                let overhangs = multi[..<body].allSatisfy {
                    $0.phrases.allSatisfy { p in p.box.x1 <= a || p.box.x0 >= b || p.box.x1 > b + ragged }
                }
                if !reaches && overhangs { i = j; continue }
            }
            if zero.isEmpty ? width >= fontSize * 0.5 : (zero.last!.b - zero.first!.a) >= 2 {
                // Prefer the clean part of a gutter when there is one.
                let a = zero.first?.a ?? run.first!.a, b = zero.last?.b ?? run.last!.b
                xs.append((a + b) / 2)
                gutters.append((run.first!.a, run.last!.b))
            }
            i = j
        }
        xs.append(box.x1 + 2)
        gutters.append((box.x1 + 2, box.x1 + 2))
        // Vertical rules that cross most of the region's height are boundaries too: one in
        // a gutter takes the gutter's place; one elsewhere that no phrase crosses is added.
        let vrules = rulings.filter {
            $0.orientation == .vertical && $0.position > box.x0 + 2 && $0.position < box.x1 - 2 &&
                min($0.end, box.y1) - max($0.start, box.y0) >= box.height * 0.6
        }
        gutters[0] = (xs[0], xs[0])
        for r in vrules {
            let x = r.position
            if let k = gutters.indices.dropFirst().first(where: { gutters[$0].a - 2 <= x && x <= gutters[$0].b + 2 }) {
                xs[k] = x
            } else if !multi.contains(where: { $0.phrases.contains { $0.box.x0 < x - 1 && $0.box.x1 > x + 1 } }),
                      !xs.contains(where: { abs($0 - x) < 2 }) {
                xs.append(x)
                gutters.append((x, x))
            }
        }
        let order = xs.indices.sorted { xs[$0] < xs[$1] }
        return (order.map { xs[$0] }, order.map { gutters[$0] })
    }

    // MARK: step 4: rows and cells

    /// One line's text placed in columns: words per column, and the phrases that cross a
    /// boundary (a cell spanning columns c0...c1).
    struct PlacedLine {
        var line: PhraseLine
        var cols: [[Word]]
        var spans: [(c0: Int, c1: Int)]
        var filled: [Int] { cols.indices.filter { !cols[$0].isEmpty } }
        /// `filled.count`, without the array.
        var filledCount: Int { cols.count(where: { !$0.isEmpty }) }
    }

    static func place(_ pl: PhraseLine, xs: [Double]) -> PlacedLine {
        let count = xs.count - 1
        func column(_ x: Double) -> Int {
            var k = 0
            while k + 1 < count, x >= xs[k + 1] { k += 1 }
            return k
        }
        var cols = Array(repeating: [Word](), count: count)
        var spans: [(c0: Int, c1: Int)] = []
        for p in pl.phrases {
            let c0 = p.column ?? column(p.box.x0 + 1), c1 = p.column ?? column(p.box.x1 - 1)
            cols[c0] += p.words
            if c1 > c0 { spans.append((c0, c1)) }
        }
        return PlacedLine(line: pl, cols: cols, spans: spans)
    }

    /// A line with a phrase that reads as a value: the header lines are those above the first.
    static func holdsValue(_ pl: PhraseLine) -> Bool {
        pl.phrases.contains { p in looksLikeValue(p.words.map(\.text).joined(separator: " ")) }
    }

    /// Header words of adjacent columns set one space apart (`method method sterilization
    /// sterilization`, each word over its own column) come as one phrase crossing the
    /// columns' boundaries; a title centred over a group of columns (`Modern method`) does
    /// too. Told apart by geometry: in a header line (above the first line holding a
    /// value), a phrase is cut into its columns' words when every column it reaches gets
    /// words of its own (by their middles), each space where it is cut lies in the gutter
    /// of that boundary, the next line down has exactly one phrase under each piece, in its
    /// column, and each piece is aligned with that phrase (left, right or centred, as the
    /// column sets its text), and the line so cut fills at least half the table's columns —
    /// a line of column labels, not a few group titles over wide column groups (whose
    /// pieces sit wherever the title's centring puts them).
    static func splittingHeaderPhrases(_ lines: [PhraseLine], xs: [Double], gutters: [(a: Double, b: Double)]) -> [PhraseLine] {
        let count = xs.count - 1
        guard count >= 3, gutters.count == xs.count else { return lines }
        func column(_ x: Double) -> Int {
            var k = 0
            while k + 1 < count, x >= xs[k + 1] { k += 1 }
            return k
        }
        guard let body = lines.firstIndex(where: holdsValue), body > 0 else { return lines }
        var out = lines
        // Bottom up, so that the line under a header line is already cut into its labels.
        for i in (0..<body).reversed() where lines[i].isMulti {
            guard let below = out[(i + 1)...].first(where: \.isMulti) else { continue }
            var phrases: [Phrase] = []
            var cut = false
            for p in lines[i].phrases {
                let cols = p.words.map { column($0.box.midX) }
                guard let c0 = cols.first, let c1 = cols.last, c1 > c0 else { phrases.append(p); continue }
                var groups = Array(repeating: [Word](), count: c1 - c0 + 1)
                for (w, c) in zip(p.words, cols) { groups[c - c0].append(w) }
                let whole = groups.allSatisfy { !$0.isEmpty } && zip(groups, groups.dropFirst()).enumerated().allSatisfy { k, pair in
                    // The space between the two groups lies in the gutter of the boundary between them.
                    let gap = (a: pair.0.last!.box.x1, b: pair.1.first!.box.x0), g = gutters[c0 + k + 1]
                    return gap.b > gap.a && gap.a < g.b && gap.b > g.a
                }
                // Under a label, the line below has one phrase in the label's column; under
                // a group title, the group's several sub-labels (or values).
                let under = below.phrases.filter { $0.box.x1 > p.box.x0 && $0.box.x0 < p.box.x1 }
                let underCols = under.map { $0.column ?? column($0.box.midX) }
                guard whole, under.count == groups.count, Set(underCols) == Set(c0...c1) else { phrases.append(p); continue }
                // Each label stands over its column's phrase below as the column sets its
                // text (left, right or centred); pieces of a centred title do not.
                let tol = max(2, p.words[0].fontSize * 0.35)
                let aligned = groups.enumerated().allSatisfy { k, g in
                    guard let u = zip(under, underCols).first(where: { $0.1 == c0 + k })?.0 else { return false }
                    let a = (x0: g.first!.box.x0, x1: g.last!.box.x1)
                    return abs(a.x0 - u.box.x0) <= tol || abs(a.x1 - u.box.x1) <= tol
                        || abs((a.x0 + a.x1) / 2 - u.box.midX) <= tol
                }
                guard aligned else { phrases.append(p); continue }
                for (k, g) in groups.enumerated() {
                    phrases.append(Phrase(words: g, box: g.dropFirst().reduce(g[0].box) { $0.union($1.box) }, column: c0 + k))
                }
                cut = true
            }
            guard cut else { continue }
            let filled = Set(phrases.map { $0.column ?? column($0.box.midX) })
            if filled.count * 2 >= count { out[i].phrases = phrases }
        }
        return out
    }

    /// Short tokens that read as values in any language: numbers, amounts, percentages,
    /// dates, dashes.
    static func looksLikeValue(_ t: String) -> Bool {
        // 26 leading ASCII bytes other than CR are 25 Characters at least (only the last may
        // join a mark after it): too long either way, without reading the rest of a long text.
        var leading = 0
        for b in t.utf8 {
            guard b < 0x80 && b != 0x0D else { break }
            leading += 1
            if leading > 25 { return false }
        }
        if leading == t.utf8.count {
            // ASCII without CR (one Character a byte): the same counts, without property look-ups.
            guard !t.isEmpty, t.utf8.count <= 24 else { return false }
            let digits = t.utf8.filter { $0 >= 0x30 && $0 <= 0x39 }.count
            if digits == 0 { return t.utf8.count == 1 && (t.utf8.first == 0x2D || t.utf8.first == 0x78) }   // "-", "x"
            let letters = t.utf8.filter { $0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A }.count
            return digits >= letters * 2
        }
        // One pass over at most 25 Characters (a long text is not read to its end).
        guard !t.isEmpty else { return false }
        var digits = 0, letters = 0, characters = 0
        for c in t {
            characters += 1
            if characters > 24 { return false }
            if c.isNumberQuick { digits += 1 }
            if c.isLetterQuick { letters += 1 }
        }
        // ("-", "–", "—", "―", "x", "…" by the scalar's value: no other scalar equals one of
        // them under `==` (CellTokenFastPathTests), and comparing a tick or a cross in every
        // cell of a schedule with each of them was the cost.)
        if digits == 0 {
            guard t.isSingleScalar, let v = t.unicodeScalars.first?.value else { return false }
            switch v { case 0x2D, 0x2013, 0x2014, 0x2015, 0x78, 0x2026: return true; default: return false }
        }
        return digits >= letters * 2
    }

    static func median(_ v: [Double]) -> Double? {
        guard !v.isEmpty else { return nil }
        let s = v.sorted()
        return s[s.count / 2]
    }

    /// Groups placed lines into rows. A line starts a row unless it plainly continues the
    /// one above: it fills no value column and not the anchor (first) column — or the
    /// anchor and less than half the columns, closer to the line above than rows stand to
    /// each other — crosses no column boundary, and no rule lies between them. Text wrapped
    /// in several columns at once thus stays one row; two rows whose key cells both hold
    /// text never merge.
    static func rows(_ placed: [PlacedLine], rulings: [Ruling], box: Rect, fills: [Fill] = [],
                     zebra: [CellShading.ZebraFill] = []) -> [[PlacedLine]] {
        guard let first = placed.first else { return [] }
        let bands = CellShading.zebraBands(placed.map(\.line.line.box), rulings: rulings, fills: fills, box: box, continuing: zebra)
        let count = first.cols.count
        let fullCount = max(2, (count + 1) / 2)
        // Value columns: mostly value-like text where filled.
        let valueCols = Set((0..<count).filter { c in
            // (An empty column joins to "", which the filter drops: it is skipped before joining.)
            let texts = placed.compactMap { $0.cols[c].isEmpty ? nil : $0.cols[c].map(\.text).joined(separator: " ") }
                .filter { !$0.isEmpty }
            guard texts.count >= 2 else { return false }
            return texts.filter(looksLikeValue).count * 10 >= texts.count * 7
        })
        // The anchor: the first column holding text (in two lines at least). A numbering
        // column is sparse by nature, yet it is what starts a row.
        let anchor = (0..<count).first { c in placed.count(where: { !$0.cols[c].isEmpty }) >= 2 } ?? 0
        // Vertical spacing: gaps before full lines are row gaps; the smallest gaps are
        // line gaps inside a cell. Distinguishable only when they clearly differ.
        var gaps: [Double] = []
        var rowGaps: [Double] = []
        for (a, b) in zip(placed, placed.dropFirst()) {
            let g = b.line.line.box.y0 - a.line.line.box.y1
            gaps.append(g)
            if b.filledCount >= fullCount, a.filledCount >= fullCount { rowGaps.append(g) }
        }
        let lineGap = gaps.sorted().first ?? 0
        let rowGap = median(rowGaps) ?? lineGap
        let height = median(placed.map(\.line.line.box.height)) ?? 8
        let distinguishable = rowGap - lineGap > max(1.0, height * 0.25)
        let hrules = rulings.filter {
            $0.orientation == .horizontal && min($0.end, box.x1) - max($0.start, box.x0) >= box.width * 0.5
        }

        // How far each column's text reaches: a line that left room there for the next
        // line's first word ended its entry; the next line is not its wrap.
        // A wrapped line also filled most of its column's width.
        // (The extremes over every word of the column, in one pass each, without arrays per line.)
        var reach = [Double](repeating: 0, count: count), start = [Double](repeating: 0, count: count)
        for c in 0..<count {
            var hi: Double? = nil, lo: Double? = nil
            for line in placed {
                for w in line.cols[c] {
                    hi = hi.map { Swift.max($0, w.box.x1) } ?? w.box.x1
                    lo = lo.map { Swift.min($0, w.box.x0) } ?? w.box.x0
                }
            }
            reach[c] = hi ?? 0; start[c] = lo ?? 0
        }
        func wraps(_ line: PlacedLine, row: [PlacedLine]) -> Bool {
            line.filled.allSatisfy { c in
                guard let above = row.last(where: { !$0.cols[c].isEmpty }), let firstWord = line.cols[c].first,
                      let end = above.cols[c].map(\.box.x1).max(), let begin = above.cols[c].map(\.box.x0).min() else { return false }
                let space = max(2, firstWord.fontSize * 0.3)
                return reach[c] - end < firstWord.box.width + space && end - begin >= (reach[c] - start[c]) * 0.45
            }
        }
        var valueLines: [Int: Int] = [:]
        for (pl, b) in zip(placed, bands ?? []) where pl.filled.contains(where: valueCols.contains) { valueLines[b, default: 0] += 1 }
        let valueBands = Set(valueLines.filter { $0.value == 1 }.map(\.key))
        var out: [[PlacedLine]] = [[first]]
        for (i, (prev, line)) in zip(placed, placed.dropFirst()).enumerated() {
            // In a zebra-shaded table the bands are the rows: lines in one band are one row,
            // lines in two bands never are.
            // (Only a band with one line of values is a body row: a header band's lines stay
            // as read, how a header's lines stack is the header reader's matter; a band with
            // values on several lines holds several rows.)
            if let bands {
                if bands[i + 1] >= 0, valueBands.contains(bands[i + 1]) {
                    if bands[i] == bands[i + 1] { out[out.count - 1].append(line) } else { out.append([line]) }
                    continue
                }
            }
            let top = line.line.line.box.y0, bottom = prev.line.line.box.y1
            let ruled = hrules.contains { $0.position > bottom - 1 && $0.position < top + 1 }
            let filled = line.filled
            let gap = top - bottom
            let tight = distinguishable && gap < (lineGap + rowGap) / 2
            let loose = distinguishable && !tight
            var continues = false
            if !ruled, !filled.contains(where: valueCols.contains), line.spans.isEmpty {
                if filled.contains(anchor) {
                    continues = tight && filled.count < fullCount
                } else {
                    continues = !loose && wraps(line, row: out.last!)
                }
            }
            if continues { out[out.count - 1].append(line) } else { out.append([line]) }
        }
        return out
    }

    // MARK: step 5: the grid

    // MARK: step 0: page columns

    /// A page set in two columns (prose beside prose, a table in one of them) is read one
    /// column at a time: otherwise each line of the left column would be glued to the line
    /// beside it. A page column is a vertical channel free of words over at least half the
    /// text's height, crossed by at most three lines (titles), with running prose (lines of
    /// five words and more) on both sides. A table's own gutter has no prose beside it.
    static func pageColumns(_ words: [Word]) -> [[Word]] {
        guard words.count >= 40 else { return [words] }
        let lines = TextLines.lines(of: words)
        let x0 = words.map(\.box.x0).min()!, x1 = words.map(\.box.x1).max()!
        let y0 = words.map(\.box.y0).min()!, y1 = words.map(\.box.y1).max()!
        let width = x1 - x0
        guard width > 200 else { return [words] }
        let lo = Int(clampingFinite: x0 + width * 0.25), hi = Int(clampingFinite: x1 - width * 0.25)
        guard lo < hi else { return [words] }
        // Candidate channels: runs of x (a quarter of the text's width in from either side,
        // at least 4 pt wide) that at most three words cross, from a sweep over the words'
        // ends; each is then checked line by line at its middle.
        var events: [(x: Double, d: Int)] = []
        for w in words { events.append((w.box.x0, 1)); events.append((w.box.x1, -1)) }
        events.sort { ($0.x, $0.d) < ($1.x, $1.d) }
        var runs: [(a: Double, b: Double)] = []
        var level = 0, runStart: Double? = nil
        for (k, e) in events.enumerated() {
            level += e.d
            let next = k + 1 < events.count ? events[k + 1].x : x1
            if level <= 3 {
                if runStart == nil { runStart = e.x }
            } else if let a = runStart {
                runs.append((a, e.x)); runStart = nil
            }
            if k + 1 == events.count, let a = runStart { runs.append((a, next)) }
        }
        let loX = Double(lo), hiX = Double(hi)
        var clipped: [(a: Double, b: Double)] = []
        for r in runs {
            let a = max(r.a, loX), b = min(r.b, hiX)
            if b - a >= 4 { clipped.append((a, b)) }
        }
        clipped.sort { ($0.b - $0.a) > ($1.b - $1.a) }
        let candidates = clipped.prefix(40)
        var best: (x: Double, free: Double)? = nil
        for run in candidates {
            let cx = (run.a + run.b) / 2
            let crossing = lines.filter { l in l.words.contains { $0.box.x0 < cx && $0.box.x1 > cx } }
            if crossing.count <= 3 {
                // The longest vertical stretch no crossing line interrupts.
                var free = 0.0, last = y0
                for l in crossing.sorted(by: { $0.box.y0 < $1.box.y0 }) {
                    free = max(free, l.box.y0 - last); last = l.box.y1
                }
                free = max(free, y1 - last)
                if free >= (y1 - y0) * 0.5, best == nil || free > best!.free { best = (cx, free) }
            }
        }
        guard let channel = best?.x else { return [words] }
        // `!(<)` rather than `>=`: a word at NaN (hostile PDF) still lands in one column, not in none.
        let left = words.filter { $0.box.midX < channel }, right = words.filter { !($0.box.midX < channel) }
        func prose(_ ws: [Word]) -> Bool {
            let ls = TextLines.lines(of: ws)
            return ls.filter { $0.words.count >= 5 && phraseLines($0.words).first?.phrases.count == 1 }.count >= 5
        }
        guard prose(left), prose(right) else { return [words] }
        return [left, right]
    }

    func grids(on page: Page, words: [Word]) -> [PageGrid] {
        Self.pageColumns(words).flatMap { gridsInColumn(on: page, words: $0) }.sorted { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }
    }

    private func gridsInColumn(on page: Page, words: [Word]) -> [PageGrid] {
        let lines = Self.phraseLines(words)
        return Self.regions(lines, rulings: page.rulings).compactMap { grid(region: $0, page: page) }
    }

    /// Cells of rows of placed lines: a column's words of all the row's lines make its
    /// cell; a phrase crossing boundaries makes the cell span those columns, as far as no
    /// column it would swallow holds text of its own in that row.
    static func cells(_ rows: [[PlacedLine]], xs: [Double], page: Int) -> (cells: [[Cell]], origin: [[PageGrid.GridPos]]) {
        let count = xs.count - 1
        var cells = Array(repeating: Array(repeating: Cell.empty, count: count), count: rows.count)
        var origin = (0..<rows.count).map { r in (0..<count).map { PageGrid.GridPos(row: r, col: $0) } }
        for (r, row) in rows.enumerated() {
            var spanEnd = Array(0..<count)
            for line in row { for s in line.spans { spanEnd[s.c0] = max(spanEnd[s.c0], s.c1) } }
            var c = 0
            while c < count {
                var end = spanEnd[c]
                // A span may not swallow a column that has its own text in this row.
                var k = c + 1
                while k <= end {
                    if row.contains(where: { !$0.cols[k].isEmpty }) { end = k - 1; break }
                    k += 1
                }
                let ws = row.flatMap { $0.cols[c] }
                cells[r][c] = CellText.cell(from: ws, page: page, left: xs[c], right: xs[end + 1])
                if end > c { for k in (c + 1)...end { origin[r][k] = PageGrid.GridPos(row: r, col: c) } }
                c = end + 1
            }
        }
        return (cells, origin)
    }

    /// The grid of one region, or nil when it is not a table.
    func grid(region: Region, page: Page) -> PageGrid? {
        let (xs, gutters) = Self.columnsAndGutters(region, rulings: page.rulings)
        guard xs.count >= 3 else { return nil }
        let placed = Self.splittingHeaderPhrases(region.lines, xs: xs, gutters: gutters).map { Self.place($0, xs: xs) }
        let rows = Self.rows(placed, rulings: page.rulings, box: region.box, fills: page.shading, zebra: zebra)
        guard rows.count >= 2 else { return nil }
        let (cells, origin) = Self.cells(rows, xs: xs, page: page.number)
        let ys = rows.map { $0[0].line.line.box.y0 } + [rows.last!.flatMap { $0.line.phrases }.map(\.box.y1).max()!]
        let box = Rect(x0: xs.first!, y0: ys.first!, x1: xs.last!, y1: ys.last! + 1)
        var grid = PageGrid(page: page.number, box: box, xs: xs, ys: ys, cells: cells, origin: origin, borderless: true)
        grid = grid.droppingUnusedColumns()
        guard Self.isTable(grid) else { return nil }
        return grid
    }

    /// Not a table: fewer than two rows and two columns of text; two columns whose first
    /// holds only list markers (a numbered list) or the same few labels again and again (a
    /// form); columns that all hold running prose (a
    /// page set in two columns); a grid whose text sits mostly in one row or column.
    static func isTable(_ g: PageGrid) -> Bool {
        guard g.columnCount >= 2, g.rowCount >= 2 else { return false }
        func texts(col c: Int) -> [String] {
            (0..<g.rowCount).compactMap { r in
                let o = g.origin[r][c]
                guard o.row == r, o.col == c, !g.cells[r][c].isEmpty else { return nil }
                return g.cells[r][c].text
            }
        }
        let columnTexts = (0..<g.columnCount).map(texts)
        // Columns with text in at least two rows.
        let live = columnTexts.filter { $0.count >= 2 }
        guard live.count >= 2 else { return false }
        // Rows with text in at least two columns.
        let richRows = (0..<g.rowCount).filter { r in
            (0..<g.columnCount).filter { c in g.origin[r][c] == PageGrid.GridPos(row: r, col: c) && !g.cells[r][c].isEmpty }.count >= 2
        }
        guard richRows.count >= 2 else { return false }
        if g.columnCount == 2 || live.count == 2 {
            let firstCol = columnTexts.first { !$0.isEmpty } ?? []
            if firstCol.allSatisfy({ isListMarker($0) }) { return false }
            // Labels repeated down the first column (`Name: …`, `Position: …`, twice) make
            // a form, not a table.
            if Set(firstCol).count * 10 < firstCol.count * 7 { return false }
        }
        // Letters scattered one by one (text set at an angle, a stamp or a seal, read
        // glyph by glyph): most tokens a single letter, hardly one in ten a word of four.
        // (Counted cell by cell, on the bytes of ASCII cells: no array of tokens.)
        var tokenCount = 0, singles = 0, wordsOfFour = 0, cellsOfOne = 0, cellCount = 0
        for text in columnTexts.joined() {
            cellCount += 1
            if !Self.countASCIITokens(text, tokens: &tokenCount, singles: &singles, wordsOfFour: &wordsOfFour,
                                      cellsOfOne: &cellsOfOne) {
                let tokens = text.split(separator: " ")
                tokenCount += tokens.count
                singles += tokens.filter { $0.count == 1 && $0.first!.isLetterQuick }.count
                wordsOfFour += tokens.filter { Self.letterOrDigitCount($0) >= 4 }.count
                if text.count == 1 && text.first!.isLetterQuick { cellsOfOne += 1 }
            }
        }
        // (Letter-spaced words run long in their cells; scattered letters stand alone in many.)
        if tokenCount >= 6, singles * 2 >= tokenCount, wordsOfFour * 10 < tokenCount,
           cellsOfOne * 10 >= cellCount * 4 { return false }
        // Running prose: every column's cells are long runs of words.
        let prose = live.allSatisfy { col in
            let wc = col.map { $0.split(separator: " ").count }.sorted()
            return wc[wc.count / 2] >= 6
        }
        if prose { return false }
        return true
    }

    /// `isTable`'s counts for one ASCII cell (one Character a byte, `\r\n` aside, which is
    /// neither a letter nor a space): its space-separated tokens, those of one letter, those
    /// with four letters or digits, and whether the cell is one letter. False for other text.
    static func countASCIITokens(_ text: String, tokens: inout Int, singles: inout Int, wordsOfFour: inout Int,
                                 cellsOfOne: inout Int) -> Bool {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return false }
        func isLetter(_ b: UInt8) -> Bool { b | 0x20 >= 0x61 && b | 0x20 <= 0x7A }
        var length = 0, alnum = 0, first: UInt8 = 0, bytes = 0
        func endToken() {
            guard length > 0 else { return }
            tokens += 1
            if length == 1, isLetter(first) { singles += 1 }
            if alnum >= 4 { wordsOfFour += 1 }
            length = 0; alnum = 0
        }
        for b in text.utf8 {
            bytes += 1
            if b == 0x20 { endToken(); continue }
            if length == 0 { first = b }
            length += 1
            if (b >= 0x30 && b <= 0x39) || isLetter(b) { alnum += 1 }
        }
        endToken()
        if bytes == 1, isLetter(text.utf8.first!) { cellsOfOne += 1 }
        return true
    }

    /// Letters and digits in `token`; counted on the bytes when it is ASCII (a String built per
    /// token was ~2 % of a run).
    static func letterOrDigitCount(_ token: Substring) -> Int {
        guard token.utf8.allSatisfy({ $0 < 0x80 }) else { return token.filter { $0.isLetterQuick || $0.isNumberQuick }.count }
        return token.utf8.count(where: { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) })
    }

    /// `1.`, `a)`, `-`, `•`, `(iv)`: what starts the items of a list.
    static func isListMarker(_ s: String) -> Bool {
        let t = s.trimmingWhitespace()
        guard !t.isEmpty, t.hasAtMostCharacters(4) else { return false }
        // (One ASCII byte is "-", "*" or "o" by the byte; ASCII text equals ASCII text only.)
        if t.utf8.count == 1, let b = t.utf8.first { if b == 0x2D || b == 0x2A || b == 0x6F { return true } }
        else if t.isSingleScalar, let v = t.unicodeScalars.first?.value {
            // "•", "–", "·" (also U+0387, canonically `·`), "▪", "➢", "✓" by value (CellTokenFastPathTests).
            switch v { case 0x2022, 0x2013, 0xB7, 0x387, 0x25AA, 0x27A2, 0x2713: return true; default: break }
        }
        let core = t.trimmingASCII { "().:".utf8.contains($0) }
        guard core.count < t.count || core.count == 1 else { return false }
        return !core.isEmpty && (core.allSatisfy(\.isNumberQuick) || (core.count <= 3 && core.allSatisfy(\.isLetterQuick)))
    }
}
