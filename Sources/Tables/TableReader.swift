import Foundation
import KinerjaModel
import Layout

/// Pages in, tables out: finds the grids of every page, reads their headers, and stitches
/// a table that continues on the next page into one table (LESSONS: Docling stitched 0 of 12).
public struct TableReader: Sendable {
    public init() {}

    /// One page's grids plus the text lines outside them (captions, narrative).
    struct PageTables {
        var page: Page
        var grids: [PageGrid]
        var outside: [TextLine]
    }

    public func tables(in pages: [Page]) -> [Table] {
        let perPage = pages.map(readPage)
        var building: [(table: Table, headerKey: [String], xs: [Double], lastBox: Rect, lastPage: Int)] = []
        for (index, pt) in perPage.enumerated() {
            for (gi, grid) in pt.grids.enumerated() {
                let headerCount = Headers.headerRowCount(grid)
                var bodyStart = headerCount
                if bodyStart < grid.rowCount, Headers.isColumnNumberRow(grid, row: bodyStart) { bodyStart += 1 }
                let columns = Headers.columns(grid, headerRows: headerCount)
                let headerKey = columns.map { HeaderText.fold($0.header) }
                let rows = Self.withoutColumnNumbers(grid.bodyRows(from: bodyStart), columns: grid.columnCount)
                let rowPages = Array(repeating: grid.page, count: rows.count)

                // Continuation of the previous table?
                if gi == 0, index > 0, var last = building.last, last.lastPage == pt.page.number - 1,
                   endsPage(perPage[index - 1], box: last.lastBox),
                   startsPage(pt, box: grid.box),
                   compatible(last.xs, grid.xs, lastHeader: last.headerKey, header: headerKey, headerCount: headerCount,
                              scanned: pt.page.source == .ocr) {
                    if !rows.isEmpty { last.table.segmentStarts.append(last.table.rows.count) }
                    last.table.rows += rows
                    last.table.rowPages += rowPages
                    last.table.pages.append(grid.page)
                    last.lastBox = grid.box
                    last.lastPage = grid.page
                    last.xs = grid.xs
                    building[building.count - 1] = last
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
                building.append((table, headerKey, grid.xs, grid.box, grid.page))
            }
        }
        // A stitched table's caption usually sits under its last part.
        return building.enumerated().map { i, b in
            var t = b.table
            t.id = "t\(i + 1)"
            t.spans = Self.rowSpans(t.rows)
            if t.caption == nil, let lastPage = perPage.first(where: { $0.page.number == b.lastPage }) {
                t.caption = captionBelow(lastPage, box: b.lastBox)
            }
            return t
        }
    }

    /// Row spans from the carried copies: a carried cell continues the cell above it.
    static func rowSpans(_ rows: [[Cell]]) -> [Table.Span] {
        guard let width = rows.first?.count else { return [] }
        var spans: [Table.Span] = []
        for c in 0..<width {
            var r = 0
            while r < rows.count {
                var end = r
                while end + 1 < rows.count, c < rows[end + 1].count, rows[end + 1][c].carried { end += 1 }
                if end > r, !rows[r][c].carried { spans.append(Table.Span(row0: r, col0: c, row1: end, col1: c)) }
                r = end + 1
            }
        }
        return spans.sorted { ($0.row0, $0.col0) < ($1.row0, $1.col0) }
    }

    /// Column-number rows (`1 2 3 …`, `(1) (2) …`) are never data, wherever they stand (a
    /// repeated header on a later page brings one). When a missed rule glued one onto the
    /// row below (scans), its first lines are taken off the cells.
    static func withoutColumnNumbers(_ rows: [[Cell]], columns: Int) -> [[Cell]] {
        rows.compactMap { row in
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
    }

    func readPage(_ page: Page) -> PageTables {
        var grids = RuledGrids().grids(on: page).map { $0.droppingUnusedColumns() }
        var outsideWords = page.words.filter { w in !grids.contains { Self.inside(w.box, $0.box) } }
        let borderless = BorderlessGrids().grids(on: page, words: outsideWords)
        if !borderless.isEmpty {
            grids = (grids + borderless).sorted { $0.box.y0 < $1.box.y0 }
            outsideWords = outsideWords.filter { w in !borderless.contains { Self.inside(w.box, $0.box) } }
        }
        return PageTables(page: page, grids: grids, outside: TextLines.lines(of: outsideWords))
    }

    static func inside(_ r: Rect, _ box: Rect) -> Bool {
        r.midX > box.x0 && r.midX < box.x1 && r.midY > box.y0 && r.midY < box.y1
    }

    /// Running headers and footers (page numbers) live in these bands.
    private func isMargin(_ line: TextLine, _ page: Page) -> Bool {
        line.box.y0 > page.height * 0.90 || line.box.y1 < page.height * 0.07
    }

    /// Nothing but margin text below the table: it runs to the end of its page.
    private func endsPage(_ pt: PageTables, box: Rect) -> Bool {
        !pt.grids.contains { $0.box.y0 > box.y1 - 1 } &&
            !pt.outside.contains { $0.box.y0 > box.y1 - 1 && !isMargin($0, pt.page) }
    }

    /// Nothing but margin text above the table: it may continue the previous page's table.
    private func startsPage(_ pt: PageTables, box: Rect) -> Bool {
        !pt.outside.contains { $0.box.y1 < box.y0 + 1 && !isMargin($0, pt.page) }
    }

    /// Same columns (edges within a few points — more on scans, which shift and skew), or a
    /// repeated header that reads the same in most columns (OCR may garble one or two).
    private func compatible(_ a: [Double], _ b: [Double], lastHeader: [String], header: [String], headerCount: Int,
                            scanned: Bool) -> Bool {
        if headerCount > 0, header.count == lastHeader.count, header.count > 0 {
            let same = zip(header, lastHeader).filter { $0 == $1 && !$0.isEmpty }.count
            if same * 5 >= header.count * 4 { return true }
        }
        guard a.count == b.count else { return false }
        let tolerance = scanned ? 15.0 : 6.0
        return zip(a, b).allSatisfy { abs($0 - $1) < tolerance }
    }

    private static func isCaption(_ text: String) -> Bool {
        let t = text.lowercased()
        return t.hasPrefix("tabel") || t.hasPrefix("table")
    }

    private func captionBelow(_ pt: PageTables, box: Rect) -> String? {
        pt.outside.first { $0.box.y0 >= box.y1 - 1 && $0.box.y0 - box.y1 < 40 && Self.isCaption($0.text) }?.text
    }

    /// The page's last text (margins aside) when it is a caption with no table under it and
    /// none just above it (that would be the caption below that table).
    private func captionAtPageEnd(_ pt: PageTables) -> String? {
        guard let last = pt.outside.last(where: { !isMargin($0, pt.page) }), Self.isCaption(last.text),
              !pt.grids.contains(where: { $0.box.y0 > last.box.y0 }),
              !pt.grids.contains(where: { last.box.y0 >= $0.box.y1 - 1 && last.box.y0 - $0.box.y1 < 40 }) else { return nil }
        return last.text
    }

    private func captionAbove(_ pt: PageTables, box: Rect) -> String? {
        pt.outside.last { $0.box.y1 <= box.y0 + 1 && box.y0 - $0.box.y1 < 40 && Self.isCaption($0.text) }?.text
    }
}
