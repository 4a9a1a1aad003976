import FoundationEssentials
import KinerjaModel
import Layout

/// Pages in, tables out: finds the grids of every page, reads their headers, and stitches
/// a table that continues on the next page into one table (LESSONS: Docling stitched 0 of 12).
public struct TableReader: Sendable {
    /// Words of the documents' language that add confidence (header rows, captions); the
    /// tables themselves are found by geometry. `.none`: geometry only.
    public var hints: HeaderHints
    public init(hints: HeaderHints = .none) { self.hints = hints }

    /// One page's grids plus the text lines outside them (captions, narrative): what
    /// `pageTables(_:)` reads from one page alone, and `tables(in:reads:)` reads together.
    public struct PageTables: Sendable {
        var page: Page
        var grids: [PageGrid]
        var outside: [TextLine]
        /// Texts of this page's outside lines that are running headers or footers.
        var running: Set<String> = []
        /// Ruled grids read as two tables side by side: the grid's column edges and the x
        /// of the rule between the two.
        var sideBySide: [SideBySideSplit] = []
    }

    struct SideBySideSplit: Sendable {
        var xs: [Double]
        var at: Double
        /// The same frame: same outer edges, and the rule at `at` among its column edges.
        func fits(_ g: PageGrid) -> Bool {
            abs(g.xs.first! - xs.first!) < 3 && abs(g.xs.last! - xs.last!) < 3 && g.xs.contains { abs($0 - at) < 3 }
        }
    }

    /// Pages read, then a table continued over pages is read alike on every page: two
    /// tables side by side on one page are side by side on the pages before and after it
    /// that carry the same frame, even where a page's own rows cannot tell (too few values
    /// on one side).
    /// `reads`: the pages' own reads (`pageTables(_:)`), when already made.
    func readPages(_ pages: [Page], reads: [PageTables]? = nil) -> [PageTables] {
        var perPage = reads ?? pages.map { readPage($0) }
        var changed = true
        while changed {
            changed = false
            for i in perPage.indices {
                let neighbours = [i - 1, i + 1].filter { perPage.indices.contains($0) && abs(pages[$0].number - pages[i].number) == 1 }
                let own = perPage[i].sideBySide
                let hints = neighbours.flatMap { perPage[$0].sideBySide }.filter { h in
                    !own.contains { (o: SideBySideSplit) -> Bool in abs(o.at - h.at) < 3 && abs(o.xs[0] - h.xs[0]) < 3 }
                }
                guard !hints.isEmpty else { continue }
                let again = readPage(pages[i], splits: hints)
                if again.sideBySide.count > perPage[i].sideBySide.count { perPage[i] = again; changed = true }
            }
        }
        // A piece of a zebra-shaded table on a page next to a page that shows the zebra
        // (its own bands too few to show the alternation) is read with that page's fills.
        // (Only rule-less grids on pages with fills can be zebra: the header is read for those alone.)
        let zebra = perPage.map { pt in
            pt.grids.filter { $0.borderless && !pt.page.shading.isEmpty }.flatMap {
                CellShading.zebraFills($0, headerRows: Headers.headerRowCount($0, hints: hints),
                                                      rulings: pt.page.rulings, fills: pt.page.shading) }
        }
        guard zebra.contains(where: { !$0.isEmpty }) else { return perPage }
        for i in perPage.indices {
            let neighbours = [i - 1, i + 1].filter { perPage.indices.contains($0) && abs(pages[$0].number - pages[i].number) == 1 }
            let fills = neighbours.flatMap { zebra[$0] }.filter { z in pages[i].shading.contains { z.matches($0) } }
            guard !fills.isEmpty else { continue }
            // (With the side-by-side splits it was read with: its own and its neighbours'.)
            perPage[i] = readPage(pages[i], splits: perPage[i].sideBySide + neighbours.flatMap { perPage[$0].sideBySide }, zebra: fills)
        }
        return perPage
    }

    /// The step of `tables(in:)` that looks at one page alone: it depends on no other page,
    /// so a caller may run it on several threads, or on a page while the next is being read.
    public func pageTables(_ page: Page) -> PageTables {
        readPage(page)
    }

    public func tables(in pages: [Page]) -> [Table] {
        tables(in: pages, reads: pages.map { readPage($0) })
    }

