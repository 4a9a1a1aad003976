import KinerjaModel
@testable import Tables
import Testing

/// A frame drawn around the figures only, their row labels set to its left.
@Suite("Tables: row labels left of a ruled grid")
struct RowLabelsTests {
    private let grid = GridSpec(xs: [120, 170, 220, 270], ys: [100, 115, 130, 145, 160], cells: [
        (0, 0, 1, 1, ["1975"]), (0, 1, 1, 1, ["1988"]), (0, 2, 1, 1, ["1996"]),
        (1, 0, 1, 1, ["5738"]), (1, 1, 1, 1, ["6633"]), (1, 2, 1, 1, ["8864"]),
        (2, 0, 1, 1, ["7387"]), (2, 1, 1, 1, ["10217"]), (2, 2, 1, 1, ["5813"]),
        (3, 0, 1, 1, ["6453"]), (3, 1, 1, 1, ["8138"]), (3, 2, 1, 1, ["12606"]),
    ])

    @Test func labelsLeftOfTheFrameAreItsFirstColumn() throws {
        let page = PageFixture.page(1, grid: grid, extra: [("Kerala", 40, 118), ("Tamil Nadu", 40, 133), ("Karnataka", 40, 148)])
        let t = try #require(TableReader().tables(in: [page]).first)
        #expect(t.columns.count == 4)
        #expect(t.rows.map { $0.first?.text ?? "" }.suffix(3) == ["Kerala", "Tamil Nadu", "Karnataka"])
    }

    @Test func proseBesideTheFrameIsNotLabels() throws {
        let page = PageFixture.page(1, grid: grid, extra: [
            ("So it is as we saw it", 10, 118), ("in the one we had to", 10, 133),
            ("do at the end of it", 10, 148),
        ])
        let t = try #require(TableReader().tables(in: [page]).first)
        #expect(t.columns.count == 3)
    }
}
