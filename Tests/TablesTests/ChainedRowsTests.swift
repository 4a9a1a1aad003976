import KinerjaModel
@testable import Tables
import Testing

/// Text rows of one ruled row set half a line apart across columns are one row.
@Suite("Tables: rows chained by half-line offsets")
struct ChainedRowsTests {
    static func cell(_ lines: [(String, Double)]) -> Cell {
        guard !lines.isEmpty else { return .empty }
        return Cell(text: lines.map(\.0).joined(separator: " "), lines: lines.map { CellLine(text: $0.0, top: $0.1, page: 1) })
    }

    /// Rows (one list of (text, top) lines per column) between row boundaries `ys`.
    static func grid(_ rows: [[[(String, Double)]]], ys: [Double]) -> PageGrid {
        PageGrid(page: 1, box: Rect(x0: 0, y0: ys.first!, x1: 300, y1: ys.last!), xs: [0, 100, 200, 300], ys: ys,
                 cells: rows.map { $0.map(cell) },
                 origin: rows.indices.map { r in (0..<3).map { PageGrid.GridPos(row: r, col: $0) } }, borderless: false)
    }

    @Test func aHeaderSetHalfALineApartIsOneRow() {
        // `%` / `Capaian` / `Kinerja` in one column, `Tingkat` / `Efisiensi` centred between
        // them in the next: five text rows, none sharing a line. Then two body rows whose
        // cells wrap over two lines 10 pt apart (the pitch).
        let g = Self.grid([
            [[], [("%", 100)], []],
            [[], [], [("Tingkat", 105.3)]],
            [[("Indikator", 110.3)], [("Capaian", 110.3)], []],
            [[], [], [("Efisiensi", 115.3)]],
            [[], [("Kinerja", 120.4)], []],
            [[("Jumlah kajian", 130), ("perda", 140)], [("100", 130)], [("2,15%", 130)]],
            [[("Cakupan air", 150), ("minum", 160)], [("100,2", 150)], [("6,09%", 150)]],
        ], ys: [98, 104, 109, 114, 119, 126, 148, 170])
        let joined = g.joiningChainedRows(withinRuledRows: [98, 126, 170])
        #expect(joined.rowCount == 3)
        #expect(joined.cells[0].map(\.text) == ["Indikator", "% Capaian Kinerja", "Tingkat Efisiensi"])
        #expect(joined.cells[1].map(\.text) == ["Jumlah kajian perda", "100", "2,15%"])
        #expect(joined.cells[2].map(\.text) == ["Cakupan air minum", "100,2", "6,09%"])
        #expect(joined.joinedAt.count == 4)
    }
}