    /// The tables of the pages, from each page's own read (`reads[i] == pageTables(pages[i])`):
    /// what neighbouring pages tell (side-by-side frames, zebra shading, running lines) and
    /// tables continued over pages are read here.
    public func tables(in pages: [Page], reads: [PageTables]) -> [Table] {
        precondition(reads.count == pages.count, "one read per page")
        let perPage = Self.markingRunningLines(readPages(pages, reads: reads))
        var building: [(table: Table, headerKey: [String], xs: [Double], lastBox: Rect, lastPage: Int, topRows: [[String]])] = []
        for (index, pt) in perPage.enumerated() {
            for (gi, grid) in pt.grids.enumerated() {
                let headerCount = Headers.headerRowCount(grid, hints: hints)
                var bodyStart = headerCount
                if bodyStart < grid.rowCount, Headers.isColumnNumberRow(grid, row: bodyStart) { bodyStart += 1 }
                let columns = Headers.columns(grid, headerRows: headerCount)
                let headerKey = columns.map { HeaderText.fold($0.header) }
                var (rows, kept) = Self.withoutColumnNumbersKeeping(grid.bodyRows(from: bodyStart), columns: grid.columnCount)
                var spans = Self.spans(grid, bodyStart: bodyStart, kept: kept)
                var rowPages = Array(repeating: grid.page, count: rows.count)

                // Continuation of the previous table?
                // (A piece of a side-by-side pair continues the piece in the same place.)
                let previous = gi == 0 && pt.sideBySide.isEmpty ? building.indices.last
                    : building.indices.last { abs(building[$0].lastBox.x0 - grid.box.x0) < 3 && abs(building[$0].lastBox.x1 - grid.box.x1) < 3 }
                if gi == 0 || !pt.sideBySide.isEmpty, index > 0, let k = previous, var last = Optional(building[k]),
                   last.lastPage == pt.page.number - 1,
                   endsPage(perPage[index - 1], box: last.lastBox),
                   startsPage(pt, box: grid.box),
                   // (A continuation with no header lacking a sliver column of the table: laid out on the table's columns.)
                   let cover = Optional(headerCount == 0 ? TableContinuation.columnCover(table: last.xs, continuation: grid.xs,
                       tolerance: pt.page.source == .ocr || grid.borderless ? 15 : 6, sliver: 12) : nil),
                   // (The mirror: a continuation with a sliver column the table lacks.)
                   // (Not when it opens with a band across the whole frame: another table's title.)
                   let narrowing = Optional(headerCount == 0 && cover == nil && grid.colSpan(0, 0) < grid.columnCount ? TableContinuation.columnCover(table: grid.xs, continuation: last.xs,
                       tolerance: pt.page.source == .ocr || grid.borderless ? 15 : 6, sliver: 12) : nil),
                   cover != nil || narrowing != nil || compatible(last.xs, grid.xs, lastHeader: last.headerKey, header: headerKey, headerCount: headerCount,
                              loose: pt.page.source == .ocr || grid.borderless) {
                    // Top rows repeating the table's own top rows, text for text (a header repeated
                    // on the new page that was not read as a header), are not body.
                    let repeated = Self.repeatedTopRows(grid, of: last.topRows)
                    if repeated > bodyStart {
                        var from = repeated
                        if from < grid.rowCount, Headers.isColumnNumberRow(grid, row: from) { from += 1 }
                        (rows, kept) = Self.withoutColumnNumbersKeeping(grid.bodyRows(from: from), columns: grid.columnCount)
                        spans = Self.spans(grid, bodyStart: from, kept: kept)
                        rowPages = Array(repeating: grid.page, count: rows.count)
                    }
                    if let cover { (rows, spans) = TableContinuation.widened(rows, spans: spans, cover: cover, width: last.xs.count - 1) }
                    if let narrowing { (rows, spans) = TableContinuation.narrowed(rows, spans: spans, cover: narrowing) }
                    // Top rows taken for a header that repeat none of the table's header and hold
                    // values (`0`, `-`, `6.900.000`) are the continuation's first body rows.
                    if headerCount > 0, repeated == 0, !Self.repeatsHeader(last.headerKey, headerKey),
                       Self.holdsValues(grid, rows: 0..<headerCount, hints: hints) {
                        (rows, kept) = Self.withoutColumnNumbersKeeping(grid.bodyRows(from: 0), columns: grid.columnCount)
                        spans = Self.spans(grid, bodyStart: 0, kept: kept)
                        rowPages = Array(repeating: grid.page, count: rows.count)
                    }
                    if !rows.isEmpty { last.table.segmentStarts.append(last.table.rows.count) }
                    let offset = last.table.rows.count
                    last.table.spans += spans.map {
                        Table.Span(row0: $0.row0 + offset, col0: $0.col0, row1: $0.row1 + offset, col1: $0.col1)
                    }
                    last.table.rows += rows
                    last.table.rowPages += rowPages
                    last.table.pages.append(grid.page)
                    last.lastBox = grid.box
                    last.lastPage = grid.page
                    if cover == nil, narrowing == nil { last.xs = grid.xs }
                    building[k] = last
                    continue
                }
                var caption = captionBelow(pt, box: grid.box) ?? captionAbove(pt, box: grid.box)
                // A caption left at the foot of the previous page, before a table that opens this one.
                if caption == nil, gi == 0, index > 0, startsPage(pt, box: grid.box) {
                    caption = captionAtPageEnd(perPage[index - 1])
                }
                var table = Table(id: "", pages: [grid.page], caption: caption, columns: columns,
                                  rows: rows, rowPages: rowPages)
                table.borderless = grid.borderless
                table.spans = spans
                building.append((table, headerKey, grid.xs, grid.box, grid.page, Self.topRows(grid)))
            }
        }
        // A stitched table's caption usually sits under its last part.
        return building.enumerated().map { i, b in
            var t = b.table
            t.id = "t\(i + 1)"
            // Rows cut by wrapping or by the page break, joined by shape (no meaning needed).
            if t.borderless { t = WrappedRows.joined(t) }
            t = TableContinuation.joined(t)
            t.spans.sort { ($0.row0, $0.col0) < ($1.row0, $1.col0) }
            if t.caption == nil, let lastPage = perPage.first(where: { $0.page.number == b.lastPage }) {
                t.caption = captionBelow(lastPage, box: b.lastBox)
            }
            return t
        }
    }

