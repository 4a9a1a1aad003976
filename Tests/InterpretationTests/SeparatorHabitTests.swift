import Interpretation
import KinerjaModel
import Testing

// A PK numbering its sasaran `1.1.` in a cell spanning four rows: neither the list number
// nor its copies in the rows below say the report writes decimals with a point.
@Suite("Interpretation: the document's separator habit")
struct SeparatorHabitTests {
    func pk(_ extra: [[Cell]] = []) -> Table {
        Table.onePage("t1", page: 2, headers: ["No", "Sasaran Program/Kegiatan", "Indikator Kinerja", "Target"], rows: [
            [Cell(text: "1.1."), Cell(text: "Meningkatnya produksi"), Cell(text: "1.1.1.1 Jumlah rekomendasi (sampel)"), Cell(text: "1.100")],
            [Cell(text: "1.1.", carried: true), Cell(text: "Meningkatnya produksi", carried: true), Cell(text: "1.1.1.2 Jumlah sampel (sampel)"), Cell(text: "1.100")],
            [Cell(text: "1.1.", carried: true), Cell(text: "Meningkatnya produksi", carried: true), Cell(text: "1.1.1.3 Jumlah jenis (jenis)"), Cell(text: "8")],
        ] + extra)
    }

    @Test func listNumbersAndSpannedCopiesAreNoEvidence() {
        let result = IndicatorReader().read([pk()])
        #expect(result.indicators.count == 3)
        #expect(result.indicators[0].target?.number == 1100)
        #expect(result.indicators[1].target?.number == 1100)
        // Read by the usual rule, and said to be unconfirmed by the document.
        #expect(result.warnings.filter { $0.code == "ambiguous_separator" }.count == 2)
        #expect(result.warnings.first { $0.code == "ambiguous_separator" }?.page == 2)
    }

    @Test func aPointDecimalDocumentReadsTheSameFigureAsADecimal() {
        let decimals = ["1.25", "3.50", "2.75"].enumerated().map { i, v in
            [Cell(text: "2.\(i + 1)."), Cell(text: "Meningkatnya mutu"), Cell(text: "Indeks mutu \(i)"), Cell(text: v)]
        }
        let result = IndicatorReader().read([pk(decimals)])
        #expect(result.indicators[0].target?.number == 1.1)
        #expect(!result.warnings.contains { $0.code == "ambiguous_separator" })
    }

    @Test func aCommaDecimalDocumentReadsThousands() {
        let decimals = ["1,25", "3,50", "2,75"].enumerated().map { i, v in
            [Cell(text: "2.\(i + 1)."), Cell(text: "Meningkatnya mutu"), Cell(text: "Indeks mutu \(i)"), Cell(text: v)]
        }
        let result = IndicatorReader().read([pk(decimals)])
        #expect(result.indicators[0].target?.number == 1100)
        #expect(!result.warnings.contains { $0.code == "ambiguous_separator" })
    }

    @Test func aColumnShowingItsHabitDecidesInAMixedDocument() {
        let comma = ["1,25", "3,50", "2,75"].enumerated().map { i, v in
            [Cell(text: "2.\(i + 1)."), Cell(text: "Meningkatnya mutu"), Cell(text: "Indeks mutu \(i)"), Cell(text: v)]
        }
        let point = Table.onePage("t2", page: 3, headers: ["No", "Indikator Kinerja", "Target"], rows:
            ["1.25", "3.50", "2.75", "4.25"].enumerated().map { i, v in [Cell(text: "\(i + 1)."), Cell(text: "Rasio \(i)"), Cell(text: v)] })
        let result = IndicatorReader().read([pk(comma), point])
        #expect(result.indicators[0].target?.number == 1100)
        #expect(!result.warnings.contains { $0.code == "ambiguous_separator" })
        #expect(result.indicators.last?.target?.number == 4.25)
    }
}
