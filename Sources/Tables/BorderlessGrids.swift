import FoundationEssentials
import KinerjaModel
import Layout

/// Finds tables drawn without rules (or with only a line under the header) by text
/// alignment, where the hints know the header's words: a header line of such words fixes
/// the columns; body lines follow until a caption, narrative text or a large gap; a line
/// whose key cells (a column the hints say starts rows, or one of short values) are empty
/// continues the row above (LESSONS: wrapped text must not become extra rows). Without
/// hints nothing is found here: `TextGrids` finds the same tables by geometry alone.
struct BorderlessGrids {
    var hints: HeaderHints
    /// Body fills of a zebra table on a neighbouring page (see `CellShading.zebra`).
    var zebra: [CellShading.ZebraFill] = []

    func grids(on page: Page, words: [Word]) -> [PageGrid] {
        let lines = TextLines.lines(of: words)
        var grids: [PageGrid] = []
        var i = 0
        while i < lines.count {
            guard let (columns, headerEnd) = header(lines, from: i) else { i += 1; continue }
            if let (grid, end) = body(lines, header: lines[i..<headerEnd], columns: columns, page: page) {
                grids.append(grid)
                i = end
            } else {
                i = headerEnd
            }
        }
        return grids
    }

    /// A short token that reads as a measure: `100%`, `95`, `85,58`, `BB`, `WTP`, `-`.
    static func looksLikeValue(_ t: String) -> Bool {
        guard t.count <= 9 else { return false }
        if t.contains(where: \.isNumber) { return t.allSatisfy { $0.isNumber || ",.% ".contains($0) } }
        return t == "-" || (t.count <= 3 && t.allSatisfy(\.isUppercase))
    }

    /// A header: one or two lines whose words are mostly table vocabulary, in ≥ 3 phrases.
    /// A line of short labels under them (years, quarters, a unit in brackets) that sets
    /// two or more of its labels under one header phrase is the header's lowest level: the
    /// phrase is a group over a column per label (`REALISASI (%)` over 2014, 2015, 2016).
    private func header(_ lines: [TextLine], from i: Int) -> (columns: [(x0: Double, x1: Double, text: String)], end: Int)? {
        var end = i
        var words: [Word] = []
        var headerLines: [[Word]] = []
        while end < lines.count, end < i + 3 {
            let line = lines[end]
            if end > i, line.box.y0 - lines[end - 1].box.y1 > line.box.height { break }
            let ws = line.words
            let vocab = ws.filter { hints.isHeaderText($0.text) }.count
            guard vocab * 2 >= ws.count else { break }
            words += ws
            headerLines.append(ws)
            end += 1
        }
        guard end > i else { return nil }
        let phrases = Self.phrases(words)
        guard phrases.count >= 3, phrases.filter({ hints.isHeaderText($0.text) }).count >= 3 else { return nil }
        if end < lines.count, lines[end].box.y0 - lines[end - 1].box.y1 <= lines[end].box.height,
           let split = Self.splittingGroups(phrases, lines: headerLines, labels: labelPhrases(lines[end].words)) {
            return (split, end + 1)
        }
        return (phrases, end)
    }

    /// A line's words as short labels (years, quarters, units in brackets) set apart by more
    /// than a word space, or nil when any of them is something else.
    private func labelPhrases(_ words: [Word]) -> [(x0: Double, x1: Double, ws: [Word])]? {
        let groups = Self.grouped(words, gap: 0.6)
        guard groups.count >= 2 else { return nil }
        for g in groups {
            let t = g.ws.map(\.text).joined(separator: " ")
            let year = t.count == 4 && t.allSatisfy(\.isNumber) && (t.hasPrefix("19") || t.hasPrefix("20"))
            let unit = t.count <= 6 && t.hasPrefix("(") && t.hasSuffix(")") && !t.contains(where: \.isNumber)
            guard year || unit || hints.isSubLabel(t) else { return nil }
        }
        return groups
    }

