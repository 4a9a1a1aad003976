@testable import Interpretation
import KinerjaModel
import Testing

@Suite("Interpretation: indicator count stated in the text")
struct IndicatorCountTests {
    private func records(_ n: Int, table: String = "t1") -> [Indicator] {
        (1...n).map { Indicator(table: table, page: 5, no: "\($0)", sasaran: "Meningkatnya produksi", indikator: "Indikator nomor \($0)",
                                target: Value(raw: "100%", kind: .percent, payload: .number(100))) }
    }

    @Test func numberWordsAreRead() {
        #expect(Consistency.numberWords("Tiga Puluh Lima") == 35)
        #expect(Consistency.numberWords("dua belas") == 12)
        #expect(Consistency.numberWords("Empat Belas ") == 14)
        #expect(Consistency.numberWords("sepuluh") == 10)
        #expect(Consistency.numberWords("seratus lima") == 105)
        #expect(Consistency.numberWords("embilan") == nil)
        #expect(Consistency.numberWords("tiga belas belas") == nil)
    }

    @Test func aStatedCountNoTableGivesIsWarned() {
        let text = "Capaian kinerja Dinas diukur melalui 35 (Tiga Puluh Lima) indikator kinerja sebagaimana tabel berikut."
        let w = Consistency.indicatorCountMismatches(records(33), pages: [(page: 4, text: text)])
        #expect(w.count == 1)
        #expect(w.first?.code == "indicator_count_mismatch" && w.first?.page == 4)
        #expect(w.first?.message.contains("35 (Tiga Puluh Lima) indikator") == true)
    }

    @Test func aCountThatATableGivesIsSilent() {
        let text = "sebanyak 35 (Tiga Puluh\nLima) indikator kinerja"
        #expect(Consistency.indicatorCountMismatches(records(35), pages: [(page: 4, text: text)]).isEmpty)
        // Counted per sasaran group: 3 of the 35 under one sasaran.
        var recs = records(32)
        recs += (1...3).map { Indicator(table: "t1", page: 6, no: "9.\($0)", sasaran: "Terkendalinya penyakit", indikator: "Kasus \($0)") }
        let group = "Sasaran ini diukur dengan 3 (tiga) indikator kinerja."
        #expect(Consistency.indicatorCountMismatches(recs, pages: [(page: 6, text: group)]).isEmpty)
    }

    @Test func subsetsDisagreeingWordsAndDocumentsWithoutRecordsAreSilent() {
        let texts = [
            "sebanyak 6 (enam) indikator mengalami percepatan",          // a subset
            "terdapat 4 (empat) indikator yang tidak mencapai target",   // a subset
            "dengan 13 (sembilan belas) indikator sasaran strategis",    // digits and words disagree
            "ditetapkan 45 (empat puluh lima) Indikator Sasaran Program", // another kind of indicator
            "sebanyak 7 indikator",                                       // no count in words
        ]
        for t in texts {
            #expect(Consistency.indicatorCountMismatches(records(9), pages: [(page: 2, text: t)]).isEmpty, "\(t)")
        }
        #expect(Consistency.indicatorCountMismatches([], pages: [(page: 2, text: "melalui 35 (tiga puluh lima) indikator")]).isEmpty)
    }
}

@Suite("Interpretation: what the capaian check compares")
struct CapaianScopeTests {
    @Test func aSasaransCapaianIsNotCheckedAgainstOneIndicator() {
        // `Capaian Sasaran` 80,5 is the mean of the sasaran's two indicators (101 % and 60 %).
        let cols = ["No", "Sasaran", "Indikator Sasaran", "Target", "Realisasi", "Capaian Sasaran"].map { Column(header: $0) }
        func row(_ cells: [String]) -> [Cell] { cells.map { Cell(text: $0) } }
        let t = Table(id: "t5", pages: [30], caption: nil, columns: cols,
                      rows: [row(["1.", "Peningkatan Ketersediaan pangan", "Skor Pola Pangan Harapan", "85", "86 (101%)", "80,5"]),
                             row(["", "", "Jumlah Tonase Cadangan Pangan", "450", "270 (60%)", ""])],
                      rowPages: [30, 30])
        let r = IndicatorReader().read([t])
        #expect(r.warnings.filter { $0.code == "capaian_inconsistent" }.isEmpty)
        #expect(r.indicators.first?.capaian?.number == 80.5 && r.indicators.first?.realisasi?.number == 86)
        // Under a plain `Capaian` header the same numbers are flagged.
        var plain = t
        plain.columns[5] = Column(header: "Capaian")
        #expect(IndicatorReader().read([plain]).warnings.contains { $0.code == "capaian_inconsistent" })
    }
}
