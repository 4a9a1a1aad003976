import KinerjaModel
@testable import Tables
import Testing

/// Rows drawn each as its own box, with a thin empty (often shaded) strip between two
/// boxes: the strip is a spacer that bounds its neighbours, not an empty row. A drawn empty
/// row or column of the table's normal size stays.
@Suite("Tables: spacer bands")
struct SpacerBandsTests {
    @Test func thinEmptyBandsBetweenRowsAreNoRows() throws {
        // Rows 1 and 3 are 5-point strips (the text is 9 points): spacers.
        let g = GridSpec(xs: [40, 120, 200, 280], ys: [100, 120, 125, 145, 150, 170], cells: [
            (0, 0, 1, 1, ["Area"]), (0, 1, 1, 1, ["Target"]), (0, 2, 1, 1, ["Realisasi"]),
            (2, 0, 1, 1, ["Alcona"]), (2, 1, 1, 1, ["80"]), (2, 2, 1, 1, ["82"]),
            (4, 0, 1, 1, ["Curtis"]), (4, 1, 1, 1, ["60"]), (4, 2, 1, 1, ["61"]),
        ])
        let grid = try #require(RuledGrids().grids(on: PageFixture.page(1, grid: g)).first)
        #expect(grid.rowCount == 3)
        #expect(grid.cells.map { $0.map(\.text) } == [["Area", "Target", "Realisasi"], ["Alcona", "80", "82"], ["Curtis", "60", "61"]])
    }

    @Test func emptyRowOfTextHeightStays() throws {
        // Row 2 is as high as the others: a drawn empty row of the table.
        let g = GridSpec(xs: [40, 120, 200, 280], ys: [100, 120, 140, 160, 180], cells: [
            (0, 0, 1, 1, ["Area"]), (0, 1, 1, 1, ["Target"]), (0, 2, 1, 1, ["Realisasi"]),
            (1, 0, 1, 1, ["Alcona"]), (1, 1, 1, 1, ["80"]), (1, 2, 1, 1, ["82"]),
            (3, 0, 1, 1, ["Curtis"]), (3, 1, 1, 1, ["60"]), (3, 2, 1, 1, ["61"]),
        ])
        let grid = try #require(RuledGrids().grids(on: PageFixture.page(1, grid: g)).first)
        #expect(grid.rowCount == 4)
        #expect(grid.cells[2].allSatisfy { $0.isEmpty })
    }

    @Test func thinEmptyColumnSliverIsNoColumnButAnEmptyColumnStays() throws {
        // Column 1 is a 4-point sliver between two text columns; column 4 is an empty column of
        // normal width between text columns.
        let g = GridSpec(xs: [40, 120, 124, 200, 280, 340, 420], ys: [100, 120, 140, 160], cells: [
            (0, 0, 1, 1, ["Area"]), (0, 2, 1, 1, ["Target"]), (0, 3, 1, 1, ["Realisasi"]), (0, 5, 1, 1, ["Note"]),
            (1, 0, 1, 1, ["Alcona"]), (1, 2, 1, 1, ["80"]), (1, 3, 1, 1, ["82"]), (1, 5, 1, 1, ["a"]),
            (2, 0, 1, 1, ["Curtis"]), (2, 2, 1, 1, ["60"]), (2, 3, 1, 1, ["61"]), (2, 5, 1, 1, ["b"]),
        ])
        let grid = try #require(RuledGrids().grids(on: PageFixture.page(1, grid: g)).first)
        #expect(grid.columnCount == 5)
        #expect(grid.cells.map { $0.map(\.text) } == [
            ["Area", "Target", "Realisasi", "", "Note"], ["Alcona", "80", "82", "", "a"], ["Curtis", "60", "61", "", "b"],
        ])
    }
}
