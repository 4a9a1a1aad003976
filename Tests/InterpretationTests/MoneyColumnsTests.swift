import KinerjaModel
import Testing
@testable import Interpretation

private func cell(_ text: String) -> Cell { Cell(text: text) }

private func table(_ columns: [Column], _ rows: [[String]], id: String = "t1") -> Table {
    Table(id: id, pages: [40], caption: nil, columns: columns,
          rows: rows.map { $0.map(cell) }, rowPages: rows.map { _ in 40 })
}

/// A column whose header names money (`Rp`, `Anggaran`, `Pagu`, `Dana`, `Keuangan`,
/// `Pendanaan`) holds the money, never a measure of the indicator; split by year it gives
/// the budget's per-year periods.
@Suite("Interpretation: money columns and per-year budget periods")
struct MoneyColumnsTests {
    private func role(_ header: String, _ group: String? = nil) -> ColumnRole { ColumnRoles.role(header: header, group: group).0 }

    @Test func moneyHeadersAreNoMeasures() {
        #expect(role("Realisasi (Rp)") == .realisasiAnggaran)
        #expect(role("Realisasi (Rp.)") == .realisasiAnggaran)
        #expect(role("Realisasi Keuangan (Rp)") == .realisasiAnggaran)
        #expect(role("Realisasi Keuangan (%)") == .realisasiAnggaran)
        let y = ColumnRoles.role(header: "REALISASI (Rp) 2016", group: nil)
        #expect(y.0 == .realisasiAnggaran && y.1 == 2016)
        // The group names the money, the level below the measure it takes of it.
        #expect(role("Realisasi", "Keuangan") == .realisasiAnggaran)
        #expect(role("Capaian %", "Keuangan") == .anggaran)
        #expect(role("Realisasi", "Keuangan (Rp)") == .realisasiAnggaran)
        // Years and plan years under a money group.
        let a = ColumnRoles.role(header: "2014", group: "Anggaran Pada Tahun ke- (Rp juta)")
        #expect(a.0 == .anggaran && a.1 == 2014)
        #expect(role("2010", "Realisasi Anggaran pada Tahun ke-") == .realisasiAnggaran)
        #expect(role("3", "Anggaran Pada Tahun ke-") == .anggaran)
        #expect(role("3", "Realisasi Anggaran pada Tahun ke-") == .realisasiAnggaran)
        #expect(role("Target", "Pagu Indikatif > 2017") == .anggaran)
        #expect(role("Target", "Dana") == .anggaran)
    }

    @Test func measuresBesideMoneyStayMeasures() {
        // A capaian beside the anggaran of a budget table, a physical realisasi, a plain target.
        #expect(role("Capaian (%)") == .capaian)
        #expect(role("Realisasi Fisik (%)") == .realisasi)
        #expect(role("Target") == .target)
        // Revenue (`Pendapatan`, two letters from `Pendanaan`) is no budget.
        #expect(role("Target Pendapatan") == .target && role("Realisasi Pendapatan") == .realisasi)
        // A group naming both halves decides nothing: the lower level does.
        let t = ColumnRoles.role(header: "Target", group: "Target Kinerja dan Kerangka Pendanaan > 2014")
        #expect(t.0 == .target && t.1 == 2014)
        #expect(role("Rp", "Target Kinerja dan Kerangka Pendanaan > 2014") == .anggaran)
        #expect(role("Volume", "Target Kinerja Program dan Kerangka Pendanaan Indikatif > 2013") == .target)
        #expect(role("K", "Realisasi Kinerja dan Anggaran Renja Triwulan I") != .anggaran)
        // Money as the unit of an indicator (`Nilai investasi`, Satuan `Rp`) is a measure of money:
        // the header names no money.
        var t2 = table([Column(header: "No"), Column(header: "Indikator Kinerja"), Column(header: "Satuan"), Column(header: "Target")],
                       [["1", "Nilai investasi", "Rp", "5.000.000.000"]])
        t2.columns = ColumnRoles.assign(t2.columns)
        let r = IndicatorReader().read([t2])
        #expect(r.indicators.count == 1 && r.indicators[0].target?.number == 5_000_000_000)
    }

