import KinerjaModel
import Testing
@testable import Interpretation

private func cell(_ text: String, carried: Bool = false) -> Cell { Cell(text: text, carried: carried) }

private func table(_ headers: [(String, String?)], _ rows: [[String]], roles: [ColumnRole]? = nil) -> Table {
    var t = Table(id: "t1", pages: [1], caption: nil,
                  columns: headers.map { Column(header: $0.0, group: $0.1) },
                  rows: rows.map { $0.map { cell($0) } }, rowPages: rows.map { _ in 1 })
    t.columns = ColumnRoles.assign(t.columns)
    if let roles { for (i, r) in roles.enumerated() { t.columns[i].role = r } }
    return t
}

@Suite("Interpretation: schedules")
struct ScheduleReaderTests {
    @Test func labelsOfMonthsAndQuarters() {
        #expect(ScheduleReader.label("B1")! == (1, .bulan))
        #expect(ScheduleReader.label("B12")! == (12, .bulan))
        #expect(ScheduleReader.label("Jan")! == (1, .bulan))
        #expect(ScheduleReader.label("Des")! == (12, .bulan))
        #expect(ScheduleReader.label("Agustus")! == (8, .bulan))
        #expect(ScheduleReader.label("TW I")! == (1, .triwulan))
        #expect(ScheduleReader.label("Triwulan IV")! == (4, .triwulan))
        #expect(ScheduleReader.label("III")! == (3, .triwulan))
        #expect(ScheduleReader.label("7")! == (7, nil))
        #expect(ScheduleReader.label("13") == nil)
        #expect(ScheduleReader.label("TARGET") == nil)
    }

    @Test func monthNumbersUnderPelaksanaanAreMonths() throws {
        let months = (1...12).map { (String($0), Optional("PELAKSANAAN (BULAN)")) }
        let t = table([("NO", nil), ("INDIKATOR KEBERHASILAN", nil)] + months + [("KET", nil)], [
            ["1", "Dokumen SOP"] + ["√", "", "", "", "", "", "√", "", "", "", "", "-"] + [""],
        ])
        let cols = try #require(ScheduleReader.columns(of: t))
        #expect(cols.unit == .bulan && cols.periods.count == 12 && cols.periods[2] == 1 && cols.periods[13] == 12)
        let s = try #require(ScheduleReader.schedule(t, rows: [0], columns: cols))
        #expect(s.periods == [1, 7] && s.notes.isEmpty)
    }

    @Test func quartersWithQuantitiesKeepTheirText() throws {
        let q = ["I", "II", "III", "IV"].map { ($0, Optional("Pelaksanaan Kegiatan Triwulan")) }
        let t = table([("No", nil), ("Indikator Kinerja", nil), ("Target", nil)] + q, [
            ["1", "Persentase pegawai", "97.5 %", "36 Pegawai", "", "v", ""],
            ["2", "Persentase data", "70 %", "", "", "", ""],
            ["3", "Jumlah laporan", "4", "-", "-", "-", "-"],
        ])
        let cols = try #require(ScheduleReader.columns(of: t))
        #expect(cols.unit == .triwulan)
        let s = try #require(ScheduleReader.schedule(t, rows: [0], columns: cols))
        #expect(s.periods == [1, 3])
        #expect(s.notes == [Schedule.Note(period: 1, text: "36 Pegawai")])
        // Empty cells say nothing (the plan may be drawn as shading): no schedule.
        #expect(ScheduleReader.schedule(t, rows: [1], columns: cols) == nil)
        // Dashes do say "not in this quarter".
        #expect(ScheduleReader.schedule(t, rows: [2], columns: cols)?.periods == [])
    }

    @Test func monthNamesWithoutAGroupInARun() throws {
        let names = ["Jan", "Feb", "Mar", "Apr"].map { ($0, String?.none) }
        let t = table([("Indikator", nil)] + names, [["Laporan", "x", "", "x", ""]])
        let cols = try #require(ScheduleReader.columns(of: t))
        #expect(cols.unit == .bulan)
        #expect(ScheduleReader.schedule(t, rows: [0], columns: cols)?.periods == [1, 3])
    }

    @Test func aColumnNumberRowIsNoSchedule() {
        // Two bare numbers are no schedule; neither is a table without schedule columns.
        let t = table([("NO", nil), ("INDIKATOR", nil), ("TARGET", nil)], [["1", "A", "100%"]])
        #expect(ScheduleReader.columns(of: t) == nil)
    }

