import Interpretation
import KinerjaModel
import Testing

private func cell(_ text: String, carried: Bool = false) -> Cell { Cell(text: text, carried: carried) }

/// An indikator cell spanning several rows, each row with measures of its own (a Renstra's
/// service aspects, one per spanning cell, with a measure per row): every row is a record.
@Suite("Interpretation: rows under a spanning indikator")
struct SpanningIndikatorRowsTests {
    private func table(_ rows: [[Cell]]) -> Table {
        Table(id: "t1", pages: [30], caption: nil,
              columns: [Column(header: "No"), Column(header: "Indikator Kinerja"), Column(header: "Target"), Column(header: "Realisasi")],
              rows: rows, rowPages: rows.map { _ in 30 })
    }

    @Test func aRowWithItsOwnMeasuresIsARecord() {
        let t = table([
            [cell("I"), cell("Kebijakan teknis penyelenggaraan urusan"), cell("96,68%"), cell("96,68%")],
            [cell("I", carried: true), cell("Kebijakan teknis penyelenggaraan urusan", carried: true), cell("1 dokumen"), cell("1 dokumen")],
            [cell("II"), cell("Ketaatan terhadap peraturan"), cell("93,33%"), cell("93,33%")],
        ])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map(\.indikator) == ["Kebijakan teknis penyelenggaraan urusan", "Kebijakan teknis penyelenggaraan urusan",
                                          "Ketaatan terhadap peraturan"])
        #expect(recs.map { $0.target?.number } == [96.68, 1, 93.33])
        #expect(recs.map { $0.realisasi?.unit } == [nil, "dokumen", nil])
    }

    @Test func aRowWhoseMeasuresSpanToo() {
        // The whole row spans (its measures carried too): no record of its own.
        let t = table([
            [cell("I"), cell("Kebijakan teknis penyelenggaraan urusan"), cell("96,68%"), cell("96,68%")],
            [cell("I", carried: true), cell("Kebijakan teknis penyelenggaraan urusan", carried: true), cell("96,68%", carried: true), cell("")],
        ])
        #expect(IndicatorReader().read([t]).indicators.count == 1)
    }
}
