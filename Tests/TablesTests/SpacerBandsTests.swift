import KinerjaModel
@testable import Tables
import Testing

/// Rows drawn each as its own box, with a thin empty (often shaded) strip between two
/// boxes: the strip is a spacer that bounds its neighbours, not an empty row. A drawn empty
/// row of the table's normal size stays.
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
}