    /// Every merged cell of the grid's body (rows from `bodyStart`), in the coordinates of
    /// the kept body rows: row spans and column spans, inclusive. A span that starts in the
    /// header block is not body text (its copies are empty), so it is not listed.
    static func spans(_ grid: PageGrid, bodyStart: Int, kept: [Int]) -> [Table.Span] {
        var out: [Table.Span] = []
        for r in bodyStart..<max(bodyStart, grid.rowCount) {
            for c in 0..<grid.columnCount where grid.origin[r][c] == PageGrid.GridPos(row: r, col: c) {
                let rs = grid.rowSpan(r, c), cs = grid.colSpan(r, c)
                guard rs > 1 || cs > 1 else { continue }
                // Body-row indices this span covers, among the rows kept.
                let covered = kept.indices.filter { kept[$0] >= r - bodyStart && kept[$0] <= r - bodyStart + rs - 1 }
                guard let first = covered.first, let last = covered.last, last > first || cs > 1 else { continue }
                out.append(Table.Span(row0: first, col0: c, row1: last, col1: c + cs - 1))
            }
        }
        return out
    }

    /// Column-number rows (`1 2 3 …`, `(1) (2) …`) are never data, wherever they stand (a
    /// repeated header on a later page brings one). When a missed rule glued one onto the
    /// row below (scans), its first lines are taken off the cells.
    static func withoutColumnNumbers(_ rows: [[Cell]], columns: Int) -> [[Cell]] {
        withoutColumnNumbersKeeping(rows, columns: columns).rows
    }

    /// The same, with the indices of the rows kept.
    static func withoutColumnNumbersKeeping(_ rows: [[Cell]], columns: Int) -> (rows: [[Cell]], kept: [Int]) {
        let out: [(Int, [Cell])] = rows.enumerated().compactMap { index, row in
            strippingColumnNumbers(row, columns: columns).map { (index, $0) }
        }
        return (out.map(\.1), out.map(\.0))
    }

    private static func strippingColumnNumbers(_ row: [Cell], columns: Int) -> [Cell]? {
        let texts = row.filter { !$0.isEmpty }.map(\.text)
        if Headers.isColumnNumbers(texts, columns: columns) { return nil }
        let firstLines = row.compactMap { $0.lines.first?.text }
        guard row.contains(where: { $0.lines.count > 1 }),
              Headers.isColumnNumbers(firstLines, columns: columns) else { return row }
        let stripped = row.map { cell -> Cell in
            guard !cell.lines.isEmpty else { return cell }
            var c = cell
            c.lines.removeFirst()
            c.text = TextLines.joinCellLines(c.lines.map(\.text))
            return c
        }
        return stripped.allSatisfy(\.isEmpty) ? nil : stripped
    }

