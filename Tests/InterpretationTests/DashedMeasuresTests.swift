import Interpretation
import KinerjaModel
import Testing

/// A `-` in a measure column is the document saying "no value": a second column of the same
/// role (a cumulative `Realisasi s/d Tahun 2013` beside `Realisasi Tahun 2013`) means something
/// else and must not stand in for it.
@Suite("Interpretation: a dashed measure stays empty")
struct DashedMeasuresTests {
    private func table(_ headers: [String], _ rows: [[String]]) -> Table {
        .onePage("t1", page: 49, headers: headers, texts: rows)
    }

    @Test func aDashIsNotFilledFromTheCumulativeColumn() {
        let t = table(["No", "Indikator Sasaran", "Realisasi Tahun 2013", "Realisasi s/d Tahun 2013", "Target RPJMD"], [
            ["1", "Jumlah bintek dan pembinaan budidaya", "105", "605", "460"],
            ["2", "Pengembangan Multiaktivitas Agribisnis Perkebunan (Lokasi)", "-", "15", "15"],
        ])
        let read = IndicatorReader().read([t])
        #expect(read.indicators.count == 2)
        #expect(read.indicators.map { $0.realisasi?.number } == [105, nil])
        #expect(read.indicators.map { $0.target?.number } == [460, 15])
    }

    /// An empty cell (no text at all) is no statement: a column split in two pieces by a lost
    /// rule still gives its value from whichever piece holds it.
    @Test func anEmptyCellStillTakesTheNextColumnsValue() {
        let t = table(["No", "Indikator Sasaran", "Realisasi", "Realisasi", "Target"], [
            ["1", "Jumlah dokumen perencanaan", "", "12", "10"],
        ])
        let read = IndicatorReader().read([t])
        #expect(read.indicators.map { $0.realisasi?.number } == [12])
    }
}