    @Test func recordsCoverTheRowsCarryingTheirIndikator() {
        let t = Table(id: "t1", pages: [1], caption: nil,
                      columns: [Column(header: "No", role: .no), Column(header: "Indikator", role: .indikator),
                                Column(header: "I", group: "Triwulan", role: .jadwal)],
                      rows: [[cell("1"), cell("A"), cell("v")],
                             [cell("1", carried: true), cell("A", carried: true), cell("")],
                             [cell("2"), cell("B"), cell("")]],
                      rowPages: [1, 1, 1])
        let recs = [Indicator(table: "t1", page: 1, no: "1", sasaran: nil, indikator: "A"),
                    Indicator(table: "t1", page: 1, no: "2", sasaran: nil, indikator: "B")]
        #expect(ScheduleReader.recordRows(t, records: recs) == [[0, 1], [2]])
    }
}

@Suite("Interpretation: Rencana Aksi RB records")
struct RencanaAksiRBReaderTests {
    @Test func rowsWithAnIndikatorAndAScheduleGiveRecords() throws {
        let months = (1...12).map { (String($0), Optional("PELAKSANAAN (BULAN)")) }
        var t = Table(id: "t1", pages: [3, 4], caption: nil,
                      columns: ([("NO", nil), ("AREA PERUBAHAN", nil), ("KEGIATAN", nil), ("SUB KEGIATAN", nil),
                                 ("INDIKATOR KEBERHASILAN", nil)] + months + [("KET", nil)]).map { Column(header: $0.0, group: $0.1) },
                      rows: [], rowPages: [])
        t.columns = ColumnRoles.assign(t.columns)
        let blank = Array(repeating: "", count: 12)
        func row(_ c: [String], _ m: [String]) -> [Cell] { (c + m + [""]).map { cell($0) } }
        t.rows = [
            row(["1", "Manajemen Perubahan", "1. Perencanaan", "1. Pembentukan tim", "Surat Keputusan Tim"], ["", "√"] + Array(blank.dropFirst(2))),
            row(["", "", "", "2. Sosialisasi", "Media sosialisasi"], Array(repeating: "√", count: 12)),
            row(["", "", "", "3. Rapat", ""], ["√"] + Array(blank.dropFirst())),
        ]
        t.rowPages = [3, 4, 4]
        #expect(RencanaAksiRBReader.applies(to: t))
        let recs = RencanaAksiRBReader.records(t)
        #expect(recs.count == 2)   // the row without an indikator gives none
        #expect(recs[0].no == "1" && recs[0].sasaran == "Manajemen Perubahan" && recs[0].indikator == "Surat Keputusan Tim")
        #expect(recs[0].kegiatan == "1. Perencanaan" && recs[0].subKegiatan == "1. Pembentukan tim")
        #expect(recs[0].target == nil && recs[0].realisasi == nil && recs[0].capaian == nil)
        #expect(recs[0].jadwal == Schedule(unit: .bulan, periods: [2]))
        // The second row (a later page, spanning cells not repeated) keeps its area and kegiatan.
        #expect(recs[1].page == 4 && recs[1].no == "1" && recs[1].sasaran == "Manajemen Perubahan")
        #expect(recs[1].kegiatan == "1. Perencanaan" && recs[1].subKegiatan == "2. Sosialisasi")
        #expect(recs[1].jadwal?.periods == Array(1...12))
    }

    @Test func tablesWithMeasuresAreNotRBPlans() {
        var t = Table(id: "t1", pages: [1], caption: nil,
                      columns: [Column(header: "INDIKATOR"), Column(header: "TARGET"),
                                Column(header: "B1", group: "RENCANA PELAKSANAAN"), Column(header: "B2", group: "RENCANA PELAKSANAAN"),
                                Column(header: "B3", group: "RENCANA PELAKSANAAN")],
                      rows: [[cell("A"), cell("100%"), cell("√"), cell(""), cell("")]], rowPages: [1])
        t.columns = ColumnRoles.assign(t.columns)
        #expect(!RencanaAksiRBReader.applies(to: t))
        #expect(RencanaAksiRBReader.records(t).isEmpty)
    }