    /// The final grids of one page (ruled, refined partial grids, rule-less), top to
    /// bottom: what `tables(in:)` reads headers from and stitches. For `inspect`.
    public func pageGrids(_ page: Page) -> [PageGrid] {
        readPage(page).grids
    }

    func readPage(_ page: Page, splits splitHints: [SideBySideSplit] = [], zebra: [CellShading.ZebraFill] = []) -> PageTables {
        // Letters set on a slant (a watermark's) are in no table.
        if page.words.contains(where: { $0.slanted }) {
            var upright = page
            upright.words.removeAll { $0.slanted }
            return readPage(upright, splits: splitHints, zebra: zebra)
        }
        // A ruled box whose text sits in one column (a framed note, a shaded band, a
        // letterhead box) is not a table. A ruled piece with a single row is kept: a table
        // cut by the page break may leave only its header at the foot of a page.
        // Two tables side by side in one ruled frame are read apart.
        var sideBySide: [SideBySideSplit] = []
        var ruled: [PageGrid] = []
        for g in RuledGrids().grids(on: page).map({ $0.droppingUnusedColumns() }) {
            if let parts = g.splittingSideBySide() ?? splitHints.first(where: { $0.fits(g) }).flatMap({ g.splitting(atColumnEdge: $0.at) }) {
                sideBySide.append(SideBySideSplit(xs: g.xs, at: parts[1].xs[0]))
                ruled += parts
            } else {
                ruled.append(g)
            }
        }
        var grids = ruled
            .map { Self.refined($0, page: page).splittingTextRows().splittingMergedEntries().splittingStackedEntries() }
            .filter { g in
                (0..<g.columnCount).filter { c in (0..<g.rowCount).contains { r in
                    g.origin[r][c] == PageGrid.GridPos(row: r, col: c) && !g.cells[r][c].isEmpty
                } }.count >= 2
            }
        // Row labels left of a frame drawn around the figures only.
        grids = grids.map { g in RowLabels.withLabels(g, words: page.words.filter { w in !grids.contains { Self.inside(w.box, $0.box) } }) }
        // A row boxed apart under its table (a totals row) is that table's last row.
        grids = TrailingRows.joined(grids, words: page.words.filter { w in !grids.contains { Self.inside(w.box, $0.box) } })
        var outsideWords = page.words.filter { w in !grids.contains { Self.inside(w.box, $0.box) } }
        // Without rules: a header the hints recognise fixes the columns first (it is the
        // surer reading of these documents' own tables); everything else is found by text
        // geometry alone, in any language.
        var finders: [([Word]) -> [PageGrid]] = [{ TextGrids(zebra: zebra).grids(on: page, words: $0) }]
        if hints.knowsWords { finders.insert({ [hints] in BorderlessGrids(hints: hints, zebra: zebra).grids(on: page, words: $0) }, at: 0) }
        for finder in finders {
            // Labels around and inside a chart line up like a table; they are not one.
            let borderless = finder(outsideWords).filter { !ChartAreas.crossesInside($0.box, charts: page.charts) }
            guard !borderless.isEmpty else { continue }
            grids = (grids + borderless).sorted { $0.box.y0 < $1.box.y0 }
            outsideWords = outsideWords.filter { w in !borderless.contains { Self.inside(w.box, $0.box) } }
        }
        // A header drawn unlike its body comes as two pieces: one table.
        grids = StackedPieces.joined(grids, page: page)
        // A source or notes line under a table's drawing is not its last row.
        grids = grids.map { g in
            let (kept, freed) = NotesBelow.split(g, page: page)
            outsideWords += freed.filter { w in !outsideWords.contains(w) }
            return kept
        }
        grids = grids.map { CellShading.marked($0, fills: page.shading) }
        return PageTables(page: page, grids: grids, outside: TextLines.lines(of: outsideWords), sideBySide: sideBySide)
    }

