import KinerjaModel
@testable import Tables
import Testing

/// A table drawn with column rules (and a ruled header) but no rules between its body rows:
/// the whole body is one ruled row. Its rows come from the text lines: each line holding
/// values beside text starts a row, a wrapped label line continues its row.
@Suite("Tables: column rules, no rules between body rows")
struct RulelessBodyTests {
    private let xs: [Double] = [30, 50, 150, 300, 350, 400, 450, 500]

    private func table(_ body: [(Int, Int, Int, Int, [String])]) throws -> Table {
        let header = PageFixture.headerRow(["No", "Sasaran", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"])
        let g = GridSpec(xs: xs, ys: [100, 115, 200], cells: header + body)
        return try #require(PageFixture.firstTable(g))
    }

    @Test func eachLineWithValuesBesideTextStartsARow() throws {
        let t = try table([
            (1, 0, 1, 1, ["1"]),
            (1, 1, 1, 1, ["Meningkatnya", "produksi dan", "populasi"]),
            (1, 2, 1, 1, ["", "", "", "1.1 Jumlah produksi yang", "dihasilkan :", "- Daging", "- Telur"]),
            (1, 3, 1, 1, ["", "", "", "", "", "Ton", "Ton"]),
            (1, 4, 1, 1, ["114,48", "", "", "95,70", "", "91,80", "99,80"]),
            (1, 5, 1, 1, ["132,15", "", "", "125,69", "", "129,18", "116,79"]),
            (1, 6, 1, 1, ["20,67", "", "", "29,99", "", "37,38", "16,99"]),
        ])
        #expect(t.rows.map { $0[4].text } == ["114,48", "95,70", "91,80", "99,80"])
        #expect(t.rows.map { $0[2].text } == ["", "1.1 Jumlah produksi yang dihasilkan :", "- Daging", "- Telur"])
        #expect(t.rows.map { $0[3].text } == ["", "", "Ton", "Ton"])
        // The wrapped label beside the first values stays whole in its row.
        #expect(t.rows[0][1].text == "Meningkatnya produksi dan populasi")
        #expect(t.rows[0][0].text == "1")
    }

    /// A long text cell wrapped down beside several entries is not cut at an entry's line
    /// in the middle of its paragraph: it is cut where its next paragraph starts.
    @Test func aLongCellWrappedBesideEntriesIsCutAtItsParagraphs() throws {
        let t = try table([
            (1, 0, 1, 1, ["1"]),
            (1, 1, 1, 1, ["1. Jumlah pencari kerja", "terdaftar yang ikut", "pelatihan kerja", "2. Jumlah perusahaan"]),
            (1, 2, 1, 1, ["Persentase pencari", "", "Persentase serapan"]),
            (1, 3, 1, 1, ["Persen", "", "Persen"]),
            (1, 4, 1, 1, ["3,94", "", "85,17"]),
            (1, 5, 1, 1, ["1,69", "", "85,93"]),
            (1, 6, 1, 1, ["3,77", "", "86,69"]),
        ])
        #expect(t.rows.map { $0[2].text } == ["Persentase pencari", "Persentase serapan"])
        #expect(t.rows.map { $0[1].text } == ["1. Jumlah pencari kerja terdaftar yang ikut pelatihan kerja", "2. Jumlah perusahaan"])
    }
}
