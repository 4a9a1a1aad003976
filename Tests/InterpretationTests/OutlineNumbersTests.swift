@testable import Interpretation
import KinerjaModel
import Testing

/// Outline numbers OCR read without their dots (`11112` for `1.1.1.2`): the numbers that kept
/// their dots around them say which one stands there, when exactly one spells those digits.
@Suite("Interpretation: outline numbers read without their dots")
struct OutlineNumbersTests {
    private let headers = ["No", "Sasaran", "Indikator Kinerja", "Target"]
    private func ocr(_ text: String) -> Cell { Cell(text: text, confidence: 91) }
    private func row(_ indikator: String, _ target: String, no: String = "", ocr: Bool = true) -> [Cell] {
        let ind = ocr ? self.ocr(indikator) : Cell(text: indikator)
        let tgt = ocr ? self.ocr(target) : Cell(text: target)
        return [Cell(text: no), Cell(text: no.isEmpty ? "" : "Meningkatnya produksi ternak"), ind, tgt]
    }

    @Test func undottedNumbersTheSequenceExpectsAreRepaired() {
        let t = Table.onePage("t1", page: 2, headers: headers, rows: [
            row("1.1.1.1 Jumlah rekomendasi hasil pengujian (dokumen)", "10", no: "1.1."),
            row("11111 Jumlah sampel yang diuji (sampel)", "1.100"),
            row("11112 Jumlah sampel yang diuji ulang (sampel)", "100"),
            row("1.1.1.2 Jumlah jenis pengujian (jenis)", "8"),
            row("111.21 Jumlah alat yang dikalibrasi (unit)", "24"),
            row("99999 Jumlah lain (unit)", "3"),
        ])
        let result = IndicatorReader().read([t])
        let recs = result.indicators
        #expect(recs.map(\.no) == ["1.1.1.1", "1.1.1.1.1", "1.1.1.1.2", "1.1.1.2", "1.1.1.2.1", nil])
        #expect(recs.map(\.indikator) == ["Jumlah rekomendasi hasil pengujian (dokumen)", "Jumlah sampel yang diuji (sampel)",
                                          "Jumlah sampel yang diuji ulang (sampel)", "Jumlah jenis pengujian (jenis)",
                                          "Jumlah alat yang dikalibrasi (unit)", "99999 Jumlah lain (unit)"])
        let repaired = result.warnings.filter { $0.code == "outline_number_repaired" }
        #expect(repaired.count == 3)
        #expect(repaired.dropFirst().first?.message.contains("\"11112\"") == true)
        #expect(repaired.dropFirst().first?.message.contains("1.1.1.1.2") == true)
        #expect(repaired.first?.page == 2)
    }

    @Test func digitsNoExpectedNumberSpellsStayAsRead() {
        // After 1.1.1.1 come 1.1.1.1.1, 1.1.1.2, 1.1.2, 1.2 or 2: `11112` (1.1.1.1.2, a second
        // sub-item with no first) and after 1.1.1.2, `11131` spell none of them.
        let t = Table.onePage("t1", page: 2, headers: headers, rows: [
            row("1.1.1.1 Jumlah rekomendasi (dokumen)", "10", no: "1.1."),
            row("11112 Jumlah sampel (sampel)", "20"),
            row("1.1.1.2 Jumlah jenis (jenis)", "8"),
            row("11131 Jumlah sampel (sampel)", "20"),
            row("1.1.1.3 Jumlah alat (unit)", "24"),
        ])
        let result = IndicatorReader().read([t])
        #expect(result.indicators.map(\.no) == ["1.1.1.1", nil, "1.1.1.2", nil, "1.1.1.3"])
        #expect(result.indicators[1].indikator == "11112 Jumlah sampel (sampel)")
        #expect(result.indicators[3].indikator == "11131 Jumlah sampel (sampel)")
        #expect(!result.warnings.contains { $0.code == "outline_number_repaired" })
    }

    @Test func typedTextIsNotReadThisWay() {
        let t = Table.onePage("t1", page: 2, headers: headers, rows: [
            row("1.1.1.1 Jumlah rekomendasi (dokumen)", "10", no: "1.1.", ocr: false),
            row("11111 Jumlah sampel (sampel)", "20", ocr: false),
            row("1.1.1.3 Jumlah alat (unit)", "24", ocr: false),
        ])
        let result = IndicatorReader().read([t])
        #expect(result.indicators[1].indikator == "11111 Jumlah sampel (sampel)")
        #expect(!result.warnings.contains { $0.code == "outline_number_repaired" })
    }

    @Test func aStackedItemOpenedByTheRepairedNumberIsCutFromTheOneAbove() {
        func line(_ t: String, _ top: Double) -> CellLine { CellLine(text: t, top: top, page: 2) }
        var ind = Cell.of([line("2.1.1.1.1 Jumlah pelaku usaha yang", 100), line("mengakses fasilitas (orang)", 112),
                           line("21112 Jumlah kabupaten/kota yang", 124), line("mengakses permodalan (kab/kota)", 136)])
        ind.confidence = 90
        var tgt = Cell.of([line("27", 100), line("1", 124)])
        tgt.confidence = 90
        let t = Table.onePage("t1", page: 2, headers: headers, rows: [
            [Cell(text: "2.1."), Cell(text: "Meningkatnya daya saing"), ind, tgt],
        ])
        let result = IndicatorReader().read([t])
        #expect(result.indicators.map(\.no) == ["2.1.1.1.1", "2.1.1.1.2"])
        #expect(result.indicators.map { $0.target?.number } == [27, 1])
        #expect(result.indicators.last?.indikator == "Jumlah kabupaten/kota yang mengakses permodalan (kab/kota)")
        #expect(result.warnings.filter { $0.code == "outline_number_repaired" }.count == 1)
    }

    @Test func followersOfAnOutlineNumber() {
        #expect(IndicatorReader.followers(of: [1, 1, 2, 3]) == [[1, 1, 2, 3, 1], [1, 1, 2, 4], [1, 1, 3], [1, 2], [2]])
    }
}
