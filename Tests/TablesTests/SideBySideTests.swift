import KinerjaModel
@testable import Tables
import Testing

/// Two tables set side by side in one ruled frame with column rules only in the body: goals
/// with their targets on the left, activities with their outputs on the right, each side
/// with its own rows.
@Suite("Tables: two tables side by side in one frame")
struct SideBySideTests {
    private func tables(left: [String], right: [String]) -> [Table] {
        TableReader().tables(in: [PageFixture.page(1, grid: grid(left: left, right: right))])
    }

    private func grid(left: [String], right: [String]) -> GridSpec {
        GridSpec(xs: [30, 130, 180, 260, 400, 450], ys: [100, 115, 200], cells: [
            (0, 0, 1, 1, ["Goal"]), (0, 1, 1, 1, ["Target"]), (0, 2, 1, 1, ["Program"]),
            (0, 3, 1, 1, ["Output"]), (0, 4, 1, 1, ["Volume"]),
            (1, 0, 1, 1, left.map { $0.isEmpty ? "" : "Goal " + $0 }), (1, 1, 1, 1, left),
            (1, 2, 1, 1, ["Programme", "for crops"]),
            (1, 3, 1, 1, right.map { $0.isEmpty ? "" : "Output " + $0 }), (1, 4, 1, 1, right),
        ])
    }

    @Test func sidesWhoseValuesNeverShareALineAreTwoTables() throws {
        // Left entries on lines 0, 2, 4; right ones on lines 1, 3, 5, 6.
        let t = tables(left: ["10", "", "20", "", "30"], right: ["", "40", "", "50", "", "60", "70"])
        #expect(t.count == 2)
        let l = try #require(t.first), r = try #require(t.last)
        #expect(l.columns.count == 2 && r.columns.count == 3)
        #expect(l.rows.map { $0[1].text }.filter { Int($0) != nil } == ["10", "20", "30"])
        #expect(r.rows.map { $0[2].text }.filter { Int($0) != nil } == ["40", "50", "60", "70"])
    }

    @Test func oneTableWhoseEntriesShareTheirLinesStaysOne() {
        let t = tables(left: ["10", "", "20", "", "30"], right: ["40", "", "50", "", "60"])
        #expect(t.count == 1)
    }

    /// The same frame continued on the next page, where the right side holds too few values
    /// to tell on its own: the pages are read alike, and each side continues its own table.
    @Test func theNextPageOfTheSameFrameIsSplitToo() throws {
        let one = PageFixture.page(1, grid: grid(left: ["10", "", "20", "", "30"], right: ["", "40", "", "50", "", "60", "70"]))
        let two = PageFixture.page(2, grid: grid(left: ["80", "", "90", "", "95"], right: ["", "41"]))
        let t = TableReader().tables(in: [one, two])
        #expect(t.count == 2)
        let l = try #require(t.first), r = try #require(t.last)
        #expect(l.pages == [1, 2] && r.pages == [1, 2])
        #expect(l.rows.map { $0[1].text }.filter { Int($0) != nil } == ["10", "20", "30", "80", "90", "95"])
        #expect(r.rows.map { $0[2].text }.filter { Int($0) != nil } == ["40", "50", "60", "70", "41"])
    }
}
