import KinerjaModel
@testable import Tables
import Testing

/// A Renstra target table running over two pages, its header on the first page only:
/// No | Indikator Kinerja | Satuan | 2015 | 2016 | 2017. One page sets one more column edge
/// than the other — a sliver a few points wide (a header cell ending short of the body's
/// rule), or a real column — so a row's cell may span two of that page's grid columns.
private enum RenstraTargets {
    /// The table's own edges, without a sliver.
    static let edges: [Double] = [40, 70, 250, 308, 380, 450, 520]
    /// The edges with a sliver between Satuan and 2015 (300–308).
    static let slivered: [Double] = [40, 70, 250, 300, 308, 380, 450, 520]

    /// A row's cells left to right, one grid column each but the `wide` one, which spans
    /// two; an empty text leaves its grid column without a cell.
    static func row(_ texts: String..., wide: Int? = nil) -> [(text: String, span: Int)] {
        texts.enumerated().map { ($1, $0 == wide ? 2 : 1) }
    }

    /// A page of ruled rows 30 points high from `top`, on the columns `xs`.
    static func page(_ number: Int, xs: [Double], top: Double, rows: [[(text: String, span: Int)]]) -> Page {
        var cells: [(Int, Int, Int, Int, [String])] = []
        for (r, row) in rows.enumerated() {
            var col = 0
            for cell in row {
                if !cell.text.isEmpty { cells.append((r, col, 1, cell.span, [cell.text])) }
                col += cell.span
            }
        }
        let ys = (0...rows.count).map { top + 30 * Double($0) }
        return PageFixture.page(number, grid: GridSpec(xs: xs, ys: ys, cells: cells))
    }
}

/// The header's `Satuan` cell ends a few points left of the body's `%` cell, so the first
/// page has a sliver column the next page (no header) lacks: the edges still line up.
@Suite("Tables: a continuation lacking a sliver column of the table")
struct ContinuationSliverTests {
    private typealias R = RenstraTargets

    private func firstPage() -> Page {
        R.page(1, xs: R.slivered, top: 700, rows: [
            R.row("No", "Indikator Kinerja", "Satuan", "2015", "2016", "2017", wide: 3),
            R.row("1", "Cakupan layanan air minum", "%", "66,43", "74,82", "83,22", wide: 2),
        ])
    }

    private func nextPage(xs: [Double]) -> Page {
        R.page(2, xs: xs, top: 60, rows: [
            R.row("2", "Cakupan layanan sanitasi", "%", "63,59", "69,17", "74,75"),
            R.row("3", "Persentase kawasan kumuh", "%", "80", "60", "40"),
        ])
    }

    @Test func theContinuationIsReadOnTheTablesColumns() throws {
        let tables = TableReader(hints: .testWords).tables(in: [firstPage(), nextPage(xs: R.edges)])
        #expect(tables.count == 1)
        let t = try #require(tables.first)
        #expect(t.pages == [1, 2])
        #expect(t.rowPages == [1, 2, 2])
        // Every row has the table's width, its values under the table's year columns.
        #expect(t.rows.allSatisfy { $0.count == t.columns.count })
        let col2016 = try #require(t.columns.firstIndex { $0.header == "2016" })
        #expect(t.rows.map { $0[col2016].text } == ["74,82", "69,17", "60"])
        #expect(t.rows.map { $0[1].text } == ["Cakupan layanan air minum", "Cakupan layanan sanitasi", "Persentase kawasan kumuh"])
    }

    @Test func aTableWhoseMissingEdgeIsARealColumnStaysApart() {
        // The next page lacks the edge at 380: a column of 70 points, not a sliver.
        let tables = TableReader(hints: .testWords).tables(in: [firstPage(), nextPage(xs: [40, 70, 250, 300, 308, 450, 520])])
        #expect(tables.count == 2)
    }

    @Test func coverMatchesEdgesAndSliversOnly() {
        let table: [Double] = [40, 70, 250, 300, 308, 380]
        #expect(TableContinuation.columnCover(table: table, continuation: [40, 70, 250, 308, 380], tolerance: 6, sliver: 12)
            == [0...0, 1...1, 2...3, 4...4])
        // Another frame, or an edge off by more than the tolerance: no cover.
        #expect(TableContinuation.columnCover(table: table, continuation: [40, 70, 250, 308, 420], tolerance: 6, sliver: 12) == nil)
        #expect(TableContinuation.columnCover(table: table, continuation: [40, 70, 240, 308, 380], tolerance: 6, sliver: 12) == nil)
        // Same count of edges: nothing to cover (the ordinary check decides).
        #expect(TableContinuation.columnCover(table: table, continuation: table, tolerance: 6, sliver: 12) == nil)
    }
}

/// The mirror: the table's first page has no sliver; the continuation (no header) sets one
/// column's rule a few points off in some row, so it has an extra edge. Its columns are read
/// onto the table's.
@Suite("Tables: a continuation with a sliver column the table lacks")
struct ContinuationExtraSliverTests {
    private typealias R = RenstraTargets

    private func firstPage() -> Page {
        R.page(1, xs: R.edges, top: 700, rows: [
            R.row("No", "Indikator Kinerja", "Satuan", "2015", "2016", "2017"),
            R.row("1", "Cakupan layanan air minum", "%", "66,43", "74,82", "83,22"),
        ])
    }

    private func nextPage(xs: [Double]) -> Page {
        R.page(2, xs: xs, top: 60, rows: [
            R.row("2", "Cakupan layanan sanitasi", "%", "63,59", "69,17", "74,75", wide: 2),
            R.row("3", "Persentase kawasan kumuh", "%", "", "80", "60", "40"),
        ])
    }

    @Test func theContinuationIsReadOnTheTablesColumns() throws {
        let tables = TableReader(hints: .testWords).tables(in: [firstPage(), nextPage(xs: R.slivered)])
        #expect(tables.count == 1)
        let t = try #require(tables.first)
        #expect(t.pages == [1, 2])
        #expect(t.rows.allSatisfy { $0.count == t.columns.count })
        let col2016 = try #require(t.columns.firstIndex { $0.header == "2016" })
        #expect(t.rows.map { $0[col2016].text } == ["74,82", "69,17", "60"])
        #expect(t.rows.map { $0[2].text } == ["%", "%", "%"])
        #expect(t.rows.map { $0[1].text } == ["Cakupan layanan air minum", "Cakupan layanan sanitasi", "Persentase kawasan kumuh"])
    }

    @Test func anExtraColumnThatIsRealStaysApart() {
        // An extra edge at 330: a column of 50 points, not a sliver.
        let tables = TableReader(hints: .testWords).tables(in: [firstPage(), nextPage(xs: [40, 70, 250, 308, 330, 380, 450, 520])])
        #expect(tables.count == 2)
    }

    @Test func narrowingJoinsASliversTextIntoItsColumn() {
        let rows: [[Cell]] = [[Cell(text: "a"), Cell(text: "b"), Cell(text: "c")]]
        let out = TableContinuation.narrowed(rows, spans: [Table.Span(row0: 0, col0: 0, row1: 0, col1: 1)], cover: [0...1, 2...2])
        #expect(out.rows.map { $0.map(\.text) } == [["a b", "c"]])
        // A span over a column and its sliver is no span on the table's columns.
        #expect(out.spans.isEmpty)
    }
}