    /// A partial grid (an outer box and a header, vertical rules only, rules lost in the
    /// body) holds several text rows in one ruled row: then the text inside the box, read
    /// by alignment with the rules as hints, gives the table.
    static func refined(_ grid: PageGrid, page: Page) -> PageGrid {
        let words = page.words.filter { inside($0.box, grid.box) }
        let lines = TextGrids.phraseLines(words)
        guard lines.filter(\.isMulti).count >= 3,
              var text = TextGrids().grid(region: TextGrids.Region(lines: lines), page: page) else { return grid }
        // A box around text set in columns (rules only around it) is that text's table.
        if grid.columnCount == 1, text.columnCount >= 2 {
            text.box = text.box.union(grid.box)
            text.borderless = false
            return text.mergingWraps(withinRuledRows: grid.ys).joiningChainedRows(withinRuledRows: grid.ys)
        }
        if lostColumnRules(grid, text: text) {
            text.box = text.box.union(grid.box)
            text.borderless = false
            return keepingRuledSpans(text.mergingWraps(withinRuledRows: grid.ys).joiningChainedRows(withinRuledRows: grid.ys),
                                     ruled: grid)
        }
        // The anchor column of the text grid: the first one with text; it must hold text in most rows.
        func starts(_ r: Int, _ c: Int) -> Bool {
            text.origin[r][c] == PageGrid.GridPos(row: r, col: c) && !text.cells[r][c].isEmpty
        }
        guard let anchor = (0..<text.columnCount).first(where: { c in (0..<text.rowCount).contains { starts($0, c) } }),
              (0..<text.rowCount).filter({ starts($0, anchor) }).count * 2 >= text.rowCount else { return grid }
        // Entries (anchor text beside a value) per ruled row: when one ruled row holds most of them,
        // the body has no rules (a few stacked entries in a ruled table are not that:
        // Interpretation splits stacked cells).
        var perRuledRow = [Int](repeating: 0, count: grid.rowCount)
        for r in 0..<text.rowCount where starts(r, anchor) && (0..<text.columnCount).contains(where: { c in
            c != anchor && starts(r, c) && TextGrids.looksLikeValue(text.cells[r][c].text)
        }) {
            let y = text.ys[r] + 1
            if let k = (0..<grid.rowCount).first(where: { y >= grid.ys[$0] && y < grid.ys[$0 + 1] }) { perRuledRow[k] += 1 }
        }
        let all = perRuledRow.reduce(0, +)
        let crowded = perRuledRow.max() ?? 0
        guard crowded * 2 >= all, crowded >= 4, text.columnCount >= grid.columnCount else { return grid }
        text.box = text.box.union(grid.box)
        text.borderless = false
        return text.mergingWraps(withinRuledRows: grid.ys).joiningChainedRows(withinRuledRows: grid.ys)
    }

    /// The ruled rows are kept when a grid is re-read from its text for a lost column rule;
    /// so are its merged cells. A ruled cell spanning several ruled rows (a sasaran beside
    /// two indicators, the rule between them drawn across the indicator columns only) is one
    /// cell: the text rows inside it (one to each ruled row), in a column of the text grid
    /// that lies within it, are joined into one cell spanning them, when its text runs on
    /// from piece to piece. (Cut at the indicators' rule, its last lines would
    /// read as a second sasaran.)
    static func keepingRuledSpans(_ text: PageGrid, ruled: PageGrid) -> PageGrid {
        var g = text
        for r0 in 0..<ruled.rowCount {
            for c0 in 0..<ruled.columnCount where ruled.origin[r0][c0] == PageGrid.GridPos(row: r0, col: c0) {
                let rs = ruled.rowSpan(r0, c0), cs = ruled.colSpan(r0, c0)
                // (Not from the top row: a header cell whose rule below was lost in a scan.)
                guard rs > 1, r0 > 0 else { continue }
                // The rules between its rows are drawn across the other columns, most of them:
                // a row boundary that no column draws is no entry's edge.
                guard ((r0 + 1)..<(r0 + rs)).allSatisfy({ k in
                    let drawn = (0..<ruled.columnCount).filter { ruled.origin[k][$0].row == k }.count
                    return drawn >= 2 && drawn * 2 >= ruled.columnCount
                }) else { continue }
                let x0 = ruled.xs[c0], x1 = ruled.xs[c0 + cs], y0 = ruled.ys[r0], y1 = ruled.ys[r0 + rs]
                let rows = (0..<g.rowCount).filter { r in
                    let mid = (g.ys[r] + g.ys[r + 1]) / 2
                    return mid > y0 && mid < y1
                }
                guard rows.count >= 2, let first = rows.first, rows.last! - first == rows.count - 1 else { continue }
                // One text row to each ruled row it spans: the ruled rows are the entries. (Where
                // a ruled row holds several text rows, row rules were lost: nothing to keep.)
                let oneEach = (r0..<(r0 + rs)).allSatisfy { k in
                    rows.filter { r in
                        let mid = (g.ys[r] + g.ys[r + 1]) / 2
                        return mid > ruled.ys[k] && mid < ruled.ys[k + 1]
                    }.count == 1
                }
                guard oneEach else { continue }
                for c in 0..<g.columnCount where g.xs[c] >= x0 - 3 && g.xs[c + 1] <= x1 + 3 {
                    // Only cells of their own (no span the text grid made) are joined.
                    let pieces = rows.map { g.cells[$0][c] }.filter { !$0.isEmpty }
                    guard rows.allSatisfy({ g.origin[$0][c] == PageGrid.GridPos(row: $0, col: c) && g.colSpan($0, c) == 1 }),
                          pieces.count >= 2 else { continue }
                    // Each piece goes on with the text above it: the line above was cut (no room
                    // left for this word) or this one opens in lower case. A piece that could have
                    // stood on the line above opens an entry of its own (a rule missed in a scan
                    // makes a span that the text does not).
                    guard zip(pieces, pieces.dropFirst()).allSatisfy({ above, piece in
                        RowShape.wasCut(above, before: piece) || piece.text.first?.isLowercase == true
                    }) else { continue }
                    let lines = rows.flatMap { g.cells[$0][c].lines }
                    var cell = g.cells[first][c]
                    if cell.isEmpty, let own = rows.first(where: { !g.cells[$0][c].isEmpty }) { cell = g.cells[own][c] }
                    cell.lines = lines
                    cell.text = TextLines.joinCellLines(lines.map(\.text))
                    cell.confidence = rows.compactMap { g.cells[$0][c].confidence }.min()
                    g.cells[first][c] = cell
                    for r in rows.dropFirst() {
                        g.cells[r][c] = .empty
                        g.origin[r][c] = PageGrid.GridPos(row: first, col: c)
                    }
                }
            }
        }
        return g
    }