    /// Header phrases with each one that has two or more of the labels under it cut into a
    /// column per label. A word over one label's column goes to it alone (`TARGET` and
    /// `CAPAIAN` set close, each over its own `(%)`); a line's phrase with a word over two
    /// labels is their group, read over each of them. Nil when no phrase is cut.
    static func splittingGroups(_ phrases: [(x0: Double, x1: Double, text: String)], lines: [[Word]],
                                labels: [(x0: Double, x1: Double, ws: [Word])]?) -> [(x0: Double, x1: Double, text: String)]? {
        guard let labels else { return nil }
        func overlaps(_ a0: Double, _ a1: Double, _ b0: Double, _ b1: Double) -> Bool { min(a1, b1) > max(a0, b0) }
        // Each label under the phrase it overlaps most.
        var under = Array(repeating: [Int](), count: phrases.count)
        for (k, l) in labels.enumerated() {
            let best = phrases.indices.max { a, b in
                (min(phrases[a].x1, l.x1) - max(phrases[a].x0, l.x0)) < (min(phrases[b].x1, l.x1) - max(phrases[b].x0, l.x0))
            }
            guard let best, overlaps(phrases[best].x0, phrases[best].x1, l.x0, l.x1) else { return nil }
            under[best].append(k)
        }
        guard under.contains(where: { $0.count >= 2 }) else { return nil }
        var out: [(x0: Double, x1: Double, text: String)] = []
        for (p, phrase) in phrases.enumerated() {
            let subs = under[p].map { labels[$0] }
            guard subs.count >= 2 else {
                // A single label under a phrase is its last line.
                out.append((phrase.x0, phrase.x1, TextLines.join([phrase.text] + subs.map { $0.ws.map(\.text).joined(separator: " ") })))
                continue
            }
            var columns: [[Word]] = subs.map(\.ws)
            var extent = subs.map { (x0: $0.x0, x1: $0.x1) }
            for line in lines {
                let inPhrase = line.filter { $0.box.midX >= phrase.x0 && $0.box.midX <= phrase.x1 }
                for group in grouped(inPhrase, gap: 1.2) {
                    let over = group.ws.map { w in subs.indices.filter { overlaps(w.box.x0, w.box.x1, subs[$0].x0, subs[$0].x1) } }
                    if over.contains(where: { $0.count >= 2 }) {
                        for c in subs.indices where overlaps(group.x0, group.x1, subs[c].x0, subs[c].x1) { columns[c] += group.ws }
                        continue
                    }
                    for (w, o) in zip(group.ws, over) {
                        let c = o.first ?? subs.indices.min { abs(subs[$0].x0 + subs[$0].x1 - w.box.x0 - w.box.x1) < abs(subs[$1].x0 + subs[$1].x1 - w.box.x0 - w.box.x1) }!
                        columns[c].append(w)
                        extent[c] = (min(extent[c].x0, w.box.x0), max(extent[c].x1, w.box.x1))
                    }
                }
            }
            for c in subs.indices {
                out.append((extent[c].x0, extent[c].x1, TextLines.join(TextLines.lines(of: columns[c]).map(\.text))))
            }
        }
        return out
    }

    /// Header words grouped into column phrases by horizontal gaps.
    static func phrases(_ words: [Word]) -> [(x0: Double, x1: Double, text: String)] {
        // Read each phrase line by line (words of one line may jitter vertically in a scan).
        grouped(words, gap: 1.2).map { p in (p.x0, p.x1, TextLines.join(TextLines.lines(of: p.ws).map(\.text))) }
    }

    /// Words grouped left to right while the gap to the next is under `gap` × its font size.
    static func grouped(_ words: [Word], gap: Double) -> [(x0: Double, x1: Double, ws: [Word])] {
        let sorted = words.sorted { $0.box.x0 < $1.box.x0 }
        var out: [(x0: Double, x1: Double, ws: [Word])] = []
        for w in sorted {
            if var last = out.last, w.box.x0 - last.x1 < max(w.fontSize, 6) * gap {
                last.x1 = max(last.x1, w.box.x1); last.ws.append(w); out[out.count - 1] = last
            } else {
                out.append((w.box.x0, w.box.x1, [w]))
            }
        }
        return out
    }

