import KinerjaModel
import Layout

extension PageGrid {
    /// Removes column boundaries that no row uses (every row's cell spans across them):
    /// such a boundary is a stray rule, and keeping it would give empty twin columns.
    func droppingUnusedColumns() -> PageGrid {
        guard columnCount > 1 else { return self }
        var keep: [Bool] = Array(repeating: true, count: columnCount)  // keep boundary after column c
        for c in 0..<(columnCount - 1) {
            var used = false
            for r in 0..<rowCount where origin[r][c] != origin[r][c + 1] { used = true; break }
            keep[c] = used
        }
        guard keep.dropLast().contains(false) else { return self }
        var colMap: [Int] = []   // old column -> new column
        var next = 0
        for c in 0..<columnCount { colMap.append(next); if keep[c] { next += 1 } }
        let newCols = next
        var xs2: [Double] = [xs[0]]
        for c in 0..<columnCount where keep[c] || c == columnCount - 1 { xs2.append(xs[c + 1]) }
        var cells2 = Array(repeating: Array(repeating: Cell.empty, count: newCols), count: rowCount)
        var origin2 = Array(repeating: Array(repeating: GridPos(row: 0, col: 0), count: newCols), count: rowCount)
        for r in 0..<rowCount {
            for c in 0..<columnCount {
                let o = origin[r][c]
                origin2[r][colMap[c]] = GridPos(row: o.row, col: colMap[o.col])
                if o.row == r, o.col == c { cells2[r][colMap[c]] = cells[r][c] }
            }
        }
        var g = self
        g.xs = xs2; g.cells = cells2; g.origin = origin2
        return g
    }

    /// Body rows from `start`: a row-spanning cell is carried onto every row it covers;
    /// a column-spanning cell keeps its text in its first column only.
    func bodyRows(from start: Int) -> [[Cell]] {
        guard start < rowCount else { return [] }
        return (start..<rowCount).map { r in
            (0..<columnCount).map { c in
                let o = origin[r][c]
                if o.col != c { return Cell.empty }
                var cell = cells[o.row][o.col]
                if o.row != r {
                    // A span that started in the header block is not body text.
                    if o.row < start { return Cell.empty }
                    cell.carried = true
                }
                return cell
            }
        }
    }
}

extension PageGrid {
    /// The first column in which some cell starts with text: where a row's entry begins.
    var anchorColumn: Int? {
        (0..<columnCount).first { c in
            (0..<rowCount).contains { r in origin[r][c] == GridPos(row: r, col: c) && !cells[r][c].isEmpty }
        }
    }

    /// A rule missed (or never drawn) between two entries must not merge them: a row whose
    /// anchor cell (the first column holding text) holds a second entry at its own baseline,
    /// beside a second value in another column that also holds a value on the row's first
    /// baseline, is split there. A wrapped cell (values only on its first line) and a
    /// stacked cell beside a single anchor entry are left alone.
    func splittingMergedEntries() -> PageGrid {
        guard !borderless, rowCount >= 1, columnCount >= 2 else { return self }
        guard let anchor = anchorColumn else { return self }
        var g = self
        var r = 0
        while r < g.rowCount {
            guard let split = g.entrySplit(row: r, anchor: anchor) else { r += 1; continue }
            g = g.splitting(row: r, at: split)
            r += 1
        }
        return g
    }

    /// A ruled row may hold several entries stacked line by line, with no rule between
    /// them: a measure column holds a value per line, and each value's line starts, at the
    /// same height, a line in another column (its label); or a numbered anchor column holds
    /// a second number. Each such line starts a row of its own. A wrapped cell (a value on
    /// its first line only) is left alone.
    func splittingStackedEntries() -> PageGrid {
        guard !borderless, rowCount >= 1, columnCount >= 2 else { return self }
        guard let anchor = anchorColumn else { return self }
        // The table's line pitch: read once, over the whole grid, as the rows cut off below
        // keep fewer wrapped lines to read it from.
        let pitches = (0..<rowCount).flatMap { r in (0..<columnCount).flatMap { c in
            origin[r][c] == GridPos(row: r, col: c) ? zip(cells[r][c].lines, cells[r][c].lines.dropFirst()).map { $1.top - $0.top } : []
        } }.filter { $0 > 0 }.sorted()
        // The tightest pitch that recurs (a wrapped line's), not the commonest: in a row of
        // one-line entries the entries' pitch outnumbers the wraps.
        let linePitch = pitches.first { p in pitches.filter { abs($0 - p) <= 1 }.count >= max(2, pitches.count / 10) } ?? 0
        var g = self
        var r = 0
        while r < g.rowCount {
            if let (y, measure) = g.stackSplit(row: r, anchor: anchor, linePitch: linePitch) {
                g = g.splitting(row: r, at: y, exact: measure, linePitch: linePitch)
            }
            r += 1
        }
        return g
    }