    /// Column rules lost (or never drawn) inside a ruled grid: a gutter of the text that
    /// falls well inside ruled cells, with different text on both sides, in most rows (not
    /// a currency sign before every amount: the same text row after row does not count).
    static func lostColumnRules(_ grid: PageGrid, text: PageGrid) -> Bool {
        func starts(_ r: Int, _ c: Int) -> Bool {
            text.origin[r][c] == PageGrid.GridPos(row: r, col: c) && !text.cells[r][c].isEmpty
        }
        let rowsWithText = (0..<text.rowCount).filter { r in (0..<text.columnCount).filter { starts(r, $0) }.count >= 2 }
        guard rowsWithText.count >= 3, text.columnCount > grid.columnCount else { return false }
        for k in 1..<text.columnCount {
            let x = text.xs[k]
            func insideRuledCell(_ r: Int) -> Bool {
                let y = (text.ys[r] + text.ys[r + 1]) / 2
                guard let gr = (0..<grid.rowCount).first(where: { y >= grid.ys[$0] && y < grid.ys[$0 + 1] }),
                      let gc = (0..<grid.columnCount).first(where: { x >= grid.xs[$0] && x < grid.xs[$0 + 1] }) else { return false }
                let o = grid.origin[gr][gc]
                return x > grid.xs[o.col] + 3 && x < grid.xs[o.col + grid.colSpan(o.row, o.col)] - 3
            }
            let both = rowsWithText.filter { starts($0, k - 1) && starts($0, k) && insideRuledCell($0) }
            guard both.count * 2 >= rowsWithText.count else { continue }
            // (Two entries in one ruled row: row rules were lost too, the text's reading is the surer.)
            func ruledRow(_ r: Int) -> Int {
                let y = (text.ys[r] + text.ys[r + 1]) / 2
                return grid.ys.lastIndex { $0 <= y } ?? -1
            }
            let rowsLost = zip(both, both.dropFirst()).contains { ruledRow($0) == ruledRow($1) }
            switch rowsLost ? .split : heading(grid, across: x) {
            case .one: continue
            case .split: break
            case .unknown:
                // A code hanging before its text: one line left of the gutter, its text going on
                // for more lines right of it, in most rows.
                let hanging = both.filter { r in text.cells[r][k - 1].lines.count == 1 && text.cells[r][k].lines.count >= 2 }
                if hanging.count * 2 > both.count { continue }
            }
            let left = Set(both.map { text.cells[$0][k - 1].text }), right = Set(both.map { text.cells[$0][k].text })
            if left.count * 2 >= both.count, right.count * 2 >= both.count { return true }
        }
        return false
    }

