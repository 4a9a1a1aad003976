import KinerjaModel
@testable import Tables
import Testing

/// The mirror of a continuation lacking a sliver: the table's first page has no sliver,
/// the continuation (no header) sets one column's rule a few points off in some row, so it
/// has an extra edge. Its columns are read onto the table's.
@Suite("Tables: a continuation with a sliver column the table lacks")
struct ContinuationExtraSliverTests {
    private func firstPage() -> Page {
        PageFixture.page(1, grid: GridSpec(xs: [40, 70, 250, 308, 380, 450, 520], ys: [700, 730, 760], cells: [
            (0, 0, 1, 1, ["No"]), (0, 1, 1, 1, ["Indikator Kinerja"]), (0, 2, 1, 1, ["Satuan"]),
            (0, 3, 1, 1, ["2015"]), (0, 4, 1, 1, ["2016"]), (0, 5, 1, 1, ["2017"]),
            (1, 0, 1, 1, ["1"]), (1, 1, 1, 1, ["Cakupan layanan air minum"]), (1, 2, 1, 1, ["%"]),
            (1, 3, 1, 1, ["66,43"]), (1, 4, 1, 1, ["74,82"]), (1, 5, 1, 1, ["83,22"]),
        ]))
    }

    private func nextPage(xs: [Double]) -> Page {
        PageFixture.page(2, grid: GridSpec(xs: xs, ys: [60, 90, 120], cells: [
            (0, 0, 1, 1, ["2"]), (0, 1, 1, 1, ["Cakupan layanan sanitasi"]), (0, 2, 1, 2, ["%"]),
            (0, 4, 1, 1, ["63,59"]), (0, 5, 1, 1, ["69,17"]), (0, 6, 1, 1, ["74,75"]),
            (1, 0, 1, 1, ["3"]), (1, 1, 1, 1, ["Persentase kawasan kumuh"]), (1, 2, 1, 1, ["%"]),
            (1, 4, 1, 1, ["80"]), (1, 5, 1, 1, ["60"]), (1, 6, 1, 1, ["40"]),
        ]))
    }

    @Test func theContinuationIsReadOnTheTablesColumns() throws {
        let tables = TableReader(hints: .testWords).tables(in: [firstPage(), nextPage(xs: [40, 70, 250, 300, 308, 380, 450, 520])])
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