    /// The lines under a header up to a caption, a large gap, the next table header or a
    /// paragraph of running text.
    private func candidateBody(_ lines: [TextLine], after start: Int,
                               columns: [(x0: Double, x1: Double, text: String)]) -> [TextLine] {
        var out: [TextLine] = []
        // Per gap between neighbouring header phrases, the x-intervals every body line so
        // far leaves free there (the column gutter as the body draws it).
        var gutters: [[(a: Double, b: Double)]] = (1..<max(1, columns.count)).map { [(columns[$0 - 1].x1, columns[$0].x0)] }
        var j = start
        while j < lines.count {
            let line = lines[j]
            if hints.isCaption(line.text) { break }
            if let last = out.last ?? (j > 0 ? lines[j - 1] : nil),
               line.box.y0 - last.box.y1 > max(line.box.height, 8) * 2.5 { break }
            if !out.isEmpty, header(lines, from: j) != nil { break }
            // Running text under the table: two lines in a row that each cross every gutter
            // the body keeps free (one such line is a row spanning the columns).
            if !out.isEmpty, j + 1 < lines.count,
               Self.crossesEveryGutter(line, gutters), Self.crossesEveryGutter(lines[j + 1], gutters) { break }
            for k in gutters.indices {
                let free = gutters[k].flatMap { Self.free(line.words, in: $0) }
                if !free.isEmpty { gutters[k] = free }   // (else a cell spanning the gutter)
            }
            out.append(line)
            j += 1
        }
        return out
    }

    /// A line of prose (five words or more) whose words cover the middle of every gutter
    /// (of the widest interval left free in each gap between header phrases) within its
    /// extent, crossing all the gutters but at most one at the table's side (prose set
    /// narrower than a wide table).
    static func crossesEveryGutter(_ line: TextLine, _ gutters: [[(a: Double, b: Double)]]) -> Bool {
        guard !gutters.isEmpty, line.words.count >= 5 else { return false }
        var crossed = 0
        for g in gutters {
            guard let widest = g.max(by: { $0.b - $0.a < $1.b - $1.a }) else { return false }
            let mid = (widest.a + widest.b) / 2
            guard mid > line.box.x0, mid < line.box.x1 else { continue }
            guard line.words.contains(where: { $0.box.x0 <= mid && $0.box.x1 >= mid }) else { return false }
            crossed += 1
        }
        return crossed >= max(2, gutters.count - 1)
    }

    /// The parts (at least a point wide) of `gap` that `words` leave free.
    static func free(_ words: [Word], in gap: (a: Double, b: Double)) -> [(a: Double, b: Double)] {
        let spans = words.filter { $0.box.x1 > gap.a && $0.box.x0 < gap.b }.map { ($0.box.x0, $0.box.x1) }.sorted { $0.0 < $1.0 }
        var out: [(a: Double, b: Double)] = []
        var next = gap.a
        for (x0, x1) in spans {
            if x0 - next >= 1 { out.append((next, x0)) }
            next = max(next, x1)
        }
        if gap.b - next >= 1 { out.append((next, gap.b)) }
        return out
    }

    /// The middle of the widest x-interval in (lo, hi) that no body word covers.
    /// Works on the words' spans (sorted and merged), so the cost follows the number of
    /// words, not the distance between the phrases (a garbled page can put them 1e9 pt apart).
    /// Positions are measured in half points, as a ruler would, so ties break the same way.
    private func gutter(_ words: [Word], from lo: Double, to hi: Double) -> Double? {
        guard hi.isFinite, lo.isFinite, hi - lo > 1 else { return nil }
        let step = 0.5
        let n = ((hi - lo) / step).rounded(.towardZero)
        guard n > 0 else { return nil }
        // Covered half-point cells [a, b], inclusive, clamped to the interval.
        var spans: [(a: Double, b: Double)] = []
        for w in words where w.box.x1 > lo && w.box.x0 < hi {
            let a = max(0, ((w.box.x0 - lo) / step).rounded(.down))
            let b = min(n - 1, ((w.box.x1 - lo) / step).rounded(.down))
            if a <= b { spans.append((a, b)) }
        }
        spans.sort { $0.a < $1.a }
        var best: (start: Double, length: Double)? = nil
        func consider(_ start: Double, _ end: Double) {   // free cells [start, end)
            guard end > start else { return }
            if best == nil || end - start > best!.length { best = (start, end - start) }
        }
        var next = 0.0   // first cell not yet known to be covered
        for span in spans {
            consider(next, span.a)
            next = max(next, span.b + 1)
        }
        consider(next, n)
        guard let best, best.length * step >= 2 else { return nil }
        return lo + (best.start + best.length / 2) * step
    }

