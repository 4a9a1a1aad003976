import Interpretation
import KinerjaModel
import Testing

private func cell(_ text: String) -> Cell { Cell(text: text) }

/// A Renstra table that counts its years (`Target Renstra OPD Tahun ke-` over `1 … 5`)
/// without naming them: each number is the group's measure in that year of the plan.
@Suite("Interpretation: plan-year (Tahun ke-N) periods")
struct PlanYearPeriodsTests {
    @Test func numbersUnderTahunKeGroupsTakeTheGroupsMeasure() {
        #expect(ColumnRoles.role(header: "1", group: "Target Renstra OPD Tahun ke -").0 == .target)
        #expect(ColumnRoles.role(header: "4", group: "Realisasi Capaian Tahun ke-").0 == .realisasi)
        #expect(ColumnRoles.role(header: "5", group: "Rasio capaian pada tahun ke-").0 == .capaian)
        #expect(ColumnRoles.role(header: "ke-2", group: "Target Kinerja Tahun ke").0 == .target)
        #expect(ColumnRoles.yearNumber(header: "3", group: "Target Renstra OPD Tahun ke -") == 3)
        #expect(ColumnRoles.yearNumber(header: "ke-2", group: "Target Kinerja Tahun ke") == 2)
        // Money is no measure; a number under a group that counts no years is no plan year;
        // a calendar year under `Tahun ke-` stays a calendar year.
        #expect(ColumnRoles.role(header: "1", group: "Anggaran Pada Tahun ke- (Rp juta)").0 != .target)
        #expect(ColumnRoles.yearNumber(header: "1", group: "Nilai Skala Kriteria Ke-") == nil)
        #expect(ColumnRoles.yearNumber(header: "2016", group: "TARGET KINERJA PADA TAHUN KE -") == nil)
        let year = ColumnRoles.role(header: "2016", group: "TARGET KINERJA PADA TAHUN KE -")
        #expect(year.0 == .target && year.1 == 2016)
    }

    @Test func planYearsBecomePeriodsWithoutCalendarYear() throws {
        let headers: [(String, String?)] = [("No", nil), ("Indikator Kinerja", nil),
            ("1", "Target Renstra OPD Tahun ke -"), ("2", "Target Renstra OPD Tahun ke -"), ("3", "Target Renstra OPD Tahun ke -"),
            ("1", "Realisasi Capaian Tahun ke-"), ("2", "Realisasi Capaian Tahun ke-"),
            ("1", "Rasio capaian pada tahun ke-")]
        let t = Table(id: "t1", pages: [30], caption: nil,
                      columns: headers.map { Column(header: $0.0, group: $0.1) },
                      rows: [[cell("1"), cell("Persentase koperasi aktif"), cell("60%"), cell("62%"), cell("64%"),
                              cell("59%"), cell(""), cell("98,33%")]],
                      rowPages: [30])
        let r = IndicatorReader().read([t])
        #expect(r.tables[0].columns.map(\.tahunKe) == [nil, nil, 1, 2, 3, 1, 2, 1])
        let rec = try #require(r.indicators.first)
        #expect(rec.target == nil && rec.realisasi == nil && rec.capaian == nil)
        #expect(rec.periods.map(\.tahunKe) == [1, 2, 3])
        #expect(rec.periods.allSatisfy { $0.tahun == nil && $0.triwulan == nil })
        #expect(rec.periods.map { $0.target?.number } == [60, 62, 64])
        #expect(rec.periods[0].realisasi?.number == 59 && rec.periods[0].capaian?.number == 98.33)
        #expect(rec.periods[1].realisasi == nil && rec.periods[2].capaian == nil)
    }
}