    @Test func capaianBesideAnggaranIsTheBudgetShare() throws {
        var t = table([Column(header: "Program"), Column(header: "Anggaran"), Column(header: "Realisasi Keuangan (Rp)"),
                       Column(header: "Capaian (%)")],
                      [["Program Pelayanan Administrasi", "1.000.000.000", "950.000.000", "95"]])
        t.columns = ColumnRoles.assign(t.columns)
        #expect(t.columns[3].role == .capaian)
        let item = try #require(BudgetReader.read([t], indicators: []).items.first)
        #expect(item.anggaran?.number == 1_000_000_000 && item.realisasi?.number == 950_000_000 && item.capaian?.number == 95)
        #expect(item.periods.isEmpty)
    }

    /// LKjIP: `Realisasi Keuangan (Rp)` and `(%)` beside the indicator: the money and its share,
    /// not the indicator's realisasi (which is `Realisasi Fisik`).
    @Test func realisasiKeuanganIsTheMoneySpent() throws {
        var t = table([Column(header: "Indikator"), Column(header: "Kegiatan"), Column(header: "Pagu Anggaran (Rp)"),
                       Column(header: "Realisasi Keuangan (Rp)"), Column(header: "Realisasi Keuangan (%)"),
                       Column(header: "Realisasi Fisik (%)")],
                      [["Prosentase kendaraan umum laik jalan", "Uji Kendaraan", "452,750,000.00", "434,143,683.00", "95.89", "43.29"]])
        t.columns = ColumnRoles.assign(t.columns)
        let r = IndicatorReader().read([t])
        let rec = try #require(r.indicators.first)
        #expect(rec.realisasi?.number == 43.29 && rec.realisasi?.kind == .percent)
        let item = try #require(BudgetReader.read(r.tables, indicators: r.indicators).items.first)
        #expect(item.anggaran?.number == 452_750_000 && item.realisasi?.number == 434_143_683 && item.capaian?.number == 95.89)
        #expect(item.indicator == 0)
    }

    /// A Renstra's Pendanaan Indikatif (Permendagri 54) as Tables reads it: one header over the
    /// pairs, the years and the `Volume` | `Rp (juta)` labels left at the top of the body.
    @Test func volumeAndRupiahUnderEachYear() throws {
        let g = "Target Kinerja Program dan Kerangka Pendanaan Indikatif"
        var t = table([Column(header: "No"), Column(header: "Program"), Column(header: "Indikator Kinerja")]
                        + (0..<4).map { _ in Column(header: g) },
                      [["", "", "", "2014", "", "2015", ""],
                       ["", "", "", "Volume", "Rp (juta)", "Volume", "Rp (juta)"],
                       ["1", "Program Peningkatan Produksi", "Prosentase peningkatan produksi (%)", "2,00", "6.500", "2,10", "450"]])
        t.spans = [Table.Span(row0: 0, col0: 3, row1: 0, col1: 4), Table.Span(row0: 0, col0: 5, row1: 0, col1: 6)]
        t.columns = ColumnRoles.assign(t.columns)
        let r = IndicatorReader().read([t])
        #expect(r.tables[0].columns.map(\.role) == [.no, .program, .indikator, .target, .anggaran, .target, .anggaran])
        let rec = try #require(r.indicators.first)
        #expect(rec.target == nil && rec.periods.map(\.tahun) == [2014, 2015])
        #expect(rec.periods.map { $0.target?.number } == [2, 2.1])
        let b = BudgetReader.read(r.tables, indicators: r.indicators)
        let item = try #require(b.items.first)
        #expect(b.items.count == 1 && item.anggaran == nil && item.indicator == 0)
        #expect(item.periods.map(\.tahun) == [2014, 2015] && item.periods.allSatisfy { $0.triwulan == nil && $0.tahunKe == nil })
        // `Rp (juta)`: 6.500 is 6 500 000 000 rupiah, the raw as printed; 450 (juta) is an amount too.
        #expect(item.periods[0].anggaran?.raw == "6.500" && item.periods[0].anggaran?.number == 6_500_000_000)
        #expect(item.periods[1].anggaran?.number == 450_000_000 && item.periods[1].anggaran?.kind == .currency)
    }

