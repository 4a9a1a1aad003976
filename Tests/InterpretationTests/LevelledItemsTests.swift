@testable import Interpretation
import KinerjaModel
import Testing

/// One cell of indicators, one a line, set apart by a blank line, beside a cell of their
/// targets, each level with its indicator; the cell's edges unknown, so its paragraphs
/// cannot be told apart by the room left on a line.
@Suite("Interpretation: stacked indicators cut where their values stand level")
struct LevelledItemsTests {
    private func line(_ t: String, _ top: Double) -> CellLine { CellLine(text: t, top: top, page: 16) }
    private func table(_ rows: [[Cell]]) -> Table {
        .onePage("t9", page: 16, headers: ["No", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET PENCAPAIAN (%)"], rows: rows)
    }
    /// A sasaran wrapped over two lines: the table's wrapped-line pitch (11 pt).
    private let sasaran = Cell(text: "Terciptanya pelayanan kesehatan yang bermutu",
                               lines: [CellLine(text: "Terciptanya pelayanan", top: 100, page: 16),
                                       CellLine(text: "kesehatan yang bermutu", top: 111, page: 16)])

    @Test func eachIndicatorTakesTheValueLevelWithIt() {
        let ind = Cell.of([line("Gross Date Rate (GDR)", 100), line("Angka Infeksi Rumah Sakit", 125),
                        line("Indeks Kepuasan Masyarakat", 150)])
        let tgt = Cell.of([line("90.00", 100), line("100.00", 125), line("80.00", 150)])
        let recs = IndicatorReader().read([table([[Cell(text: "1"), sasaran, ind, tgt]])]).indicators
        #expect(recs.map(\.indikator) == ["Gross Date Rate (GDR)", "Angka Infeksi Rumah Sakit", "Indeks Kepuasan Masyarakat"])
        #expect(recs.map { $0.target?.number } == [90, 100, 80])
        #expect(recs.allSatisfy { $0.sasaran == "Terciptanya pelayanan kesehatan yang bermutu" && $0.no == "1" })
    }

    @Test func aWrappedIndicatorBesideAValueOverTwoLinesStaysWhole() {
        // `81` and `(103,85)` are one realisasi written over two lines, beside one wrapped indicator.
        let ind = Cell.of([line("Skor Pola Pangan Harapan Tingkat", 100), line("Konsumsi", 111)])
        let tgt = Cell.of([line("81", 100), line("(103,85)", 111)])
        let recs = IndicatorReader().read([table([[Cell(text: "1"), sasaran, ind, tgt]])]).indicators
        #expect(recs.map(\.indikator) == ["Skor Pola Pangan Harapan Tingkat Konsumsi"])
    }
}
