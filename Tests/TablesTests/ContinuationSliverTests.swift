import KinerjaModel
@testable import Tables
import Testing

/// A Renstra target table running over pages, its header on the first page only. The
/// header's `Satuan` cell ends a few points left of the body's `%` cell, so the first page
/// has a sliver column the next page (no header) lacks: the edges still line up.
@Suite("Tables: a continuation lacking a sliver column of the table")
struct ContinuationSliverTests {
    private func firstPage() -> Page {
        PageFixture.page(1, grid: GridSpec(xs: [40, 70, 250, 300, 308, 380, 450, 520], ys: [700, 730, 760], cells: [
            (0, 0, 1, 1, ["No"]), (0, 1, 1, 1, ["Indikator Kinerja"]), (0, 2, 1, 1, ["Satuan"]),
            (0, 3, 1, 2, ["2015"]), (0, 5, 1, 1, ["2016"]), (0, 6, 1, 1, ["2017"]),
            (1, 0, 1, 1, ["1"]), (1, 1, 1, 1, ["Cakupan layanan air minum"]), (1, 2, 1, 2, ["%"]),
            (1, 4, 1, 1, ["66,43"]), (1, 5, 1, 1, ["74,82"]), (1, 6, 1, 1, ["83,22"]),
        ]))
    }

    private func nextPage(xs: [Double]) -> Page {
        PageFixture.page(2, grid: GridSpec(xs: xs, ys: [60, 90, 120], cells: [
            (0, 0, 1, 1, ["2"]), (0, 1, 1, 1, ["Cakupan layanan sanitasi"]), (0, 2, 1, 1, ["%"]),
            (0, 3, 1, 1, ["63,59"]), (0, 4, 1, 1, ["69,17"]), (0, 5, 1, 1, ["74,75"]),
            (1, 0, 1, 1, ["3"]), (1, 1, 1, 1, ["Persentase kawasan kumuh"]), (1, 2, 1, 1, ["%"]),
            (1, 3, 1, 1, ["80"]), (1, 4, 1, 1, ["60"]), (1, 5, 1, 1, ["40"]),
        ]))
    }

    @Test func theContinuationIsReadOnTheTablesColumns() throws {
        let tables = TableReader(hints: .testWords).tables(in: [firstPage(), nextPage(xs: [40, 70, 250, 308, 380, 450, 520])])
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
