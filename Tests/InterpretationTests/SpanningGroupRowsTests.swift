@testable import Interpretation
import KinerjaModel
import Testing

@Suite("Interpretation: unlabelled full-width group rows name the sasaran of the rows below")
struct SpanningGroupRowsTests {
    private let columns = ["No", "Indikator Kinerja", "Satuan", "Target 2015", "Target 2016"].map { Column(header: $0) }

    private func row(_ cells: [String]) -> [Cell] { cells.map { Cell(text: $0) } }

    /// A Renstra target table: numbered sasaran rows whose one cell is merged from the
    /// indikator column across the measure columns, each over indicator rows with targets.
    private func renstra(mergeGroups: Bool = true, extra: [[String]] = []) -> Table {
        let rows = [row(["1", "Meningkatnya kontribusi terhadap pemenuhan kebutuhan air minum", "", "", ""]),
                    row(["", "Cakupan Layanan Air Minum", "%", "66,43", "74,82"]),
                    row(["2", "Meningkatnya kontribusi terhadap pemenuhan kebutuhan hunian", "", "", ""]),
                    row(["", "Persentase penurunan luasan permukiman kumuh", "%", "80", "60"])] + extra.map(row)
        var t = Table(id: "t1", pages: [45], caption: nil, columns: columns, rows: rows,
                      rowPages: Array(repeating: 45, count: rows.count))
        if mergeGroups {
            t.spans = [0, 2].map { Table.Span(row0: $0, col0: 1, row1: $0, col1: 4) }
        }
        return t
    }

