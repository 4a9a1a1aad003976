import KinerjaModel
@testable import Tables
import Testing

/// A page's footer line often runs right along a table's bottom edge (the table ends where the
/// page's body does), and the page-number box stands on it. That line is no part of the table:
/// it must not widen the table (the closing of missing side borders) nor join the box to it.
@Suite("Tables: a page decoration along a table's edge is no part of the table")
struct EdgeDecorationRuleTests {
    private let spec = GridSpec(xs: [40, 70, 300, 380], ys: [100, 120, 140, 160, 180], cells:
        PageFixture.headerRow(["No", "Indikator", "Target"]) + [
            (1, 0, 1, 1, ["1."]), (1, 1, 1, 1, ["Jumlah Promosi Produk"]), (1, 2, 1, 1, ["10 brand"]),
            (2, 0, 1, 1, ["2."]), (2, 1, 1, 1, ["Jumlah Produksi Garam"]), (2, 2, 1, 1, ["671 ton"]),
            (3, 0, 1, 1, ["3."]), (3, 1, 1, 1, ["Jumlah Pembinaan"]), (3, 2, 1, 1, ["99"]),
        ])

    private func grids(adding rules: [Ruling], words: [Word] = []) -> [PageGrid] {
        let p = PageFixture.page(1, grid: spec)
        let page = Page(number: 1, width: 595, height: 842, words: p.words + words, rulings: p.rulings + rules, source: .native)
        return RuledGrids().grids(on: page)
    }

    @Test func aFooterLineUnderTheTableWithAPageNumberBoxOnItAddsNoColumns() throws {
        // Page-wide footer line on the table's bottom rule; a number box standing on it at the right.
        let footer = Ruling(.horizontal, at: 180, from: 10, to: 585)
        let box = [Ruling(.horizontal, at: 166, from: 480, to: 540),
                   Ruling(.vertical, at: 480, from: 166, to: 180), Ruling(.vertical, at: 540, from: 166, to: 180)]
        let gs = grids(adding: [footer] + box, words: PageFixture.words("28", x: 505, y: 169))
        let g = try #require(gs.first)
        #expect(g.xs == [40, 70, 300, 380])
        #expect(g.cells[3].map(\.text) == ["3.", "Jumlah Pembinaan", "99"])
        #expect(!gs.contains { $0.cells.joined().contains { $0.text == "28" } })
    }

    @Test func aHeaderLineOverTheTableAddsNoColumns() throws {
        let g = try #require(grids(adding: [Ruling(.horizontal, at: 100, from: 20, to: 560)]).first)
        #expect(g.xs == [40, 70, 300, 380])
    }

    @Test func aTableWithoutSideBordersStillClosesOnItsRules() throws {
        // Top and bottom rules both run past the inner borders: they are the table's own width.
        let page = Page(number: 1, width: 595, height: 842,
                        words: PageFixture.words("1.", x: 25, y: 103) + PageFixture.words("Jumlah", x: 80, y: 103) + PageFixture.words("99", x: 320, y: 103),
                        rulings: [Ruling(.horizontal, at: 100, from: 20, to: 400), Ruling(.horizontal, at: 120, from: 20, to: 400),
                                  Ruling(.vertical, at: 70, from: 100, to: 120), Ruling(.vertical, at: 300, from: 100, to: 120)],
                        source: .native)
        let g = try #require(RuledGrids().grids(on: page).first)
        #expect(g.xs == [20, 70, 300, 400])
        #expect(g.cells[0].map(\.text) == ["1.", "Jumlah", "99"])
    }
}