    @Test func extrasAttachSchedulesToIndicatorRecords() throws {
        var t = Table(id: "t1", pages: [1], caption: nil,
                      columns: [Column(header: "NO"), Column(header: "INDIKATOR KINERJA"), Column(header: "TARGET"),
                                Column(header: "B1", group: "RENCANA PELAKSANAAN"), Column(header: "B2", group: "RENCANA PELAKSANAAN"),
                                Column(header: "B3", group: "RENCANA PELAKSANAAN")],
                      rows: [[cell("1"), cell("Persentase"), cell("100 %"), cell("√"), cell("-"), cell("√")]], rowPages: [1])
        t.columns = ColumnRoles.assign(t.columns)
        let read = IndicatorReader().read([t])
        let extras = DocumentExtras.apply(tables: read.tables, indicators: read.indicators)
        #expect(extras.indicators.count == 1)
        #expect(extras.indicators[0].jadwal == Schedule(unit: .bulan, periods: [1, 3]))
        #expect(extras.indicators[0].target?.number == 100)
    }
}

@Suite("Interpretation: schedules drawn as shaded cells")
struct ShadedScheduleReaderTests {
    static func months() -> [(String, String?)] { (1...12).map { ("B\($0)", Optional("JADWAL")) } }

    @Test func aShadedCellSchedulesItsMonth() throws {
        var t = table([("NO", nil), ("INDIKATOR KINERJA", nil)] + Self.months(), [
            ["1", "Dokumen SOP"] + Array(repeating: "", count: 12),
        ])
        t.rows[0][2].shaded = true
        t.rows[0][9].shaded = true
        let cols = try #require(ScheduleReader.columns(of: t))
        let s = try #require(ScheduleReader.schedule(t, rows: [0], columns: cols))
        #expect(s.periods == [1, 8] && s.notes.isEmpty)
        // Unshaded and empty: unknown, not "never".
        t.rows[0][2].shaded = false
        t.rows[0][9].shaded = false
        #expect(ScheduleReader.schedule(t, rows: [0], columns: cols) == nil)
    }

    @Test func aShadedCellMergedOverMonthsSchedulesEach() throws {
        var t = table([("NO", nil), ("INDIKATOR KINERJA", nil)] + Self.months(), [
            ["1", "Dokumen SOP"] + Array(repeating: "", count: 12),
        ])
        t.rows[0][5].shaded = true   // B4, merged over B4…B6
        t.spans = [Table.Span(row0: 0, col0: 5, row1: 0, col1: 7)]
        let cols = try #require(ScheduleReader.columns(of: t))
        #expect(ScheduleReader.schedule(t, rows: [0], columns: cols)?.periods == [4, 5, 6])
    }
}

@Suite("Interpretation: record rows")
struct RecordRowsTests {
    private static func t(_ rows: [[Cell]], pages: [Int], segmentStarts: [Int] = []) -> Table {
        var t = Table(id: "t1", pages: Array(Set(pages)).sorted(), caption: nil,
                      columns: [Column(header: "SASARAN", role: .sasaran), Column(header: "INDIKATOR KINERJA", role: .indikator),
                                Column(header: "INDIKATOR KEGIATAN", role: .indikator), Column(header: "B1", role: .jadwal)],
                      rows: rows, rowPages: pages)
        t.segmentStarts = segmentStarts
        return t
    }

    @Test func recordsOfASecondIndikatorColumnAreFoundThere() {
        let t = Self.t([[cell("S1"), cell("A"), cell("K1"), cell("")],
                        [cell("S1", carried: true), cell("A", carried: true), cell("K2"), cell("")],
                        [cell("S2"), cell("B"), cell("K3"), cell("")]], pages: [1, 1, 1])
        let recs = ["A", "B", "K1", "K2", "K3"].map { Indicator(table: "t1", page: 1, no: nil, sasaran: nil, indikator: $0) }
        #expect(ScheduleReader.recordRows(t, records: recs) == [[0, 1], [2], [0], [1], [2]])
    }

    @Test func rowsContinuingAnIndikatorAfterAPageBreakAreItsRows() {
        let t = Self.t([[cell("S1"), cell("A"), cell("K1"), cell("")],
                        [cell(""), cell(""), cell("K2"), cell("")],          // page 2 continues A
                        [cell("S2"), cell(""), cell("K3"), cell("")]],       // a new sasaran: not A's
                       pages: [1, 2, 2], segmentStarts: [1])
        let recs = [Indicator(table: "t1", page: 1, no: nil, sasaran: nil, indikator: "A")]
        #expect(ScheduleReader.recordRows(t, records: recs) == [[0, 1]])
    }
}
