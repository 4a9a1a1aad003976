@testable import Interpretation
import KinerjaModel
import Testing

/// Figures the document marks: a footnote mark after a provisional figure, a minus sign set
/// against a decrease. The figure is read; the raw text is kept.
@Suite("Interpretation: marked numbers")
struct MarkedNumbersTests {
    private func records(_ rows: [[String]]) -> [Indicator] {
        let t = Table.onePage("t9", page: 21, headers: ["Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
                              rows: rows.map { $0.map { Cell(text: $0) } })
        return IndicatorReader().read([t]).indicators
    }

    @Test func aFootnoteMarkAfterAFigureLeavesTheFigure() {
        let recs = records([["Jumlah produksi padi", "12.317.066", "12.540.550 *)", "101,81"],
                            ["Jumlah Produksi Jagung", "1.190.793", "1.630.238**", "136,90"]])
        #expect(recs.map { $0.realisasi?.number } == [12_540_550, 1_630_238])
        #expect(recs.map { $0.realisasi?.raw } == ["12.540.550 *)", "1.630.238**"])
    }

    @Test func aMinusAgainstTheFigureIsADecrease() {
        let recs = records([["Prosentase Penurunan Intensitas Serangan OPT (%)", "-1,00", "-1,02", "102,03"]])
        #expect(recs.first?.target?.number == -1)
        #expect(recs.first?.realisasi?.number == -1.02)
        #expect(recs.first?.capaian?.number == 102.03)
    }

    @Test func aDashApartOrAMarkAloneIsNoFigure() {
        let recs = records([["Jumlah Luas sawah Baru", "10", "- **)", ""], ["Jumlah kegiatan", "10", "- 8", ""]])
        #expect(recs.map { $0.realisasi?.number } == [nil, nil])
        #expect(recs.first?.realisasi?.raw == "- **)")
    }
}
