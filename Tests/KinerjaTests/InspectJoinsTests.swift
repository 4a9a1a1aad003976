@testable import Kinerja
import KinerjaModel
import PDFReading
@testable import Tables
import Testing

/// `inspect` draws where Tables joined text: a wrapped row joined into the row above, and a
/// row cut by the page break joined across the seam.
@Suite("Inspect: joins drawn")
struct InspectJoinsTests {
    static func labels(_ marks: [PageMark]) -> [String] {
        marks.compactMap { if case .label(let t, _, _, _, _) = $0 { return t } else { return nil } }
    }

    static func grid(page: Int, ys: [Double]) -> PageGrid {
        let rows = ys.count - 1
        return PageGrid(page: page, box: Rect(x0: 50, y0: ys.first!, x1: 350, y1: ys.last!), xs: [50, 150, 350], ys: ys,
                        cells: Array(repeating: [.empty, .empty], count: rows),
                        origin: (0..<rows).map { r in (0..<2).map { PageGrid.GridPos(row: r, col: $0) } }, borderless: true)
    }

    @Test func wrapsAndSeamJoinsAreDrawn() {
        // Page 2: the continuation's first line ("rest") was joined to the last row of page 1;
        // the next cell's second line lay in the grid's next row (a wrapped row joined up).
        var g = Self.grid(page: 2, ys: [100, 120, 140, 160])
        g.joinedAt = [130]
        let seam = Cell(text: "cut rest", lines: [CellLine(text: "cut", top: 700, page: 1, x0: 155, x1: 200),
                                                  CellLine(text: "rest", top: 103, page: 2, x0: 155, x1: 190)])
        let wrapped = Cell(text: "long label", lines: [CellLine(text: "long", top: 123, page: 2, x0: 155, x1: 190),
                                                       CellLine(text: "label", top: 143, page: 2, x0: 155, x1: 190)])
        let table = Table(id: "t1", pages: [1, 2], caption: nil, columns: [Column(header: "a"), Column(header: "b")],
                          rows: [[Cell(text: "1"), seam], [Cell(text: "2"), wrapped]], rowPages: [1, 2])
        let page = Page(number: 2, width: 595, height: 842, words: [], rulings: [], source: .native)
        let labels = Self.labels(Inspector.marks(page: page, grids: [g], tables: [table]))
        #expect(labels.filter { $0 == "wrap" }.count == 2)
        #expect(labels.contains("from p.1"))
        // A cell spanning two rows of its grid is one cell, not a join.
        var spanning = Self.grid(page: 2, ys: [100, 120, 140, 160])
        spanning.origin[2][1] = PageGrid.GridPos(row: 1, col: 1)
        let plain = Self.labels(Inspector.marks(page: page, grids: [spanning], tables: [table]))
        #expect(plain.filter { $0 == "wrap" }.isEmpty)
    }
}