    @Test func aMergedRowAboveValuedRowsIsTheirSasaranNotARecord() {
        let recs = IndicatorReader().read([renstra()]).indicators
        #expect(recs.map(\.indikator) == ["Cakupan Layanan Air Minum", "Persentase penurunan luasan permukiman kumuh"])
        #expect(recs.map(\.sasaran) == ["Meningkatnya kontribusi terhadap pemenuhan kebutuhan air minum",
                                        "Meningkatnya kontribusi terhadap pemenuhan kebutuhan hunian"])
        #expect(recs[0].periods.first?.target?.raw == "66,43")
    }

    @Test func theSameRowsWithoutTheMergedCellStayIndicators() {
        // Indicators whose measures are merely empty keep cells of their own: records, no sasaran.
        let recs = IndicatorReader().read([renstra(mergeGroups: false)]).indicators
        #expect(recs.count == 4)
        #expect(recs.allSatisfy { $0.sasaran == nil })
    }

    @Test func aMergedRowWithNoValuedRowBelowStaysARecord() {
        // A merged row over rows without values heads nothing: it is left as it was printed.
        var t = renstra(extra: [])
        t.rows[3] = row(["", "Persentase penurunan luasan permukiman kumuh", "%", "", ""])
        t.rows[1] = row(["", "Cakupan Layanan Air Minum", "%", "", ""])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.count == 4)
        #expect(recs.allSatisfy { $0.sasaran == nil })
    }

    @Test func aMergedRowEndingTheTableHeadsTheBlockOnTheNextPage() {
        var t = renstra(extra: [["3", "Meningkatnya kontribusi terhadap akses sanitasi", "", "", ""]])
        t.spans.append(Table.Span(row0: 4, col0: 1, row1: 4, col1: 4))
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.count == 2)
    }

    @Test func aMergedCellThatLeavesAMeasureColumnOutIsNoGroupRow() {
        // `Belum ada data` merged over part of the row beside an indicator: still a record.
        var t = renstra()
        t.spans = [0, 2].map { Table.Span(row0: $0, col0: 1, row1: $0, col1: 3) }
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.count == 4)
    }

    @Test func rowsCutIntoPartsKeepTheSpansBelowInStep() {
        // A cell stacking two indicators beside two targets becomes two rows: the merged group
        // row below still names the rows under it.
        func line(_ t: String, _ top: Double) -> CellLine { CellLine(text: t, top: top, page: 45, x0: 60, x1: 110, firstWordWidth: 40) }
        var t = renstra()
        let ind = Cell(text: "Cakupan A Cakupan B", lines: [line("Cakupan A", 100), line("Cakupan B", 130)], left: 58, right: 300)
        let v1 = Cell(text: "1 2", lines: [line("1", 100), line("2", 130)])
        let v2 = Cell(text: "3 4", lines: [line("3", 100), line("4", 130)])
        t.rows[1] = [Cell(text: ""), ind, Cell(text: "%"), v1, v2]
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map(\.indikator) == ["Cakupan A", "Cakupan B", "Persentase penurunan luasan permukiman kumuh"])
        #expect(recs.last?.sasaran == "Meningkatnya kontribusi terhadap pemenuhan kebutuhan hunian")
    }

    @Test func aNumberedLabelledRowMergedFromTheNumberColumnNamesItsSasaran() {
        let cols = ["NO", "INDIKATOR KINERJA", "SATUAN", "Capaian 2015", "Capaian 2016"].map { Column(header: $0) }
        let rows = [row(["I. SASARAN : Meningkatnya kemandirian masyarakat", "", "", "", ""]),
                    row(["", "a) Persentase Desa Siaga Aktif", "Persen", "115,5", "143,63"])]
        var t = Table(id: "t1", pages: [80], caption: nil, columns: cols, rows: rows, rowPages: [80, 80])
        t.spans = [Table.Span(row0: 0, col0: 0, row1: 0, col1: 4)]
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map(\.sasaran) == ["Meningkatnya kemandirian masyarakat"])
        // The label is read without the merged cell too (a borderless table).
        t.spans = []
        #expect(IndicatorReader().read([t]).indicators.map(\.sasaran) == ["Meningkatnya kemandirian masyarakat"])
    }

    @Test func aHeadingOverProgramColumnsNamesNoSasaran() {
        let cols = ["No", "Program/Kegiatan", "Indikator Kinerja", "Target Capaian"].map { Column(header: $0) }
        let rows = [row(["", "PROGRAM WAJIB", "", ""]),
                    row(["1", "Koordinasi Perencanaan Pembangunan", "Tersedianya dokumen perencanaan", "1 Kegiatan"])]
        var t = Table(id: "t1", pages: [14], caption: nil, columns: cols, rows: rows, rowPages: [14, 14])
        t.spans = [Table.Span(row0: 0, col0: 1, row1: 0, col1: 3)]
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map(\.indikator) == ["Tersedianya dokumen perencanaan"])
        #expect(recs.first?.sasaran == nil)
    }

    @Test func aMergedNoteInsideTheRowAboveSpanIsNoRecordAndNamesNothing() {
        // `Analisis Kinerja :` under an indicator, beside its sasaran cell spanning down: the
        // note is no indicator, and it names no sasaran.
        let cols = ["Sasaran", "Indikator", "Target", "Realisasi"].map { Column(header: $0) }
        var sasaran = Cell(text: "Meningkatnya kunjungan wisatawan")
        let rows = [[sasaran, Cell(text: "Kunjungan wisatawan mancanegara"), Cell(text: "1.100.000"), Cell(text: "4.428.094")],
                    [{ sasaran.carried = true; return sasaran }(), Cell(text: "Analisis Kinerja : naik"), Cell(text: ""), Cell(text: "")],
                    row(["", "Kunjungan wisatawan nusantara", "38.599.000", "58.728.666"])]
        var t = Table(id: "t1", pages: [3], caption: nil, columns: cols, rows: rows, rowPages: [3, 3, 3])
        t.spans = [Table.Span(row0: 1, col0: 1, row1: 1, col1: 3)]
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map(\.indikator) == ["Kunjungan wisatawan mancanegara", "Kunjungan wisatawan nusantara"])
        #expect(recs.allSatisfy { $0.sasaran == "Meningkatnya kunjungan wisatawan" })
    }
}