    private func body(_ lines: [TextLine], header: ArraySlice<TextLine>,
                      columns: [(x0: Double, x1: Double, text: String)], page: Page) -> (PageGrid, Int)? {
        // Column boundaries: in the gutter the body text leaves between neighbouring header
        // phrases (headers are often centred over left-aligned text), else halfway.
        let candidateLines = candidateBody(lines, after: header.endIndex, columns: columns)
        let bodyWords = candidateLines.flatMap(\.words)
        var xs: [Double] = [max(0, min(columns[0].x0, bodyWords.map(\.box.x0).min() ?? columns[0].x0) - 4)]
        for k in 1..<columns.count {
            xs.append(gutter(bodyWords, from: columns[k - 1].x1, to: columns[k].x0) ?? (columns[k - 1].x1 + columns[k].x0) / 2)
        }
        xs.append(min(page.width, max(columns.last!.x1, bodyWords.map(\.box.x1).max() ?? 0) + 4))
        // Rows start at a number or a measure. A measure column is named by its header, or
        // (when a scan garbled the header) known by its body: short value tokens, one a row.
        let valueColumns = columns.indices.filter { k in
            let inColumn = bodyWords.filter { $0.box.midX >= xs[k] && $0.box.midX < xs[k + 1] }
            guard !inColumn.isEmpty else { return false }
            return inColumn.filter { Self.looksLikeValue($0.text) }.count * 10 >= inColumn.count * 8
        }
        let keyColumns: Set<Int> = Set([0] + valueColumns + columns.indices.filter { hints.startsRow(columns[$0].text) })
        func column(of w: Word) -> Int {
            var k = 0
            while k + 1 < xs.count - 1, w.box.x0 >= xs[k + 1] - 2 { k += 1 }
            return k
        }
        // Rows told apart by zebra bands: the lines of one band are one row, of two bands never.
        let candidates = Array(header) + candidateLines
        let bandBox = Rect(x0: xs.first!, y0: header.first!.box.y0, x1: xs.last!,
                           y1: candidates.map(\.box.y1).max() ?? header.last!.box.y1)
        let bands = CellShading.zebraBands(candidates.map(\.box), rulings: page.rulings, fills: page.shading, box: bandBox, continuing: zebra)
        func band(_ j: Int) -> Int { bands.map { j - header.startIndex < $0.count ? $0[j - header.startIndex] : -1 } ?? -1 }
        let headerBands = Set(header.indices.map(band))
        var lastBand = -1
        var rows: [[[Word]]] = []
        var rowTops: [Double] = []
        var end = header.endIndex
        var lastBottom = header.last!.box.y1
        var j = header.endIndex
        while j < header.endIndex + candidateLines.count {
            let line = lines[j]
            if hints.isCaption(line.text) { break }
            if line.box.y0 - lastBottom > max(line.box.height, 8) * 2.5 { break }
            if self.header(lines, from: j) != nil { break }   // the next table starts
            // Narrative runs across column boundaries: a table line does not.
            if line.box.x1 > xs.last! + 10 || line.box.x0 < xs[0] - 10 { break }
            var cols = Array(repeating: [Word](), count: columns.count)
            for w in line.words { cols[column(of: w)].append(w) }
            let numbers = cols.map { $0.map(\.text).joined(separator: " ") }
            if rows.isEmpty, Headers.isColumnNumbers(numbers.filter { !$0.isEmpty }, columns: columns.count) {
                j += 1; lastBottom = line.box.y1; continue
            }
            // (Lines in the header's band are the header's, read as without bands.)
            let startsRow = bands != nil && band(j) >= 0 && !headerBands.contains(band(j)) ? rows.isEmpty || band(j) != lastBand
                                                         : rows.isEmpty || keyColumns.contains { !cols[$0].isEmpty }
            lastBand = band(j)
            if startsRow {
                rows.append(cols); rowTops.append(line.box.y0)
            } else {
                for k in cols.indices { rows[rows.count - 1][k] += cols[k] }
            }
            lastBottom = line.box.y1
            j += 1
            end = j
        }
        guard rows.count >= 1 else { return nil }
        let headerCells = columns.map { Cell(text: $0.text) }
        let bodyCells = rows.map { row in
            row.indices.map { k in CellText.cell(from: row[k], page: page.number, left: xs[k], right: xs[k + 1]) }
        }
        let cells = [headerCells] + bodyCells
        let ys = [header.first!.box.y0] + rowTops + [lastBottom]
        let origin = cells.indices.map { r in (0..<columns.count).map { PageGrid.GridPos(row: r, col: $0) } }
        let box = Rect(x0: xs.first!, y0: ys.first!, x1: xs.last!, y1: lastBottom + 1)
        return (PageGrid(page: page.number, box: box, xs: xs, ys: ys, cells: cells, origin: origin, borderless: true), end)
    }
}
