import KinerjaModel
import Testing
@testable import Tables

/// A short line set right under a table found by text geometry alone at the rows' own spacing, starting at its
/// first column (a source or a note): it runs on across the gutter to the next column, so it
/// is no continuation of a cell (a cell's lines stay in their column) and not the last row.
@Suite("Tables: a line under a rule-less table")
struct SourceLineBelowTableTests {
    static func page(last: String) -> Page {
        PageFixture.page(1, grid: nil, extra: RulelessTableFixture.placed + [(last, 50, RulelessTableFixture.bottom)], width: 595)
    }

    @Test func aLineAcrossTheGutterIsNotARow() throws {
        let page = Self.page(last: "Sumber: Renstra Dinas Permukiman 2016")
        let grid = try #require(TextGrids().grids(on: page, words: page.words).first)
        #expect(grid.rowCount == 4)
        #expect(!grid.cells.joined().contains { $0.text.contains("Sumber") })
    }

    /// (The same line kept inside its column stays with the table.)
    @Test func aLineInsideTheFirstColumnStaysWithTheTable() throws {
        let page = Self.page(last: "Dinas Permukiman")
        let grid = try #require(TextGrids().grids(on: page, words: page.words).first)
        #expect(grid.cells.joined().contains { $0.text.contains("Dinas Permukiman") })
    }
}