    /// The y where row `r` holds a second stacked entry, if it does.
    private func stackSplit(row r: Int, anchor: Int, linePitch: Double) -> (Double, Set<Int>)? {
        func own(_ c: Int) -> [CellLine] {
            origin[r][c] == GridPos(row: r, col: c) && rowSpan(r, c) == 1 ? cells[r][c].lines : []
        }
        let lines = (0..<columnCount).map(own)
        // Lines side by side: tops within a third of the line pitch (a value set in another
        // font size sits a few points off its label's top).
        let pitches = lines.flatMap { ls in zip(ls, ls.dropFirst()).map { $1.top - $0.top } }.filter { $0 > 0 }.sorted()
        let near = max(2.5, min(6, (pitches.isEmpty ? 0 : pitches[pitches.count / 4]) * 0.33))
        guard let first = lines.flatMap({ $0.map(\.top) }).min() else { return nil }
        // A value, or a number with its unit (`51.823 ton`); a line in brackets is an aside.
        func value(_ l: CellLine) -> Bool {
            if TextGrids.looksLikeValue(l.text) { return true }
            guard SpaceTokens.count(l.text, upTo: 3) <= 3, let head = SpaceTokens.first(l.text), let c = head.first,
                  c.isNumber || c == "-" || c == "+" else { return false }
            return TextGrids.looksLikeValue(String(head))
        }
        // Each line is judged once, by column and line (the checks below ask again and again).
        let valued: [[Bool]] = lines.map { $0.map(value) }
        // Measure columns of this row: two values or more, and mostly values.
        let measure = Set((0..<columnCount).filter { c in
            let values = valued[c].filter { $0 }.count
            return c != anchor && values >= 2 && values * 10 >= lines[c].count * 7
        })
        func marker(_ l: CellLine) -> Bool {
            TextGrids.isListMarker(String(SpaceTokens.first(l.text) ?? ""))
        }
        // A numbering column: its numbers start entries, and are cut exactly like values.
        let numberedAnchor = lines[anchor].first.map(marker) ?? false
        let exact = numberedAnchor ? measure.union([anchor]) : measure
        // A line at this height that starts a paragraph of its cell is an entry's label (the
        // wrapped line of a cell beside it does not count). An entry's label stands left of
        // its values: a line to their right (a currency, a unit beside each amount) qualifies
        // the value beside it and starts no entry.
        // A value may stand up to about half a line below its label's first line (set in a
        // smaller font, or lower in its cell).
        let below = max(near, linePitch * 0.6)
        // A cell whose first line stands clear below the row's first line starts an entry
        // there too, when more columns hold a value level with it than level with the row's
        // first line: what stands up there (a group's own figure, bold, beside its sasaran)
        // belongs to none of its lines. (A label centred in its row, beside values set at the
        // row's top, one of them wrapped, is one entry.)
        func valuesLevel(with y: Double) -> Int {
            (0..<columnCount).filter { c in zip(lines[c], valued[c]).contains { abs($0.top - y) <= near && $1 } }.count
        }
        // A column's paragraph starts are the same for every value asked about: read once.
        var columnStarts: [[Double]?] = Array(repeating: nil, count: columnCount)
        func labelStart(_ b: Double, leftOf value: Int?, from floor: Double) -> Double? {
            let starts = (0..<(value ?? columnCount)).flatMap { c -> [Double] in
                guard !exact.contains(c), !lines[c].isEmpty else { return [] }
                if let known = columnStarts[c] { return known }
                let paragraphs = cells[r][c].paragraphs
                let lowFirst = !paragraphs.isEmpty && paragraphs[0][0].top - first > below
                    && valuesLevel(with: paragraphs[0][0].top) > valuesLevel(with: first)
                let found = (lowFirst ? paragraphs[...] : paragraphs.dropFirst()).map { $0[0].top }
                columnStarts[c] = found
                return found
            }
            guard let p = starts.filter({ $0 >= floor && $0 <= b + near }).max() else { return nil }
            // A label further above than a third of a line must be clearly the value's
            // nearest (values drifting off their labels down a long list fit either).
            if b - p > near, starts.contains(where: { $0 != p && abs($0 - b) < (b - p) * 2 }) { return nil }
            return p
        }
        func labelled(_ b: Double, leftOf value: Int? = nil) -> Bool {
            labelStart(b, leftOf: value, from: b - below) != nil
        }
        // Values set beside their label's first line (two in three at least, a label's
        // paragraph may be misjudged): values set lower (beside a label's last line, or
        // centred) say nothing about where entries start.
        let topAligned = measure.allSatisfy { c in
            let later = zip(lines[c], valued[c]).filter { $1 && $0.top - first > below }
            return later.filter { labelled($0.0.top, leftOf: c) }.count * 3 >= later.count * 2
        }
        var candidates: [(top: Double, numbered: Bool, column: Int?)] = []
        for c in measure {
            candidates += zip(lines[c], valued[c]).filter { $1 && $0.top - first > below }.map { ($0.0.top, false, c) }
        }
        // (The first number counts too when it stands below the row's first line and the
        // column numbers more entries in this row: the lines above it are an entry without
        // a number of its own. A lone number, centred in a header, starts nothing.)
        if numberedAnchor {
            let numbers = lines[anchor].filter(marker)
            candidates += (numbers.count >= 2 ? numbers[...] : lines[anchor].dropFirst().filter(marker)[...])
                .filter { $0.top - first > near }.map { ($0.top, true, nil) }
        }
        for (b, numbered, column) in candidates.sorted(by: { $0.top < $1.top }) {
            let starting = (0..<columnCount).filter { c in lines[c].contains { abs($0.top - b) <= near } }
            // The entry's label: a paragraph starting beside the value, or, when its column
            // already holds a value higher up in this row (a measure cell holds one value), the
            // last paragraph started since that value (one value centred on a label of many
            // lines, among values set beside their labels' first lines). Where values are not
            // set so, only numbers cut (Interpretation reads the stacked cells).
            var label = numbered || topAligned ? labelStart(b, leftOf: column, from: b - below) : nil
            // (Values about a line apart are a cell of values stacked on their own lines, not
            // set beside their labels: they say nothing of where entries start.)
            if label == nil, topAligned, let c = column, let above = lines[c].indices.last(where: { valued[c][$0] && lines[c][$0].top < b - near }).map({ lines[c][$0] }),
               b - above.top > linePitch * 1.3 {
                label = labelStart(b, leftOf: c, from: above.top + near)
            }
            // The measure lines at this height must all be values (not a wrapped word beside them).
            guard label != nil,
                  numbered || measure.allSatisfy({ c in lines[c].indices.allSatisfy { abs(lines[c][$0].top - b) > near || valued[c][$0] } })
            else { continue }
            // Cut above the highest line of the entry: a value set a little lower than its
            // label must not leave the label in the entry above.
            let top = starting.flatMap { c in lines[c].filter { abs($0.top - b) <= near }.map(\.top) }.min() ?? b
            // A value's cut leaves the numbering column to its paragraphs, unless a number
            // stands beside the value (a goal's text wrapped beside its entries stays whole).
            let numberHere = lines[anchor].contains { marker($0) && abs($0.top - b) <= near }
            return (min(top, b, label ?? b) - 1, numbered || numberHere ? exact : measure)
        }
        return nil
    }

