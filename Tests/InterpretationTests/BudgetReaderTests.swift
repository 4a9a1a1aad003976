import KinerjaModel
import Testing
@testable import Interpretation

private func cell(_ text: String, carried: Bool = false) -> Cell { Cell(text: text, carried: carried) }

private func table(_ headers: [String], _ rows: [[String]], id: String = "t1") -> Table {
    var t = Table(id: id, pages: [10], caption: nil, columns: headers.map { Column(header: $0) },
                  rows: rows.map { $0.map { cell($0) } }, rowPages: rows.map { _ in 10 })
    t.columns = ColumnRoles.assign(t.columns)
    return t
}

@Suite("Interpretation: budget rows")
struct BudgetReaderTests {
    @Test func codes() {
        for code in ["CQ.6639", "WA.3355", "076.01.CQ", "1.02.01", "6709.QGE", "1.02.01.2.01"] {
            #expect(BudgetReader.isCode(code, standalone: false), "\(code)")
        }
        #expect(BudgetReader.isCode("CQ", standalone: true))
        #expect(!BudgetReader.isCode("CQ", standalone: false))
        for notCode in ["1.", "2.1", "3", "Rp", "KPU", "100%", "54.559.031.000x", "Program"] {
            #expect(!BudgetReader.isCode(notCode, standalone: false), "\(notCode)")
        }
        #expect(BudgetReader.splitCode("1.02.01 Program Pelayanan Administrasi")! == ("1.02.01", "Program Pelayanan Administrasi"))
        #expect(BudgetReader.splitCode("Penyelenggaraan Pemilu (076.01.CQ)")! == ("076.01.CQ", "Penyelenggaraan Pemilu"))
        #expect(BudgetReader.splitCode("Bimbingan Teknis Tahapan (6709.QGE)")! == ("6709.QGE", "Bimbingan Teknis Tahapan"))
        #expect(BudgetReader.splitCode("Pilkada Serentak (2024)") == nil)
        #expect(BudgetReader.splitCode("1. Perencanaan Program") == nil)
    }

    @Test func budgetTableWithCodeColumnAndTotals() throws {
        let t = table(["PROGRAM KEGIATAN", "PROGRAM KEGIATAN", "Anggaran"], [
            ["CQ", "Penyelenggaraan Pemilu", "54.559.031.000"],
            ["CQ.6639", "Teknis Penyelenggaraan Pemilu/Pemilihan", "28.829.406.000"],
            ["WA.3355", "Pengelolaan Keuangan", "Rp 680.000.000,00"],
            ["Jumlah", "", "1,159,691,000"],
            ["", "Rincian di lampiran", ""],
        ])
        let r = BudgetReader.read([t], indicators: [])
        #expect(r.items.count == 4)
        #expect(r.items[0].kode == "CQ" && r.items[0].uraian == "Penyelenggaraan Pemilu")
        #expect(r.items[0].anggaran?.kind == .currency && r.items[0].anggaran?.number == 54_559_031_000)
        #expect(r.items[1].kode == "CQ.6639")
        #expect(r.items[2].anggaran?.number == 680_000_000 && r.items[2].anggaran?.raw == "Rp 680.000.000,00")
        #expect(r.items[3].total && r.items[3].kode == nil && r.items[3].uraian == "Jumlah")
        #expect(r.items[3].anggaran?.number == 1_159_691_000)
        #expect(r.items.allSatisfy { $0.table == "t1" && $0.page == 10 && $0.indicator == nil && !($0.total && $0.kode != nil) })
    }

    @Test func realisasiAndCapaianOfABudgetTable() throws {
        let t = table(["Program/Kegiatan", "Anggaran", "Realisasi", "Capaian"], [
            ["1.02.01 Program Dukungan Manajemen", "2.928.042.000", "2.848.973.746", "97,30 %"],
            ["Total", "2.928.042.000", "2.57.212.000", "97.16"],
        ])
        let r = BudgetReader.read([t], indicators: [])
        #expect(r.items.count == 2)
        #expect(r.items[0].kode == "1.02.01" && r.items[0].uraian == "Program Dukungan Manajemen")
        #expect(r.items[0].realisasi?.number == 2_848_973_746 && r.items[0].capaian?.kind == .percent)
        #expect(r.items[0].capaian?.number == 97.3)
        // A malformed amount keeps its raw text, gets no value and a warning.
        #expect(r.items[1].total && r.items[1].realisasi?.raw == "2.57.212.000" && r.items[1].realisasi?.number == nil)
        #expect(r.warnings.count == 1 && r.warnings[0].page == 10)
    }