    enum Heading { case one, split, unknown }

    /// What the top text of the ruled column around a text gutter says of it: one text
    /// centred over the whole ruled cell, wholly on one side of the gutter, heads one column
    /// (its text set in two: a code hanging before its text); texts on either side, none
    /// across it, head a column each (a lost rule leaves a heading on either side of it).
    static func heading(_ grid: PageGrid, across x: Double) -> Heading {
        guard let gc = (0..<grid.columnCount).first(where: { x >= grid.xs[$0] && x < grid.xs[$0 + 1] }) else { return .unknown }
        for gr in 0..<grid.rowCount {
            let o = grid.origin[gr][gc]
            let cell = grid.cells[o.row][o.col]
            guard !cell.lines.isEmpty else { continue }
            let left = grid.xs[o.col], right = grid.xs[o.col + grid.colSpan(o.row, o.col)]
            if cell.lines.contains(where: { $0.x0 < x && $0.x1 > x }) { return .unknown }
            let leftOf = cell.lines.contains { $0.x1 <= x }, rightOf = cell.lines.contains { $0.x0 >= x }
            if leftOf && rightOf { return .split }
            let x0 = cell.lines.map(\.x0).min()!, x1 = cell.lines.map(\.x1).max()!
            // Centred: the room left on either side differs by little against the cell's width.
            let centred = abs((x0 - left) - (right - x1)) < (right - left) * 0.15 && x0 - left > 6 && right - x1 > 6
            return centred ? .one : .unknown
        }
        return .unknown
    }

    static func inside(_ r: Rect, _ box: Rect) -> Bool {
        r.midX > box.x0 && r.midX < box.x1 && r.midY > box.y0 && r.midY < box.y1
    }

    /// Running headers and footers (page numbers) live in these bands.
    private func isMargin(_ line: TextLine, _ pt: PageTables) -> Bool {
        line.box.y0 > pt.page.height * 0.90 || line.box.y1 < pt.page.height * 0.07 || pt.running.contains(line.text)
    }

    /// A line printed at the same place on other pages, in the top or bottom sixth of the
    /// page (`REPORT 2016` under a letterhead, an agency's name over the footer rule), is
    /// a running header or footer wherever the layout puts it: it neither ends a table nor
    /// stands between a table and its continuation on the next page.
    static func markingRunningLines(_ pages: [PageTables]) -> [PageTables] {
        func inBand(_ l: TextLine, _ page: Page) -> Bool {
            l.box.y1 < page.height / 6 || l.box.y0 > page.height * 5 / 6
        }
        var places: [String: [(page: Int, y: Double)]] = [:]
        for pt in pages {
            for l in pt.outside where inBand(l, pt.page) { places[l.text, default: []].append((pt.page.number, l.box.y0)) }
        }
        return pages.map { pt in
            var out = pt
            for l in pt.outside where inBand(l, pt.page) {
                let elsewhere = places[l.text, default: []].filter { $0.page != pt.page.number && abs($0.y - l.box.y0) < 3 }
                if !elsewhere.isEmpty { out.running.insert(l.text) }
                // A page number (`19`, `- 19 -`, `III-24`) changes from page to page: it runs when the
                // page before or after prints the same line with the number one less or one more, at
                // the same height.
                if let (n, digits) = pageNumber(l.text) {
                    let neighbours = [(n - 1, pt.page.number - 1), (n + 1, pt.page.number + 1)]
                    if neighbours.contains(where: { k, page in
                        var text = l.text
                        text.replaceSubrange(digits, with: String(k))
                        return k >= 0 && places[text, default: []].contains { $0.page == page && abs($0.y - l.box.y0) < 3 }
                    }) { out.running.insert(l.text) }
                }
            }
            return out
        }
    }

    /// The last number of a short line (a page number: `19`, `- 19 -`, `III-24`), with where it stands.
    static func pageNumber(_ text: String) -> (Int, Range<String.Index>)? {
        guard text.count <= 24, let end = text.lastIndex(where: { $0.isASCII && $0.isNumber }) else { return nil }
        var start = end
        while start > text.startIndex, let before = Optional(text.index(before: start)), text[before].isASCII, text[before].isNumber {
            start = before
        }
        let range = start..<text.index(after: end)
        guard text[range].count <= 4, let n = Int(text[range]) else { return nil }
        return (n, range)
    }

