import KinerjaModel
@testable import Tables
import Testing

/// Two layouts of scanned Perjanjian Kinerja tables: an indicator's code set before its
/// text as a hanging indent inside the ruled Indikator cell (not a column whose rule was
/// lost), and bulleted indicators stacked in one ruled cell beside one target each.
@Suite("Tables: scanned Perjanjian Kinerja layouts")
struct ScannedPKLayoutTests {
    private let xs: [Double] = [40, 70, 200, 330, 380]
    private let header: [(Int, Int, Int, Int, [String])] = [
        (0, 0, 1, 1, ["No"]), (0, 1, 1, 1, ["Sasaran Strategis"]), (0, 2, 1, 1, ["Indikator Kinerja"]), (0, 3, 1, 1, ["Target"]),
    ]

    @Test func aCodeHangingBeforeItsIndicatorIsNoColumnOfItsOwn() {
        // The ruled grid: four columns, a header and three body rows. Its text, read without
        // the rules, shows a gutter inside the Indikator cell in every body row: the codes
        // (`1.1.1`) left of it, the indicators right of it, all different.
        let ys: [Double] = [100, 115, 145, 175, 205]
        let pos = { (r: Int, c: Int) in PageGrid.GridPos(row: r, col: c) }
        func grid(_ xs: [Double], _ texts: [[String]]) -> PageGrid {
            PageGrid(page: 1, box: Rect(x0: xs[0], y0: ys[0], x1: xs.last!, y1: ys.last!), xs: xs, ys: ys,
                     cells: texts.map { $0.map { Cell(text: $0) } },
                     origin: (0..<texts.count).map { r in (0..<texts[0].count).map { c in pos(r, c) } }, borderless: false)
        }
        let ruled = grid(xs, Array(repeating: ["", "", "", ""], count: 4))
        let text = grid([40, 70, 200, 236, 330, 380], [
            ["No", "Sasaran Strategis", "Indikator Kinerja", "", "Target"],
            ["1.1", "Meningkatnya mutu", "1.1.1", "Jumlah unit usaha", "7"],
            ["1.2", "Meningkatnya akses", "1.2.1", "Jumlah pasar", "5"],
            ["1.3", "Meningkatnya kinerja", "1.3.1", "Jumlah kelompok", "10"],
        ])
        func page(_ titles: [(String, Double)]) -> Page {
            PageFixture.page(1, grid: nil, extra: titles.map { ($0.0, $0.1, 103) })
        }
        // Read from the text alone, the gutter looks like a lost rule.
        #expect(TableReader.lostColumnRules(ruled, text: text))
        // One title over the Indikator cell, across the gutter: the codes hang before their text.
        #expect(!TableReader.lostColumnRules(ruled, text: text, page: page([("Indikator Kinerja", 205)])))
        // A title right of the gutter only (nothing heads the codes on their own): the same.
        #expect(!TableReader.lostColumnRules(ruled, text: text, page: page([("Indikator Kinerja", 245)])))
        // A title on each side in the one ruled header cell: the rule between them was lost.
        #expect(TableReader.lostColumnRules(ruled, text: text, page: page([("Kode", 203), ("Indikator Kinerja", 245)])))
    }

    @Test func eachBulletedIndicatorBesideItsValueIsARow() throws {
        // One ruled body row: bulleted indicators with a hanging indent, each line but the
        // last filling the cell, one value beside each bullet.
        let ys: [Double] = [100, 115, 200]
        let body: [(Int, Int, Int, Int, [String])] = [
            (1, 0, 1, 1, ["1."]), (1, 1, 1, 1, ["Meningkatnya layanan", "sanitasi"]), (1, 2, 1, 1, []), (1, 3, 1, 1, []),
        ]
        let p = PageFixture.pitch, top = ys[1] + 3
        let extra: [(String, Double, Double)] = [
            ("•", 205, top), ("Dokumen pemantauan dan", 222, top), ("dan pengelolaan sampah", 222, top + p),
            ("•", 205, top + 2 * p), ("Dokumen rencana induk", 222, top + 2 * p), ("drainase kota", 222, top + 3 * p),
            ("1 Dokumen", 333, top), ("1 Dokumen", 333, top + 2 * p),
        ]
        let page = PageFixture.page(1, grid: GridSpec(xs: xs, ys: ys, cells: header + body), extra: extra)
        let t = try #require(TableReader(hints: .testWords).tables(in: [page]).first)
        #expect(t.rows.map { $0[3].text } == ["1 Dokumen", "1 Dokumen"])
        #expect(t.rows.map { $0[2].text } == ["• Dokumen pemantauan dan dan pengelolaan sampah", "• Dokumen rencana induk drainase kota"])
    }
}