    @Test func budgetBesideIndicatorsPointsAtTheRecord() throws {
        var t = table(["No", "Indikator Kinerja", "Target", "Kegiatan", "Anggaran"], [
            ["1", "Persentase A", "97", "Bimtek perencanaan", "840.977.000"],
            ["", "Persentase B", "97", "Penyusunan keputusan", ""],
            ["2", "Persentase C", "100", "Pelantikan", "27.835.310.000"],
        ])
        t.rows[1][0] = cell("1", carried: true)
        let read = IndicatorReader().read([t])
        let r = BudgetReader.read(read.tables, indicators: read.indicators)
        #expect(r.items.count == 2)
        #expect(r.items[0].uraian == "Bimtek perencanaan" && r.items[0].indicator == 0)
        #expect(r.items[1].uraian == "Pelantikan" && r.items[1].indicator == 2)
        #expect(r.items[1].anggaran?.number == 27_835_310_000)
    }

    @Test func onlyRowsWithAnAmount() {
        #expect(BudgetReader.holdsAmount("840.977.000") && BudgetReader.holdsAmount("1,159,691,000") && BudgetReader.holdsAmount("2.57.212.000"))
        #expect(!BudgetReader.holdsAmount("1 2 3 4") && !BudgetReader.holdsAmount("MURNI PERUBAHAN") && !BudgetReader.holdsAmount("-"))
        let t = table(["PROGRAM", "ANGGARAN"], [["1", "2"], ["Program A", "129.000.000"], ["", "MURNI"]])
        #expect(BudgetReader.read([t], indicators: []).items.map(\.uraian) == ["Program A"])
    }