    /// The y where row `r` holds a second entry, if it does.
    private func entrySplit(row r: Int, anchor: Int) -> Double? {
        guard origin[r][anchor] == GridPos(row: r, col: anchor), rowSpan(r, anchor) == 1 else { return nil }
        let lines = cells[r][anchor].lines
        guard lines.count >= 2, let firstTop = lines.first?.top else { return nil }
        let near = 2.5
        for line in lines.dropFirst() where line.top - firstTop > near {
            let y = line.top
            let agrees = (0..<columnCount).contains { c in
                guard c != anchor, origin[r][c] == GridPos(row: r, col: c), rowSpan(r, c) == 1 else { return false }
                let ls = cells[r][c].lines
                let atFirst = ls.contains { abs($0.top - firstTop) <= near && TextGrids.looksLikeValue($0.text) }
                let atSplit = ls.contains { abs($0.top - y) <= near && TextGrids.looksLikeValue($0.text) }
                return atFirst && atSplit
            }
            if agrees { return y - 1 }
        }
        return nil
    }

    /// Row `r` cut in two at `y`: each cell of the row keeps its lines above `y`, the new
    /// row below gets the rest; cells spanning more rows than this one span the new row too.
    /// With `exact`, only those columns are cut at `y`; every other cell is cut at its
    /// first paragraph that starts at or below `y` (a wrapped cell beside stacked entries
    /// stays whole in the upper row).
    ///
    /// With `linePitch`, a line standing further below the one above it than a wrapped line
    /// does also starts a paragraph (a unit per entry, centred, one per line: the cell's own
    /// pitch cannot tell its paragraphs).
    private func splitting(row r: Int, at y: Double, exact: Set<Int>? = nil, linePitch: Double = 0) -> PageGrid {
        var g = self
        g.ys.insert(y, at: r + 1)
        var upper = cells[r], lower = Array(repeating: Cell.empty, count: columnCount)
        var lowerOrigin = origin[r]
        for c in 0..<columnCount {
            let o = origin[r][c]
            // A span from above, or one that runs on below, covers the new row too.
            guard o.row == r, rowSpan(r, o.col) == 1 else { continue }
            lowerOrigin[c] = GridPos(row: r + 1, col: o.col)
            guard o.col == c else { continue }
            let cell = cells[r][c]
            var cut = y
            if let exact, !exact.contains(c) {
                var starts = cell.paragraphs.map { $0[0].top }
                if linePitch > 0 {
                    starts += zip(cell.lines, cell.lines.dropFirst())
                        .filter { $1.top - $0.top > linePitch + max(1, linePitch * 0.12) }.map { $1.top }
                }
                cut = starts.filter { $0 >= y }.min() ?? .infinity
            }
            let above = cell.lines.filter { $0.top < cut }, below = cell.lines.filter { $0.top >= cut }
            func part(_ ls: [CellLine]) -> Cell {
                guard !ls.isEmpty else { return .empty }
                var p = cell
                p.lines = ls
                p.text = TextLines.joinCellLines(ls.map(\.text))
                return p
            }
            upper[c] = part(above)
            lower[c] = part(below)
        }
        g.cells[r] = upper
        g.cells.insert(lower, at: r + 1)
        g.origin.insert(lowerOrigin, at: r + 1)
        // Origins below point one row further down.
        for rr in (r + 2)..<g.rowCount {
            for c in 0..<columnCount where g.origin[rr][c].row > r {
                g.origin[rr][c].row += 1
            }
        }
        return g
    }
}

