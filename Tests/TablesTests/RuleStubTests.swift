import KinerjaModel
@testable import Tables
import Testing

/// A scan's rule finder may read a glyph's stem or a speck, standing on a row's rule, as a
/// short vertical rule inside one row. It must not give the table a column that only that
/// row has (the row's text cut in two, the table no longer matching its continuation).
@Suite("Tables: a rule stub inside one row is no column border")
struct RuleStubTests {
    private let spec = GridSpec(xs: [40, 70, 300, 380], ys: [100, 120, 140, 160, 180], cells:
        PageFixture.headerRow(["No", "Kegiatan", "Anggaran"]) + [
            (1, 0, 1, 1, ["1."]), (1, 1, 1, 1, ["Pembangunan Aula di Bunihayu"]), (1, 2, 1, 1, ["262.200.000"]),
            (2, 0, 1, 1, ["2."]), (2, 1, 1, 1, ["Pembangunan Rumah Dinas di Bunhayu"]), (2, 2, 1, 1, ["446.500.000"]),
            (3, 0, 1, 1, ["3."]), (3, 1, 1, 1, ["Pengerasan Jalan di Lingkungan"]), (3, 2, 1, 1, ["665.000.000"]),
        ])

    private func grid(extra rule: Ruling) throws -> PageGrid {
        let p = PageFixture.page(1, grid: spec)
        let page = Page(number: 1, width: 595, height: 842, words: p.words, rulings: p.rulings + [rule], source: .native)
        return try #require(RuledGrids().grids(on: page).first)
    }

    @Test func aStubBetweenTwoWordsOfARowCutsNothing() throws {
        // From the row's top rule down 12 of its 20 points, between `di` and `Bunhayu`.
        let g = try grid(extra: Ruling(.vertical, at: 192, from: 140, to: 152))
        #expect(g.xs == [40, 70, 300, 380])
        #expect(g.cells[2].map(\.text) == ["2.", "Pembangunan Rumah Dinas di Bunhayu", "446.500.000"])
    }

    @Test func aBorderRunningTheWholeRowStays() throws {
        // Rule to rule: a cell of that row drawn in two.
        let g = try grid(extra: Ruling(.vertical, at: 192, from: 140, to: 160))
        #expect(g.xs.count == 5)
        #expect(g.cells[2][2].text == "Bunhayu")
    }
}
