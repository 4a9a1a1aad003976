@testable import Interpretation
import KinerjaModel
import Testing

/// A scanned PK read line by line: each indicator's wrapped lines became rows of their own,
/// its target set beside the last line.
@Suite("Interpretation: a row cut from the one above at a wrapped line")
struct ContinuationRowsTests {
    private func table(_ rows: [[String]]) -> Table {
        let cols = ["No", "Sasaran Strategis", "", "Indikator Kinerja", "Target"].map { Column(header: $0) }
        return Table(id: "t2", pages: [2], caption: nil, columns: cols, rows: rows.map { $0.map { Cell(text: $0) } },
                     rowPages: rows.map { _ in 2 })
    }

    @Test func theRestOfAWrappedIndicatorAndItsValueJoinTheRowAbove() {
        let t = table([["1.1", "Meningkatnya produksi", "1.1.1.1", "Prosentase pencapaian sasaran target", ""],
                       ["", "populasi ternak", "", "pembangunan peternakan (%)", "100"],
                       ["", "", "1.1.1.2", "Jumlah konten website yang terupdate", ""],
                       ["", "", "", "(konten)", "6"]])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map(\.indikator) == ["Prosentase pencapaian sasaran target pembangunan peternakan (%)",
                                          "Jumlah konten website yang terupdate (konten)"])
        #expect(recs.map { $0.target?.number } == [100, 6])
        #expect(recs.allSatisfy { $0.sasaran == "Meningkatnya produksi populasi ternak" })
    }

    @Test func itemsNumbersAndSecondValuesStayRowsOfTheirOwn() {
        let t = table([["1", "Meningkatnya produksi", "", "Jumlah produksi :", ""],
                       ["", "", "", "a. Teh", "110"],                       // a lettered item
                       ["", "", "1.2", "persentase benih bersertifikat", "5"], // a number of its own
                       ["", "", "", "jumlah kebun sumber benih", "3"]])     // a value beside a value
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.count == 4)
    }
}
