@testable import Interpretation
import KinerjaModel
import Testing

/// `SASARAN` and `INDIKATOR SASARAN` each printed over two columns: the item's list number,
/// then its text. The number column is not the indikator.
@Suite("Interpretation: a list-number column under a header spanning two columns")
struct NumberingColumnsTests {
    private func table() -> Table {
        let cols = [Column(header: "SASARAN"), Column(header: "SASARAN"), Column(header: "INDIKATOR SASARAN"),
                    Column(header: "INDIKATOR SASARAN"), Column(header: "TARGET"), Column(header: "REALISASI")]
        func row(_ cells: [String]) -> [Cell] { cells.map { Cell(text: $0) } }
        let rows = [row(["1", "Tercapainya penerimaan pendapatan daerah", "1.", "Proporsi kenaikan pendapatan daerah", "50", "40,24"]),
                    row(["", "", "2.", "Proporsi PAD terhadap pendapatan daerah", "84", "84,3"]),
                    row(["2", "Terdatanya potensi pajak daerah", "3.", "Jumlah wajib retribusi", "170", "159"]),
                    // An unnumbered item written from the number's place, spanning both columns.
                    row(["", "", "Luas lahan yang terkendali (Ha)", "", "482.238", "482.238"])]
        return Table(id: "t1", pages: [21], caption: nil, columns: cols, rows: rows, rowPages: [21, 21, 21, 21])
    }

    @Test func theTextColumnNamesTheIndicatorsAndTheSasaran() {
        let recs = IndicatorReader().read([table()]).indicators
        #expect(recs.map(\.indikator) == ["Proporsi kenaikan pendapatan daerah", "Proporsi PAD terhadap pendapatan daerah",
                                          "Jumlah wajib retribusi", "Luas lahan yang terkendali (Ha)"])
        #expect(recs.map(\.sasaran) == ["Tercapainya penerimaan pendapatan daerah", "Tercapainya penerimaan pendapatan daerah",
                                        "Terdatanya potensi pajak daerah", "Terdatanya potensi pajak daerah"])
        #expect(recs.map { $0.target?.number } == [50, 84, 170, 482238])
    }

    @Test func listNumbersAreKnownByTheirShape() {
        #expect(["1", "2.", "3,", "6)", "2.1.1", "a.", "(4)", "-", "•"].allSatisfy(IndicatorReader.isListNumber))
        #expect(!["2016", "Teh", "40,24", "1.000.000", "a"].contains(where: IndicatorReader.isListNumber))
    }

    @Test func aUnitPrintedBesideItsFigureUnderOneHeaderTypesIt() {
        // A PK: `Target 2016` over `Volume` | `Satuan`, `Realisasi 2016` likewise.
        let cols = [Column(header: "Indikator Kinerja"), Column(header: "Target 2016"), Column(header: "Target 2016"),
                    Column(header: "Realisasi 2016"), Column(header: "Realisasi 2016")]
        func row(_ cells: [String]) -> [Cell] { cells.map { Cell(text: $0) } }
        let rows = [row(["Jumlah Koperasi aktif", "16.478", "Koperasi", "16.542", "Koperasi"]),
                    row(["Persentase Kredit Disalurkan ke UMKM", "21", "%", "19,70", "%"]),
                    row(["Jumlah wirausaha baru", "3.300", "Orang", "3.300", "Orang"])]
        let t = Table(id: "t1", pages: [1], caption: nil, columns: cols, rows: rows, rowPages: [1, 1, 1])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map { $0.target?.kind } == [.quantity, .percent, .quantity])
        #expect(recs.map { $0.target?.unit } == ["koperasi", nil, "orang"])
        #expect(recs.map { $0.realisasi?.number } == [16542, 19.7, 3300])
        #expect(recs[1].realisasi?.kind == .percent)
    }
}