    /// Plan years named by number (`Tahun 1` … over `Target` | `Rp (Juta)`): `tahun_ke`, `tahun` null.
    @Test func planYearsGiveTahunKe() throws {
        let g = "Target Kinerja Program dan Kerangka Pendanaan"
        var t = table([Column(header: "Indikator Kinerja Program"),
                       Column(header: "Target", group: "\(g) > Tahun 1"), Column(header: "Rp (Juta)", group: "\(g) > Tahun 1"),
                       Column(header: "Target", group: "\(g) > Tahun 2"), Column(header: "Rp (Juta)", group: "\(g) > Tahun 2"),
                       Column(header: "Target", group: "\(g) > Kondisi Kinerja pada akhir periode Renstra OPD"),
                       Column(header: "Rp (Juta)", group: "\(g) > Kondisi Kinerja pada akhir periode Renstra OPD")],
                      [["Jumlah koperasi yang dibina", "1,500", "2.483", "1,750", "-", "2,500", "21.160"]])
        t.columns = ColumnRoles.assign(t.columns)
        #expect(t.columns.map(\.tahunKe) == [nil, 1, 1, 2, 2, nil, nil])
        let r = IndicatorReader().read([t])
        let rec = try #require(r.indicators.first)
        #expect(rec.periods.map(\.tahunKe) == [1, 2] && rec.periods.allSatisfy { $0.tahun == nil })
        let item = try #require(BudgetReader.read(r.tables, indicators: r.indicators).items.first)
        // The Renstra's end-of-plan money is no year's: not a period, not the row's anggaran.
        #expect(item.anggaran == nil && item.periods.map(\.tahunKe) == [1, 2] && item.periods.allSatisfy { $0.tahun == nil })
        #expect(item.periods[0].anggaran?.number == 2_483_000_000 && item.periods[1].anggaran == nil)
    }

    /// `Anggaran Pada Tahun ke-` / `Realisasi Anggaran pada Tahun ke-` over years, and the ratio
    /// of the two per year (a share of one year is no share of the row).
    @Test func anggaranAndRealisasiPerYear() throws {
        var t = table([Column(header: "Uraian"),
                       Column(header: "2009", group: "Anggaran Pada Tahun ke-"), Column(header: "2010", group: "Anggaran Pada Tahun ke-"),
                       Column(header: "2009", group: "Realisasi Anggaran pada Tahun ke-"),
                       Column(header: "2010", group: "Realisasi Anggaran pada Tahun ke-"),
                       Column(header: "1", group: "Rasio Antara Realisasi dan Anggaran Tahun ke-"),
                       Column(header: "2", group: "Rasio Antara Realisasi dan Anggaran Tahun ke-"),
                       Column(header: "Angg aran", group: "Rata-rata Pertumbuhan")],
                      [["PENDAPATAN DAERAH", "125.731.500", "126.900.000", "130.738.220", "134.197.586", "104,0", "105,8", "19,4"]])
        t.columns = ColumnRoles.assign(t.columns)
        #expect(!t.columns.contains { [.target, .realisasi, .capaian].contains($0.role) })
        let item = try #require(BudgetReader.read([t], indicators: []).items.first)
        #expect(item.uraian == "PENDAPATAN DAERAH" && item.anggaran == nil && item.realisasi == nil && item.capaian == nil)
        #expect(item.periods.map(\.tahun) == [2009, 2010])
        #expect(item.periods[0].anggaran?.number == 125_731_500 && item.periods[0].realisasi?.number == 130_738_220)
        #expect(item.periods[1].anggaran?.number == 126_900_000 && item.periods[1].realisasi?.number == 134_197_586)
    }

    /// One year alone is the year the table is about: the row's money, no periods.
    @Test func oneYearStaysTheRowsMoney() throws {
        var t = table([Column(header: "Indikator"), Column(header: "Target"), Column(header: "REALISASI (Rp) 2016")],
                      [["Jumlah desa mandiri", "10", "1.250.000.000"]])
        t.columns = ColumnRoles.assign(t.columns)
        let r = IndicatorReader().read([t])
        #expect(r.indicators.first?.realisasi == nil && r.indicators.first?.target?.number == 10)
        let item = try #require(BudgetReader.read(r.tables, indicators: r.indicators).items.first)
        #expect(item.realisasi?.number == 1_250_000_000 && item.periods.isEmpty)
    }
}