extension PageGrid {
    /// A grid read from the text inside a ruled box (`TableReader.refined`) may cut a ruled
    /// row into one row per text line (the text alone cannot tell a wrap from an entry). The
    /// rules can: in a ruled row holding one entry (at most one text row with text in the
    /// anchor column) and opening with an entry by shape (a number, a value), a text row opening
    /// no entry — nothing in the anchor column, no cell starting with a number, value or code —
    /// is the wrapped lines of the row above, and is joined into it. Ruled rows holding several
    /// entries are left to the splitting steps.
    func mergingWraps(withinRuledRows bands: [Double]) -> PageGrid {
        guard bands.count >= 3, rowCount >= 2, let anchor = anchorColumn else { return self }
        func band(_ r: Int) -> Int? {
            let y = (ys[r] + ys[r + 1]) / 2
            return (0..<(bands.count - 1)).first { y >= bands[$0] && y < bands[$0 + 1] }
        }
        func simple(_ r: Int) -> Bool { (0..<columnCount).allSatisfy { origin[r][$0] == GridPos(row: r, col: $0) } }
        var entries: [Int: Int] = [:]
        for r in 0..<rowCount where !cells[r][anchor].isEmpty && origin[r][anchor] == GridPos(row: r, col: anchor) {
            if let b = band(r) { entries[b, default: 0] += 1 }
        }
        // The ruled row must open with an entry by shape (a number, a value): a header band's
        // lines (`Medical &` / `Public` / `Health`) are left as they are.
        var opens: [Int: Bool] = [:]
        for r in 0..<rowCount {
            guard let b = band(r), opens[b] == nil else { continue }
            opens[b] = cells[r].contains { !$0.isEmpty && RowShape.startsEntry($0.text) }
        }
        var g = self
        for r in stride(from: rowCount - 1, through: 1, by: -1) {
            guard let b = band(r), band(r - 1) == b, entries[b, default: 0] <= 1, opens[b] == true, simple(r), simple(r - 1),
                  g.cells[r][anchor].isEmpty, !g.cells[r].contains(where: { !$0.isEmpty && RowShape.startsEntry($0.text) }),
                  g.cells[r].contains(where: { !$0.isEmpty }) else { continue }
            for c in 0..<columnCount where !g.cells[r][c].isEmpty {
                var cell = g.cells[r - 1][c]
                if cell.isEmpty { cell = g.cells[r][c] } else {
                    cell.lines += g.cells[r][c].lines
                    cell.text = TextLines.joinCellLines(cell.lines.map(\.text))
                }
                g.cells[r - 1][c] = cell
            }
            g.cells.remove(at: r)
            g.origin.remove(at: r)
            g.joinedAt.append(g.ys.remove(at: r))
            for rr in r..<g.rowCount {
                for c in 0..<columnCount where g.origin[rr][c].row > r - 1 { g.origin[rr][c].row -= 1 }
            }
        }
        return g
    }
}