/// A cascade: `Indikator Sasaran Strategis` (its number, then its text), `Indikator Kinerja
/// Program (Outcome)`, `Indikator Kinerja Kegiatan (Output)`, `Target 2016` — the targets are
/// the outputs'. A table cut per page may hold a single sasaran's number.
@Suite("Interpretation: the indicator level the measures measure")
struct CascadeLevelsTests {
    private func table() -> Table {
        let headers = ["No", "Sasaran Strategis", "Indikator Sasaran Strategis", "Indikator Sasaran Strategis",
                       "Indikator Kinerja Program (Outcome)", "Indikator Kinerja Kegiatan (Output)", "Target 2016"]
        func row(_ cells: [String]) -> [Cell] { cells.map { Cell(text: $0) } }
        return Table.onePage("t12", page: 25, headers: headers, rows: [
            row(["1.", "Meningkatnya Produksi Perkebunan", "1.1.", "Prosentase Peningkatan Produksi", "Jumlah Produksi Komoditas Strategis",
                 "Luas lahan peningkatan produksi tanaman tahunan", "3.200"]),
            row(["", "", "", "", "", "Luas lahan peningkatan produksi tanaman semusim", "1850"]),
            row(["", "", "", "", "Jumlah Kab/Kota yang terfasilitasi", "Jumlah Kaji Terap Peningkatan Produksi", "36"]),
        ])
    }

    @Test func theTargetsAreTheLastLevelsBesideThem() {
        let recs = IndicatorReader().read([table()]).indicators
        #expect(recs.map(\.indikator) == ["Luas lahan peningkatan produksi tanaman tahunan",
                                          "Luas lahan peningkatan produksi tanaman semusim",
                                          "Jumlah Kaji Terap Peningkatan Produksi"])
        #expect(recs.map { $0.target?.number } == [3200, 1850, 36])
        #expect(recs.allSatisfy { $0.sasaran == "Meningkatnya Produksi Perkebunan" && $0.no == "1" })
    }

    @Test func oneHeaderOverSeveralColumnsIsOneLevel() {
        let cols = ["Indikator", "Indikator", "Indikator", "Target"].map { Column(header: $0, role: .indikator) }
        var roles = cols
        roles[3].role = .target
        #expect(IndicatorReader.indikatorColumn(roles) == 0)
        var levels = roles
        levels[1].header = "Indikator Program"
        levels[2].header = "Indikator Program"
        #expect(IndicatorReader.indikatorColumn(levels) == 1)
    }

    @Test func aSingleSasaranNumberUnderASpanningHeaderIsNoIndicator() {
        var t = table()
        t.columns.remove(at: 5); t.columns.remove(at: 4)
        t.rows = [t.rows[0]].map { r in var r = r; r.remove(at: 5); r.remove(at: 4); return r }
        t.rowPages = [25]
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map(\.indikator) == ["Prosentase Peningkatan Produksi"])
    }
}

/// A PK that prints each indicator's outline number (`1.1.1.2`, `1.1.2.3.1`) in a narrow
/// column of its own left of the indicator text, under the one `Indikator Kinerja` header:
/// the records take those numbers, not the sasaran's `1` from the No column; a bulleted
/// sub-item without a number there has none.
@Suite("Interpretation: outline numbers in a column beside the indicator")
struct OutlineNumberColumnTests {
    @Test func recordsTakeTheNumbersBesideThem() {
        let cols = [Column(header: "No"), Column(header: "Sasaran Program/Kegiatan"), Column(header: ""),
                    Column(header: "Indikator Kinerja"), Column(header: "Target")]
        func row(_ cells: [String], carried: Set<Int> = []) -> [Cell] {
            cells.enumerated().map { Cell(text: $0.element, carried: carried.contains($0.offset)) }
        }
        let t = Table.onePage("t3", page: 2, headers: cols.map(\.header), rows: [
            row(["1", "Meningkatnya produksi", "1.1.1.2.", "Jumlah Kabupaten/Kota yang menerapkan GFP", "5"]),
            row(["1", "Meningkatnya produksi", "1.1.1.2.1", "Jumlah kelompok yang dapat pembinaan (kelompok)", "6"], carried: [0, 1]),
            row(["1", "Meningkatnya produksi", "1.1.2.3.1", "Prosentase kelahiran Sapi (%) :", ""], carried: [0, 1]),
            row(["1", "Meningkatnya produksi", "", "- Jarak Kelahiran (bulan)", "18"], carried: [0, 1]),
        ])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map(\.no) == ["1.1.1.2", "1.1.1.2.1", "1.1.2.3.1", nil])
        #expect(recs.map(\.sasaran).allSatisfy { $0 == "Meningkatnya produksi" })
    }
}
