import KinerjaModel
import Testing
@testable import Tables

/// Cells shaded apart from their row are found; header bands, zebra rows and a shaded
/// column are styling, not marks.
@Suite("Tables: cell shading")
struct CellShadingTests {
    static let xs: [Double] = [40, 70, 200, 230, 260, 290, 320]
    static let ys: [Double] = [100, 120, 140, 160, 180]
    static let grid = GridSpec(xs: xs, ys: ys, cells: [
        (0, 0, 1, 1, ["NO"]), (0, 1, 1, 1, ["KEGIATAN"]), (0, 2, 1, 1, ["TW1"]), (0, 3, 1, 1, ["TW2"]),
        (0, 4, 1, 1, ["TW3"]), (0, 5, 1, 1, ["TW4"]),
        (1, 0, 1, 1, ["1"]), (1, 1, 1, 1, ["Penyusunan dokumen"]),
        (2, 0, 1, 1, ["2"]), (2, 1, 1, 1, ["Monitoring"]),
        (3, 0, 1, 1, ["3"]), (3, 1, 1, 1, ["Evaluasi"]),
    ])
    static let green = RGBColor(r: 0.4, g: 0.7, b: 0.3)
    static let grey = RGBColor(r: 0.9, g: 0.9, b: 0.9)

    static func fill(_ r: Int, _ c: Int, _ color: RGBColor, inset: Double = 0.5, order: Int) -> Fill {
        Fill(box: Rect(x0: xs[c] + inset, y0: ys[r] + inset, x1: xs[c + 1] - inset, y1: ys[r + 1] - inset), color: color, order: order)
    }
    static func rowFill(_ r: Int, _ color: RGBColor, order: Int) -> Fill {
        Fill(box: Rect(x0: xs.first!, y0: ys[r], x1: xs.last!, y1: ys[r + 1]), color: color, order: order)
    }

    func table(_ fills: [Fill]) throws -> Table {
        var page = PageFixture.page(1, grid: Self.grid)
        page.shading = fills
        let tables = TableReader(hints: .testWords).tables(in: [page])
        return try #require(tables.first)
    }

    func shaded(_ t: Table) -> [[Int]] {
        t.rows.map { row in row.indices.filter { row[$0].shaded } }
    }

    @Test func aFilledCellIsShadedApartFromItsRow() throws {
        let t = try table([Self.fill(1, 2, Self.green, order: 1), Self.fill(1, 3, Self.green, order: 2),
                           Self.fill(3, 5, Self.green, order: 3)])
        #expect(t.columns.map(\.header) == ["NO", "KEGIATAN", "TW1", "TW2", "TW3", "TW4"])
        #expect(shaded(t) == [[2, 3], [], [5]])
        #expect(t.rows[0][2].fill == Self.green && t.rows[0][4].fill == nil)
    }

    @Test func headerBandAndZebraRowsAreNotMarks() throws {
        let t = try table([Self.rowFill(0, Self.grey, order: 1), Self.rowFill(2, Self.grey, order: 2),
                           Self.fill(2, 4, Self.green, order: 3)])
        // The zebra row's own colour is grey: only the green cell on it stands apart.
        #expect(shaded(t) == [[], [4], []])
        #expect(t.rows[1][1].fill == Self.grey && !t.rows[1][1].shaded)
    }

    @Test func aColumnShadedFromTopToFootIsStyling() throws {
        let column = Fill(box: Rect(x0: Self.xs[0], y0: Self.ys.first!, x1: Self.xs[1], y1: Self.ys.last!), color: Self.grey, order: 1)
        let t = try table([column, Self.fill(2, 3, Self.green, order: 2)])
        #expect(shaded(t) == [[], [3], []])
    }

    @Test func aFillCoveringLittleOfACellDoesNotShadeIt() throws {
        // A coloured bullet or underline in a cell is not a shaded cell.
        let dot = Fill(box: Rect(x0: Self.xs[2] + 10, y0: Self.ys[1] + 5, x1: Self.xs[2] + 18, y1: Self.ys[1] + 13), color: Self.green, order: 1)
        let t = try table([dot])
        #expect(shaded(t) == [[], [], []])
        #expect(t.rows[0][2].fill == nil)
    }
}
