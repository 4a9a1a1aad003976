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

    /// Rows of a second sasaran (`2.1.` …) whose targets are the given figures: a document's
    /// habit written out in one column.
    func mutuRows(_ targets: [String]) -> [[Cell]] {
        targets.enumerated().map { i, v in
            [Cell(text: "2.\(i + 1)."), Cell(text: "Meningkatnya mutu"), Cell(text: "Indeks mutu \(i)"), Cell(text: v)]
        }
    }

    @Test func listNumbersAndSpannedCopiesAreNoEvidence() {
        let result = IndicatorReader().read([pk()])
        #expect(result.indicators.count == 3)
        #expect(result.indicators[0].target?.number == 1100)
        #expect(result.indicators[1].target?.number == 1100)
        // Read by the usual rule, and said to be unconfirmed by the document: once for the
        // column, which names how many and the first.
        let notes = result.warnings.filter { $0.code == "ambiguous_separator" }
        #expect(notes.count == 1)
        #expect(notes.first?.page == 2)
        #expect(notes.first?.message.hasPrefix("t1 Target: 2 numbers like \"1.100\" (read as 1100)") == true)
    }

    @Test func severalAmbiguousCellsInOneColumnGiveOneWarningNamingTheCount() {
        let t = Table(id: "t18", pages: [4, 5], caption: nil,
                      columns: ["No", "Indikator Kinerja", "Target", "Realisasi"].map { Column(header: $0) },
                      rows: [["1", "Jumlah peserta", "305,000", "310,500"], ["2", "Jumlah sampel", "1,200", "1,250"],
                             ["3", "Jumlah kunjungan", "12,000", "11,800"], ["4", "Jumlah laporan", "12", "12"]]
                        .map { $0.map { Cell(text: $0) } },
                      rowPages: [4, 4, 5, 5])
        let result = IndicatorReader().read([t])
        // Every cell read as before: thousands.
        #expect(result.indicators.map { $0.target?.number } == [305_000, 1200, 12_000, 12])
        #expect(result.indicators.map { $0.realisasi?.number } == [310_500, 1250, 11_800, 12])
        let notes = result.warnings.filter { $0.code == "ambiguous_separator" }
        // One per column, on the page of its first such cell.
        #expect(notes.count == 2)
        #expect(notes.map(\.page) == [4, 4])
        #expect(notes.first?.message.hasPrefix("t18 Target: 3 numbers like \"305,000\" (read as 305000)") == true)
        #expect(notes.last?.message.hasPrefix("t18 Realisasi: 3 numbers like \"310,500\" (read as 310500)") == true)
    }

    @Test func aColumnWithOneAmbiguousCellKeepsTheCellsWarning() {
        let t = Table(id: "t2", pages: [3], caption: nil,
                      columns: ["No", "Indikator Kinerja", "Target"].map { Column(header: $0) },
                      rows: [["1", "Jumlah peserta", "1.320 Sampel"], ["2", "Jumlah laporan", "12"]].map { $0.map { Cell(text: $0) } },
                      rowPages: [3, 3])
        let notes = IndicatorReader().read([t]).warnings.filter { $0.code == "ambiguous_separator" }
        #expect(notes.count == 1)
        #expect(notes.first?.message.hasPrefix("t2 no 1 Target: read \"1.320 Sampel\" as 1320") == true)
    }

    @Test func aPointDecimalDocumentReadsTheSameFigureAsADecimal() {
        let decimals = mutuRows(["1.25", "3.50", "2.75"])
        let result = IndicatorReader().read([pk(decimals)])
        #expect(result.indicators[0].target?.number == 1.1)
        #expect(!result.warnings.contains { $0.code == "ambiguous_separator" })
    }

    @Test func aCommaDecimalDocumentReadsThousands() {
        let decimals = mutuRows(["1,25", "3,50", "2,75"])
        let result = IndicatorReader().read([pk(decimals)])
        #expect(result.indicators[0].target?.number == 1100)
        #expect(!result.warnings.contains { $0.code == "ambiguous_separator" })
    }

    @Test func aColumnShowingItsHabitDecidesInAMixedDocument() {
        let comma = mutuRows(["1,25", "3,50", "2,75"])
        let point = Table.onePage("t2", page: 3, headers: ["No", "Indikator Kinerja", "Target"], rows:
            ["1.25", "3.50", "2.75", "4.25"].enumerated().map { i, v in [Cell(text: "\(i + 1)."), Cell(text: "Rasio \(i)"), Cell(text: v)] })
        let result = IndicatorReader().read([pk(comma), point])
        #expect(result.indicators[0].target?.number == 1100)
        #expect(!result.warnings.contains { $0.code == "ambiguous_separator" })
        #expect(result.indicators.last?.target?.number == 4.25)
    }
}