    /// Nothing but margin text below the table: it runs to the end of its page.
    private func endsPage(_ pt: PageTables, box: Rect) -> Bool {
        !pt.grids.contains { $0.box.y0 > box.y1 - 1 } &&
            !pt.outside.contains { $0.box.y0 > box.y1 - 1 && !isMargin($0, pt) }
    }

    /// Nothing but margin text above the table: it may continue the previous page's table.
    private func startsPage(_ pt: PageTables, box: Rect) -> Bool {
        !pt.outside.contains { $0.box.y1 < box.y0 + 1 && !isMargin($0, pt) }
    }

    /// A header that reads the same as the table's in most columns (OCR may garble one or two).
    /// The texts of a grid's first rows (its own cells, folded, empty ones left out): what
    /// a continuation repeating the table's header repeats, whether or not it was read as one.
    static func topRows(_ grid: PageGrid, count: Int = 6) -> [[String]] {
        (0..<min(count, grid.rowCount)).map { r in
            (0..<grid.columnCount).compactMap { c in
                guard grid.origin[r][c] == PageGrid.GridPos(row: r, col: c), !grid.cells[r][c].isEmpty else { return nil }
                return HeaderText.words(grid.cells[r][c].text).joined(separator: " ")
            }
        }
    }

    /// How many of the grid's first rows repeat the table's first rows (`top`), text for
    /// text in order (a sliver column, empty, does not count): a repeated header. Two cells
    /// of text at least, so that one short label met again is no header.
    static func repeatedTopRows(_ grid: PageGrid, of top: [[String]]) -> Int {
        let own = topRows(grid, count: top.count)
        var k = 0
        while k < own.count, k < top.count, !own[k].isEmpty, own[k] == top[k] { k += 1 }
        return own[..<k].map(\.count).reduce(0, +) >= 2 ? k : 0
    }

    static func repeatsHeader(_ lastHeader: [String], _ header: [String]) -> Bool {
        guard header.count == lastHeader.count, header.count > 0 else { return false }
        let same = zip(header, lastHeader).filter { $0 == $1 && !$0.isEmpty }.count
        return same * 5 >= header.count * 4
    }

    /// A cell in `rows` that reads as a value and not as a header's label (a year, a small
    /// number under a group, a month): header rows do not hold `-`, `6.900.000` or `85%`.
    static func holdsValues(_ grid: PageGrid, rows: Range<Int>, hints: HeaderHints) -> Bool {
        rows.contains { r in
            Headers.nonEmpty(grid, row: r).contains { cell in
                let t = cell.text.trimmingWhitespace()
                return TextGrids.looksLikeValue(t) && !Headers.isSubLabel(t, hints: hints)
            }
        }
    }

    /// Same columns (edges within a few points — more on scans, which shift and skew, and
    /// between rule-less grids, whose boundaries sit in gutters that depend on the text),
    /// or a repeated header that reads the same in most columns (OCR may garble one or two).
    private func compatible(_ a: [Double], _ b: [Double], lastHeader: [String], header: [String], headerCount: Int,
                            loose: Bool) -> Bool {
        if headerCount > 0, Self.repeatsHeader(lastHeader, header) { return true }
        guard a.count == b.count else { return false }
        let tolerance = loose ? 15.0 : 6.0
        return zip(a, b).allSatisfy { abs($0 - $1) < tolerance }
    }


    private func captionBelow(_ pt: PageTables, box: Rect) -> String? {
        pt.outside.first { $0.box.y0 >= box.y1 - 1 && $0.box.y0 - box.y1 < 40 && hints.isCaption($0.text) }?.text
    }

    /// The page's last text (margins aside) when it is a caption with no table under it and
    /// none just above it (that would be the caption below that table).
    private func captionAtPageEnd(_ pt: PageTables) -> String? {
        guard let last = pt.outside.last(where: { !isMargin($0, pt) }), hints.isCaption(last.text),
              !pt.grids.contains(where: { $0.box.y0 > last.box.y0 }),
              !pt.grids.contains(where: { last.box.y0 >= $0.box.y1 - 1 && last.box.y0 - $0.box.y1 < 40 }) else { return nil }
        return last.text
    }

    private func captionAbove(_ pt: PageTables, box: Rect) -> String? {
        pt.outside.last { $0.box.y1 <= box.y0 + 1 && box.y0 - $0.box.y1 < 40 && hints.isCaption($0.text) }?.text
    }
}
