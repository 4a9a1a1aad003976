import KinerjaModel
@testable import Tables
import Testing

/// A ruled row opening with a group's own figure (a sasaran's overall `%`, level with the
/// sasaran's first line), its entries starting only below: the indikator cell's first line
/// stands clear below the row's top, beside more values than the top line holds, so the
/// figure is cut off from the first entry.
@Suite("Tables: a group's figure above its stacked entries")
struct GroupFigureAboveEntriesTests {
    @Test func theFirstEntryKeepsItsOwnValue() throws {
        let xs: [Double] = [30, 150, 300, 340, 430, 480], ys: [Double] = [100, 115, 220]
        var words = PageFixture.words("Sasaran", x: 33, y: 103) + PageFixture.words("Indikator", x: 153, y: 103)
            + PageFixture.words("Satuan", x: 303, y: 103) + PageFixture.words("Realisasi", x: 343, y: 103)
            + PageFixture.words("Capaian", x: 433, y: 103)
        words += PageFixture.words("Meningkatnya produksi", x: 33, y: 120) + PageFixture.words("tanaman pangan", x: 33, y: 132)
        words += PageFixture.words("99,02", x: 450, y: 120)
        for (i, (label, real, value)) in [("- Jumlah produksi padi", "12.540.550", "101,81"),
                                          ("- Jumlah produksi jagung", "1.630.238", "136,90"),
                                          ("- Jumlah produksi kedelai", "92.078", "177,68")].enumerated() {
            let y = 152 + Double(i) * 16
            words += PageFixture.words(label, x: 153, y: y) + PageFixture.words("Ton", x: 303, y: y)
                + PageFixture.words(real, x: 370, y: y) + PageFixture.words(value, x: 450, y: y)
        }
        var rules = ys.map { Ruling(.horizontal, at: $0, from: xs.first!, to: xs.last!) }
        rules += xs.map { Ruling(.vertical, at: $0, from: ys.first!, to: ys.last!) }
        let page = Page(number: 1, width: 595, height: 842, words: words, rulings: rules, source: .native)
        let t = try #require(TableReader(hints: .testWords).tables(in: [page]).first)
        let rows = t.rows.map { $0.map(\.text) }.filter { $0.contains { !$0.isEmpty } }
        #expect(rows.contains { $0[1] == "- Jumlah produksi padi" && $0[4] == "101,81" })
        #expect(rows.contains { $0[1] == "- Jumlah produksi jagung" && $0[4] == "136,90" })
        // The figure stays with the group, beside no entry.
        #expect(rows.contains { $0[0].hasPrefix("Meningkatnya") && $0[1].isEmpty && $0[3].isEmpty && $0[4] == "99,02" })
    }
}
