@testable import Interpretation
import KinerjaModel
import Testing

@Suite("Interpretation: values of several rows in one cell, and a second measure line")
struct SpannedValuesTests {
    private func line(_ t: String, _ top: Double) -> CellLine { CellLine(text: t, top: top, page: 4, x0: 60, x1: 200) }

    /// A Rencana Aksi page whose target cell lacks the rule between two rows: `100%` level
    /// with the first indicator, `1 dokumen` with the second, one cell spanning both rows.
    private func rencanaAksi(_ target: Cell) -> Table {
        let cols = ["INDIKATOR KINERJA SASARAN", "Target", "INDIKATOR KEGIATAN", "TARGET KEGIATAN", "ANGGARAN"]
            .map { Column(header: $0) }
        var copy = target
        copy.carried = true
        let rows = [[Cell(text: ""), Cell(text: ""), Cell.of([line("Prosentase Pengembangan Bandara", 100)]), target,
                     Cell.of([line("5.969.500.000,00", 100)])],
                    [Cell(text: ""), Cell(text: ""), Cell.of([line("Jumlah dokumen Review FS", 150)]), copy,
                     Cell.of([line("441.080.000,00", 150)])]]
        var t = Table(id: "t1", pages: [4], caption: nil, columns: cols, rows: rows, rowPages: [4, 4])
        t.spans = [Table.Span(row0: 0, col0: 3, row1: 1, col1: 3)]
        return t
    }

    @Test func eachValueGoesToTheRowItStandsBeside() {
        let recs = IndicatorReader().read([rencanaAksi(Cell.of([line("100%", 100), line("1 dokumen", 150)]))]).indicators
        #expect(recs.map(\.target?.raw) == ["100%", "1 dokumen"])
        #expect(recs.count == 2 && recs[0].target?.number == 100 && recs[1].target?.number == 1 && recs[1].target?.unit == "dokumen")
    }

    @Test func aValueSharedByTheRowsOrLinesNotLevelWithThemStayWhole() {
        // One value for both rows: shared.
        let shared = IndicatorReader().read([rencanaAksi(Cell.of([line("2 dokumen", 125)]))]).indicators
        #expect(shared.map(\.target?.raw) == ["2 dokumen", "2 dokumen"])
        // Two lines both above the second indicator: one value written over two lines, not one a row.
        let above = IndicatorReader().read([rencanaAksi(Cell.of([line("1.000", 100), line("2.000", 112)]))]).indicators
        #expect(above.map(\.target?.raw) == ["1.000 2.000", "1.000 2.000"])
    }

    @Test func fewerValuesThanRowsGoToTheRowsLevelWithThem() {
        // A parent indicator with no value of its own over two items; the value lines level with the items.
        let cols = ["Indikator Kinerja", "Satuan", "Target"].map { Column(header: $0) }
        let target = Cell.of([line("1,077,633.93", 112), line("284,125.60", 124)])
        var copy = target
        copy.carried = true
        let rows = [[Cell.of([line("Prosentase Peningkatan Produksi", 100)]), Cell(text: ""), target],
                    [Cell.of([line("Produksi Budidaya", 112)]), Cell(text: "ton"), copy],
                    [Cell.of([line("Produksi Tangkap", 124)]), Cell(text: "ton"), copy]]
        var t = Table(id: "t1", pages: [4], caption: nil, columns: cols, rows: rows, rowPages: [4, 4, 4])
        t.spans = [Table.Span(row0: 0, col0: 2, row1: 2, col1: 2)]
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map(\.target?.raw) == [nil, "1,077,633.93", "284,125.60"])
    }

    @Test func aSecondMeasureLineWithItsOwnKategoriIsARecord() {
        let cols = ["No", "Indikator Kinerja", "Sat", "Target", "Realisasi", "Capaian Kinerja (%)", "Kategori"].map { Column(header: $0) }
        func row(_ cells: [String]) -> [Cell] { cells.map { Cell(text: $0) } }
        let rows = [row(["2", "Jumlah UTTP dan BDKT", "Buah", "6,831,222", "4,341,614", "63.46", "Sedang"]),
                    row(["", "", "Buah", "3,900", "928", "23.79", "Kurang"])]
        let t = Table(id: "t1", pages: [35], caption: nil, columns: cols, rows: rows, rowPages: [35, 35])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map(\.indikator) == ["Jumlah UTTP dan BDKT", "Jumlah UTTP dan BDKT"])
        #expect(recs.count == 2 && recs[1].target?.number == 3900 && recs[1].capaian?.number == 23.79)
    }
}
