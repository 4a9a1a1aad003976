import KinerjaModel
@testable import Tables
import Testing

/// A totals row boxed on its own a little under its table, its frame leaving out the first
/// columns (the label and the first total printed beside it): the table's last row, not a
/// one-row table of its own.
@Suite("Tables: a row boxed apart under its table")
struct TrailingRowsTests {
    private let xs: [Double] = [40, 120, 180, 240, 300]

    private func page(totalsXs: [Double], gap: Double = 12, extra: [(String, Double, Double)]) -> Page {
        let table = GridSpec(xs: xs, ys: [100, 115, 130, 145, 160], cells: [
            (0, 0, 1, 1, ["Area"]), (0, 1, 1, 1, ["Voters"]), (0, 2, 1, 1, ["Yes"]), (0, 3, 1, 1, ["No"]),
            (1, 0, 1, 1, ["Alcona"]), (1, 1, 1, 1, ["963"]), (1, 2, 1, 1, ["439"]), (1, 3, 1, 1, ["55"]),
            (2, 0, 1, 1, ["Curtis"]), (2, 1, 1, 1, ["1026"]), (2, 2, 1, 1, ["349"]), (2, 3, 1, 1, ["30"]),
            (3, 0, 1, 1, ["Hawes"]), (3, 1, 1, 1, ["884"]), (3, 2, 1, 1, ["293"]), (3, 3, 1, 1, ["38"]),
        ])
        let top = 160 + gap
        let totals = GridSpec(xs: totalsXs, ys: [top, top + 15],
                              cells: [(0, 0, 1, 1, ["1081"]), (0, 1, 1, 1, ["123"])])
        let a = PageFixture.page(1, grid: table), b = PageFixture.page(1, grid: totals, extra: extra)
        return Page(number: 1, width: 595, height: 842, words: a.words + b.words, rulings: a.rulings + b.rulings, source: .native)
    }

    @Test func aTotalsRowOnTheTablesColumnsIsItsLastRow() throws {
        let p = page(totalsXs: [180, 240, 300], extra: [("Totals", 45, 175), ("2873", 125, 175)])
        let tables = TableReader().tables(in: [p])
        #expect(tables.count == 1)
        let t = try #require(tables.first)
        #expect(t.rows.last?.map(\.text) == ["Totals", "2873", "1081", "123"])
    }

    @Test func aRowOnOtherColumnsIsNotJoined() throws {
        // Its middle boundary stands in the middle of a column of the table: another grid.
        let p = page(totalsXs: [180, 260, 300], extra: [])
        let tables = TableReader().tables(in: [p])
        #expect(tables.count == 2)
        #expect(tables.first?.rows.last?.first?.text == "Hawes")
    }

    @Test func aRowFarBelowIsNotJoined() throws {
        let p = page(totalsXs: [180, 240, 300], gap: 60, extra: [])
        #expect(TableReader().tables(in: [p]).count == 2)
    }
}

extension TrailingRowsTests {
    /// A ruled row with lines set right under it (a body without rules) heads what follows.
    @Test func aRowWithLinesRightUnderItIsNotJoined() throws {
        let p = page(totalsXs: [180, 240, 300], extra: [("Totals", 45, 175), ("2873", 125, 175), ("17", 190, 191), ("18", 250, 191)])
        let tables = TableReader().tables(in: [p])
        #expect(tables.first?.rows.last?.first?.text == "Hawes")
    }
}
