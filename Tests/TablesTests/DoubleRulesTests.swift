import KinerjaModel
@testable import Tables
import Testing

/// Cells drawn each in its own box leave two rules a few points apart where they meet (a
/// shaded band's edge over the cells' tops, two cells' sides): one boundary, not a row or a
/// column no text could fit in.
@Suite("Tables: double borders")
struct DoubleRulesTests {
    @Test func twoRulesAFewPointsApartAreOneBoundary() throws {
        let g = GridSpec(xs: [40, 120, 200, 280], ys: [100, 120, 140, 160], cells: [
            (0, 0, 1, 1, ["Area"]), (0, 1, 1, 1, ["Target"]), (0, 2, 1, 1, ["Realisasi"]),
            (1, 0, 1, 1, ["Alcona"]), (1, 1, 1, 1, ["80"]), (1, 2, 1, 1, ["82"]),
            (2, 0, 1, 1, ["Curtis"]), (2, 1, 1, 1, ["60"]), (2, 2, 1, 1, ["61"]),
        ])
        let p = PageFixture.page(1, grid: g)
        // A second rule 2.7 points under the header's lower rule, across the table.
        let page = Page(number: 1, width: 595, height: 842, words: p.words,
                        rulings: p.rulings + [Ruling(.horizontal, at: 122.7, from: 40, to: 280)], source: .native)
        let grid = try #require(RuledGrids().grids(on: page).first)
        #expect(grid.rowCount == 3)
        #expect(grid.cells.map { $0.map(\.text) } == [["Area", "Target", "Realisasi"], ["Alcona", "80", "82"], ["Curtis", "60", "61"]])
    }
}