    @Test func tablesWithoutMoneyColumnsGiveNothing() {
        let t = table(["NO", "INDIKATOR", "TARGET"], [["1", "A", "100%"]])
        #expect(BudgetReader.read([t], indicators: []).items.isEmpty)
    }
    /// A Renja evaluation form (Permendagri 86): `K` | `Rp` under each Triwulan, the labels in
    /// the first body row under headers `I` … `IV` (as Tables reads the real form today).
    @Test func rupiahPerQuarterWithTheLabelsInTheBody() throws {
        let g = "Realisasi Kinerja Pada Triwulan I - IV Tahun 2023"
        var t = table(["Urusan/Bidang Urusan/Program/Kegiatan", "Indikator Kinerja Program (Outcome)", "I", "I", "II", "II",
                       "III", "III", "IV", "IV", "Perangkat Daerah Penanggung Jawab"], [
            ["", "", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", ""],
            ["DINAS KESEHATAN", "", "", "88.396.917.589", "", "148.658.893.568", "", "", "", "", "DINKES"],
            ["Penyusunan Dokumen Perencanaan", "Jumlah Dokumen Perencanaan", "3", "34.708.000", "0", "-", "", "", "", "", "DINKES"],
            ["Koordinasi Penyusunan RKA", "Jumlah Dokumen RKA", "0", "-", "0", "-", "", "", "", "", "DINKES"],
            ["Jumlah", "", "", "88.431.625.589", "", "2.57.212.000", "", "", "", "", ""],
        ])
        for c in 2...9 { t.columns[c].group = g }
        t.columns = ColumnRoles.assign(t.columns)
        let r = BudgetReader.read([t], indicators: [])
        #expect(r.items.map(\.uraian) == ["DINAS KESEHATAN", "Penyusunan Dokumen Perencanaan", "Jumlah"])
        let first = r.items[0]
        #expect(first.anggaran == nil && first.realisasi == nil && first.kode == nil && !first.total)
        #expect(first.periods.map(\.triwulan) == [1, 2, 3, 4] && first.periods.allSatisfy { $0.tahun == 2023 && $0.anggaran == nil })
        #expect(first.periods[0].realisasi?.number == 88_396_917_589 && first.periods[0].realisasi?.kind == .currency)
        #expect(first.periods[1].realisasi?.number == 148_658_893_568 && first.periods[2].realisasi == nil)
        // `-` is no money spent in that quarter: null, like an empty cell.
        #expect(r.items[1].periods[0].realisasi?.number == 34_708_000 && r.items[1].periods[1].realisasi == nil)
        #expect(r.items[2].total && r.items[2].periods[1].realisasi?.raw == "2.57.212.000" && r.items[2].periods[1].realisasi?.number == nil)
        #expect(r.warnings.count == 1)
    }

    /// The same form with `K` / `Rp` as the header's last level, a target Renja pair before the
    /// quarters and a Renstra pair that is not this year's money; codes in their own column.
    @Test func rupiahPerQuarterWithTargetAndCodes() throws {
        var t = table(["Kode", "Program/Kegiatan", "Indikator", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp"], [
            ["1.02.01", "Program Penunjang Urusan", "Nilai SAKIP", "70", "1.000.000.000", "BB", "900.000.000",
             "20", "100.000.000", "40", "Rp 200.000.000,00"],
            ["1.02.01.2.01", "Perencanaan Perangkat Daerah", "Dokumen", "2", "50,000,000", "2", "50,000,000", "1", "", "2", "25,000,000"],
        ])
        let groups = ["Target Renstra Perangkat Daerah Tahun 2026", "Target Kinerja dan Anggaran Renja Tahun 2023",
                      "Realisasi Kinerja Pada Triwulan > Triwulan I", "Realisasi Kinerja Pada Triwulan > Triwulan II"]
        for (k, g) in groups.enumerated() { t.columns[3 + 2 * k].group = g; t.columns[4 + 2 * k].group = g }
        t.columns = ColumnRoles.assign(t.columns)
        let r = BudgetReader.read([t], indicators: [])
        #expect(r.items.count == 2)
        #expect(r.items[0].kode == "1.02.01" && r.items[0].uraian == "Program Penunjang Urusan")
        #expect(r.items[0].anggaran?.number == 900_000_000)
        #expect(r.items[0].periods.map(\.triwulan) == [1, 2] && r.items[0].periods.allSatisfy { $0.tahun == nil })
        #expect(r.items[0].periods[0].realisasi?.number == 100_000_000 && r.items[0].periods[1].realisasi?.number == 200_000_000)
        #expect(r.items[1].kode == "1.02.01.2.01" && r.items[1].anggaran?.number == 50_000_000)
        #expect(r.items[1].periods[0].realisasi == nil && r.items[1].periods[1].realisasi?.number == 25_000_000)
    }

    @Test func quarterOfAHeaderLevel() {
        #expect(BudgetReader.quarter(of: "I") == 1 && BudgetReader.quarter(of: "Triwulan III") == 3)
        #expect(BudgetReader.quarter(of: "Realisasi Triwulan IV") == 4 && BudgetReader.quarter(of: "TW 2") == 2)
        #expect(BudgetReader.quarter(of: "Realisasi Kinerja Pada Triwulan I - IV Tahun 2023") == nil)
        #expect(BudgetReader.quarter(of: "Target Kinerja dan Anggaran Renja") == nil)
    }
    /// Prose read as a table (`… realisasi anggaran sebesar Rp190.000.000,00 atau 92,49%`)
    /// gives no budget row; a column headed `Biaya` that lists the items names them.
    @Test func proseIsNoAmountAndANamesColumnIsNoAmountColumn() {
        #expect(BudgetReader.holdsAmount("Rp19.599.520.000") && BudgetReader.holdsAmount("Rp. 900.000.000,-"))
        #expect(BudgetReader.holdsAmount("Rp 2.500 juta"))
        #expect(!BudgetReader.holdsAmount("sebesar Rp190.000.000,00") && !BudgetReader.holdsAmount("Rp142.400.000,00 atau"))
        #expect(!BudgetReader.holdsAmount("2016 di Kota"))
        let prose = table(["realisasi", "anggaran", "s.d"], [["Rp527.180.000,00", "atau", "92,49%."], ["September", "2016 di Kota", "Bandung"]])
        #expect(BudgetReader.read([prose], indicators: []).items.isEmpty)
        let t = table(["Biaya", "Target Perubahan (Rp)", "Realiasi (Rp.)", "Capaian (%)"], [
            ["Belanja Langsung", "370.695.848.295,00", "313.196.140.168,00", "84.49"],
            ["Total Biaya", "706.802.784.465,00", "637.910.185.811,00", "90.25"],
        ])
        let r = BudgetReader.read([t], indicators: [])
        #expect(r.items.map(\.uraian) == ["Belanja Langsung", "Total Biaya"])
        #expect(r.items[0].anggaran?.number == 370_695_848_295 && r.items[0].realisasi?.number == 313_196_140_168)
        #expect(r.items[1].total && r.items[1].capaian?.number == 90.25)
    }

    /// A totals row whose label spans the sasaran column is still a totals row.
    @Test func totalsLabelInTheSasaranColumn() {
        let t = table(["No", "Sasaran Strategis", "Kegiatan", "Anggaran (Rp.)"], [
            ["1.", "Peningkatan Keamanan Pangan", "- RTM OPD Pengawasan", "2.995.000.000,-"],
            ["", "Jumlah Belanja Langsung", "", "17.567.750.000,-"],
        ])
        let r = BudgetReader.read([t], indicators: [])
        #expect(r.items.map(\.total) == [false, true] && r.items[1].uraian == "Jumlah Belanja Langsung")
    }
    /// `Jumlah Kegiatan` (a count of activities) is no name column.
    @Test func aCountColumnNamesNothing() {
        let t = table(["No", "Program/Kegiatan", "Jumlah Kegiatan", "Anggaran (Rupiah)"], [
            ["1", "Program Sumber Daya Kesehatan", "2", "14.355.990.600"],
            ["2", "Program Pembinaan Jasa Konstruksi", "24", "105.709.643.350"],
        ])
        #expect(BudgetReader.read([t], indicators: []).items.map(\.uraian) == ["Program Sumber Daya Kesehatan", "Program Pembinaan Jasa Konstruksi"])
    }
}