extension PageGrid {
    /// A table drawn with column rules but none between its body rows comes as one tall
    /// ruled row holding many entries. Its rows come from the text lines, as in a rule-less
    /// table: a line holding values in two columns or more, beside a line that starts a
    /// paragraph of a text cell (a label, a unit), starts a row; a line without values (a
    /// wrapped label) continues its row. Only where the ruled row's first line holds such
    /// values too (values set lower, beside a label's last line, say nothing of where
    /// entries start), and only own cells count (a span decides nothing). Two entries whose
    /// key cells both hold text are thus never merged by a missing rule.
    func splittingTextRows() -> PageGrid {
        guard !borderless, rowCount >= 1, columnCount >= 3 else { return self }
        var g = self
        var r = 0
        while r < g.rowCount {
            // Cut from the bottom up: the upper part stays row `r` at every cut.
            let cuts = g.textRowSplits(row: r)
            for (y, exact) in cuts.reversed() { g = g.splitting(row: r, at: y, exact: exact) }
            r += cuts.count + 1
        }
        return g
    }

    /// The ys where the text rows after the first of ruled row `r` start, each with the
    /// columns cut exactly there: the measures, and text columns whose every line stands
    /// beside an entry's values (a unit per entry, centred so that its paragraphs cannot be
    /// told). Any other text column is cut where its next paragraph starts (a long cell
    /// wrapped down beside several entries stays whole).
    private func textRowSplits(row r: Int) -> [(Double, Set<Int>)] {
        let own: [[CellLine]] = (0..<columnCount).map { c in
            origin[r][c] == GridPos(row: r, col: c) && rowSpan(r, c) == 1 ? cells[r][c].lines : []
        }
        func isValue(_ l: CellLine) -> Bool { TextGrids.looksLikeValue(l.text) }
        // Columns holding values only: the measures. (Asked first: most rows have none, and
        // then nothing below is needed.)
        let measure = Set((0..<columnCount).filter { c in !own[c].isEmpty && own[c].allSatisfy(isValue) })
        guard measure.count >= 2 else { return [] }
        let all = own.enumerated().flatMap { c, ls in ls.map { (col: c, line: $0) } }.sorted { $0.line.top < $1.line.top }
        guard all.count >= 2 else { return [] }
        // Lines side by side: tops within under half the line pitch (values are often set
        // in another font size than their labels, a few points lower).
        let pitches = own.flatMap { ls in zip(ls, ls.dropFirst()).map { $1.top - $0.top } }.filter { $0 > 0 }.sorted()
        let near = max(2.5, min(6, (pitches.isEmpty ? 0 : pitches[pitches.count / 4]) * 0.45))
        // Paragraphs of the text cells (labels, units), by column.
        let paragraphs: [[[CellLine]]] = (0..<columnCount).map { c in
            measure.contains(c) || own[c].isEmpty ? [] : cells[r][c].paragraphs
        }
        func paragraphStart(_ c: Int, _ l: CellLine) -> Double? {
            paragraphs[c].first { p in p.contains { $0.top == l.top } }?[0].top
        }
        // Text lines across the columns: each line belongs to one band.
        var bands: [[(col: Int, line: CellLine)]] = []
        for e in all {
            if let t = bands.last?.first?.line.top, e.line.top - t <= near { bands[bands.count - 1].append(e) } else { bands.append([e]) }
        }
        func opensEntry(_ band: [(col: Int, line: CellLine)]) -> Bool {
            Set(band.filter { measure.contains($0.col) }.map(\.col)).count >= 2 &&
                band.contains { !measure.contains($0.col) && paragraphStart($0.col, $0.line) == $0.line.top }
        }
        // Lines of text alone above the first values (a goal, a group's label over its
        // measures) go with the first entry: they are its label's first lines.
        func holdsValues(_ band: [(col: Int, line: CellLine)]) -> Bool {
            Set(band.filter { measure.contains($0.col) }.map(\.col)).count >= 2
        }
        guard let first = bands.firstIndex(where: holdsValues), first == 0 ? opensEntry(bands[0]) : true else { return [] }
        let firstBand = bands[first]
        let entryBands = bands.filter(opensEntry)
        let perEntry = Set((0..<columnCount).filter { c in
            !measure.contains(c) && !own[c].isEmpty &&
                own[c].allSatisfy { l in entryBands.contains { b in b.contains { $0.col == c && $0.line.top == l.top } } }
        })
        // A label column beside every entry's values (set beside the label's first line, in a
        // column too narrow to tell its paragraphs by the room a line leaves) is cut there too.
        let valueBands = bands[first...].filter(holdsValues)
        let labels = Set((0..<columnCount).filter { c in
            !measure.contains(c) && valueBands.allSatisfy { b in b.contains { $0.col == c } }
        })
        let exact = measure.union(perEntry).union(first > 0 && valueBands.count >= 3 ? labels : [])
        var cuts: [(Double, Set<Int>)] = []
        var previousEnd = firstBand.map(\.line.top).max()!
        var held = Set(firstBand.filter { measure.contains($0.col) }.map(\.col))
        var lastEntry = held.count
        // Each measure column's latest line: a line of a few characters aligned with a far
        // longer one above is the rest of a value wrapped in its cell (`220.000.00` over `0`).
        var latest: [Int: CellLine] = [:]
        for e in bands[...first].joined() where measure.contains(e.col) { latest[e.col] = e.line }
        func wrapTail(_ e: (col: Int, line: CellLine)) -> Bool {
            guard let above = latest[e.col] else { return false }
            let n = e.line.text.count
            return n <= 3 && above.text.count >= 3 * n
                && (abs(e.line.x0 - above.x0) <= 1.5 || abs(e.line.x1 - above.x1) <= 1.5)
        }
        for band in bands.dropFirst(first + 1) {
            // A measure cell holds one value: values under ones the entry already holds are
            // the next entry's, whatever its label's paragraphs seem to say. When the row
            // opens with text alone, only that starts an entry (an entry's values set at
            // different heights, beside its label's last lines, are one entry).
            let values = Set(band.filter { measure.contains($0.col) && !wrapTail($0) }.map(\.col))
            for e in band where measure.contains(e.col) { latest[e.col] = e.line }
            // Values wrapped in their cells (`88,10/` over `100.000KH`) come with no label
            // line, or in fewer columns than the entry above holds.
            let again = values.count >= 2 && !values.isDisjoint(with: held) && band.contains { !measure.contains($0.col) }
                && values.count * 5 >= lastEntry * 4
            guard first > 0 ? again : opensEntry(band) else {
                held.formUnion(values); continue
            }
            held = values
            lastEntry = values.count
            // Above the entry's highest line: a label whose paragraph starts a line higher
            // than its values (values set between its lines) goes with them.
            var top = band.map(\.line.top).min()!
            for e in band where !measure.contains(e.col) {
                if let p = paragraphStart(e.col, e.line), p > previousEnd { top = min(top, p) }
            }
            cuts.append((top - 1, exact))
            previousEnd = band.map(\.line.top).max()!
        }
        return cuts
    }
}
