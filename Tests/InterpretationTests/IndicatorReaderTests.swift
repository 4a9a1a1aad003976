import Interpretation
import KinerjaModel
import Testing

private func cell(_ text: String, carried: Bool = false) -> Cell { Cell(text: text, carried: carried) }

private func table(_ headers: [(String, String?)], _ rows: [[Cell]], pages: [Int] = [1], segmentStarts: [Int] = []) -> Table {
    var t = Table(id: "t1", pages: pages, caption: nil,
                  columns: headers.map { Column(header: $0.0, group: $0.1) },
                  rows: rows, rowPages: rows.indices.map { _ in pages[0] })
    t.segmentStarts = segmentStarts
    return t
}

@Suite("Interpretation: indicator records")
struct IndicatorReaderTests {
    let capaianHeaders: [(String, String?)] = [("NO", nil), ("Sasaran Strategis", nil), ("INDIKATOR KINERJA", nil),
                                               ("TARGET KINERJA", nil), ("REALISASI", nil), ("CAPAIAN", nil)]

    @Test func recordsWithValuesAndPercentColumns() throws {
        let t = table(capaianHeaders, [
            [cell("1"), cell("Terwujudnya Perencanaan"), cell("Penyusunan Program"), cell("100%"), cell("96, 7 %"), cell("96, 7 %")],
            [cell("1", carried: true), cell("Terwujudnya Perencanaan", carried: true), cell("Pengadaan"), cell("100%"), cell("73,1"), cell("73,1 %")],
            [cell("4"), cell("Akuntabilitas"), cell("Nilai evaluasi"), cell("80"), cell(""), cell("-")],
            [cell("4", carried: true), cell("Akuntabilitas", carried: true), cell("Opini BPK"), cell("WTP"), cell("WTP"), cell("WTP")],
        ])
        let result = IndicatorReader().read([t])
        #expect(result.indicators.count == 4)
        let first = result.indicators[0]
        #expect(first.no == "1" && first.sasaran == "Terwujudnya Perencanaan")
        #expect(first.realisasi?.kind == .percent && first.realisasi?.number == 96.7)
        // 73,1 in a percent column is a percentage; a bare 80 stays a number (a score).
        #expect(result.indicators[1].realisasi?.kind == .percent && result.indicators[1].realisasi?.number == 73.1)
        #expect(result.indicators[2].target?.kind == .number && result.indicators[2].target?.number == 80)
        #expect(result.indicators[2].realisasi == nil && result.indicators[2].capaian == nil)
        #expect(result.indicators[3].target?.kind == .opinion && result.indicators[3].target?.string == "WTP")
        #expect(result.tables[0].columns.map(\.role) == [.no, .sasaran, .indikator, .target, .realisasi, .capaian])
        #expect(result.warnings.isEmpty)
    }

    @Test func headerRepeatedInsideTheBodyIsNoRecord() {
        // A continuation page repeats the header inside the stitched body.
        let t = table(capaianHeaders, [
            [cell("1"), cell("Terwujudnya Perencanaan"), cell("Penyusunan Program"), cell("100%"), cell("96, 7 %"), cell("96, 7 %")],
            [cell("NO"), cell("Sasaran Strategis"), cell("INDIKATOR KINERJA"), cell("TARGET KINERJA"), cell("REALISASI"), cell("CAPAIAN")],
            [cell("2"), cell("Akuntabilitas"), cell("Nilai evaluasi"), cell("80"), cell("75"), cell("93,75 %")],
        ])
        let result = IndicatorReader().read([t])
        #expect(result.indicators.map(\.indikator) == ["Penyusunan Program", "Nilai evaluasi"])
    }

    @Test func multiPeriodTablesFillPeriods() throws {
        let t = table([("NO", nil), ("INDIKATOR KINERJA", nil), ("2020", nil), ("2021", nil),
                       ("TARGET KINERJA", "TAHUN 2023"), ("REALISASI", "TAHUN 2023")], [
            [cell("1"), cell("Persentase layanan"), cell("90%"), cell("95%"), cell("100%"), cell("98%")],
        ])
        let rec = try #require(IndicatorReader().read([t]).indicators.first)
        #expect(rec.target == nil && rec.realisasi == nil && rec.capaian == nil)
        #expect(rec.periods.map(\.tahun) == [2020, 2021, 2023])
        #expect(rec.periods[0].target?.number == 90)
        #expect(rec.periods[2].target?.number == 100 && rec.periods[2].realisasi?.number == 98)
    }

    @Test func indikatorSpanningKegiatanRowsGivesOneRecord() {
        let t = table([("No", nil), ("Indikator Kinerja", nil), ("Target Indikator Kinerja", nil), ("Nama Kegiatan/Aksi", nil),
                       ("Target Kegiatan/Aksi", nil), ("Pagu Anggaran", nil)], [
            [cell("7"), cell("Jumlah Revisi"), cell("8 Kali"), cell("Revisi ke 1"), cell("2 kali"), cell("14,548,000")],
            [cell("7", carried: true), cell("Jumlah Revisi", carried: true), cell("8 Kali", carried: true), cell("Revisi ke 2"), cell("2 kali"), cell("")],
        ])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.count == 1)
        #expect(recs[0].target?.kind == .quantity && recs[0].target?.unit == "kali" && recs[0].target?.number == 8)
    }

    @Test func malformedAnggaranWarnsButIsNoMeasure() throws {
        let t = table([("No", nil), ("Indikator Kinerja strategis", nil), ("Target", nil), ("Anggaran", nil)], [
            [cell("9"), cell("Jumlah rancangan"), cell("95"), cell("2.57.212.000")],
        ])
        let r = IndicatorReader().read([t])
        #expect(r.indicators.count == 1 && r.indicators[0].target?.number == 95)
        let w = try #require(r.warnings.first)
        #expect(w.code == "malformed_number" && w.page == 1 && w.message.contains("2.57.212.000"))
    }

    @Test func cutRowAtPageBreakIsJoined() {
        // Page 2 starts with the rest of the last row of page 1 (only the indikator's tail).
        let t = table([("NO", nil), ("Sasaran", nil), ("INDIKATOR", nil), ("TARGET", nil)], [
            [cell("26"), cell("Pendidikan Pemilih"), cell("Persentase satker KPU di Daerah"), cell("90 %")],
            [cell(""), cell(""), cell("Potensi Pelanggaran Pemilu Tinggi"), cell("")],
            [cell("27"), cell("Layanan informasi"), cell("Persentase Permohonan"), cell("100 %")],
        ], pages: [1, 2], segmentStarts: [1])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map(\.indikator) == ["Persentase satker KPU di Daerah Potensi Pelanggaran Pemilu Tinggi", "Persentase Permohonan"])
    }

    @Test func seamRowRepeatingItsUnitIsARowOfItsOwn() {
        // Page 2 opens with a second indicator of the program above: its first cell empty, no
        // value yet, and the unit that every row repeats written again. Not the rest of a cut row.
        let t = table([("Program/Kegiatan", nil), ("Indikator Kinerja", nil), ("Realisasi", nil), ("Penanggung Jawab", nil)], [
            [cell("PROGRAM PENGELOLAAN BARANG"), cell("Persentase Manajemen Aset"), cell(""), cell("BKAD")],
            [cell(""), cell("Persentase Aset Tanah bersertifikat"), cell(""), cell("BKAD")],
            [cell("Pengelolaan Barang"), cell("Jumlah laporan"), cell("0"), cell("BKAD")],
        ], pages: [1, 2], segmentStarts: [1])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map(\.indikator) == ["Persentase Manajemen Aset", "Persentase Aset Tanah bersertifikat", "Jumlah laporan"])
    }

    @Test func indikatorSplitOverTwoColumnsReadsAcrossBoth() {
        // One indikator header over a narrow list-number column and the names; some names
        // stand in the second column alone (renstra target tables).
        let t = table([("No", nil), ("Indikator Program (Outcome)", nil), ("Indikator Program (Outcome)", nil), ("Target", nil)], [
            [cell("1"), cell("Prosentase Peningkatan Produksi (%)"), cell(""), cell("2,20")],
            [cell(""), cell(""), cell("a. Teh"), cell("108.500")],
            [cell(""), cell("1)"), cell("Luas Intensifikasi (Ha)"), cell("2.400")],
        ])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map(\.indikator) == ["Prosentase Peningkatan Produksi (%)", "a. Teh", "1) Luas Intensifikasi (Ha)"])
        #expect(recs.map { $0.target?.raw } == ["2,20", "108.500", "2.400"])
    }

    @Test func upperLevelIndikatorWithItsOwnTargetsIsARecord() {
        // A cascade: the sasaran's indicator has targets on its own line, the program's below.
        let t = table([("Indikator Sasaran", nil), ("Program", nil), ("Indikator Kinerja Program (outcome)", nil),
                       ("Target", "Tahun 1"), ("Target", "Tahun 2")], [
            [cell("1. Jumlah koperasi aktif"), cell(""), cell(""), cell("15.000"), cell("16.078")],
            [cell("1. Jumlah koperasi aktif", carried: true), cell("Pelatihan Akuntansi"), cell("Jumlah Pengelola Dilatih"),
             cell("350"), cell("385")],
        ])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map(\.indikator) == ["Jumlah koperasi aktif", "Jumlah Pengelola Dilatih"])
        #expect(recs.first?.periods.map { $0.target?.raw } == ["15.000", "16.078"])
    }

    @Test func sasaranColumnGoesOnIntoTheNextPagesTable() {
        // The same table on the next page (its header repeated, so a table of its own) opens
        // with rows whose sasaran cell is empty: the sasaran cell above goes on there.
        let headers: [(String, String?)] = [("Sasaran", nil), ("Indikator", nil), ("Target", nil)]
        var t1 = table(headers, [[cell("Meningkatnya produksi"), cell("Luas Intensifikasi (Ha)"), cell("2.400")]], pages: [1])
        t1.id = "t1"
        var t2 = table(headers, [[cell(""), cell("Luas Peremajaan (Ha)"), cell("1.150")],
                                 [cell("Meningkatnya benih"), cell("Jumlah benih"), cell("65")]], pages: [2])
        t2.id = "t2"
        let recs = IndicatorReader().read([t1, t2]).indicators
        #expect(recs.map(\.sasaran) == ["Meningkatnya produksi", "Meningkatnya produksi", "Meningkatnya benih"])
    }

    // The noise row at a page seam (`=` read from shading) is dropped by Tables now
    // (TableContinuation: TablesTests "noiseRowAtThePageSeamIsSkipped").

    @Test func sasaranCutAtPageBreakEndsOnBothSides() {
        let t = table([("NO", nil), ("SASARAN STRATEGIS", nil), ("INDIKATOR KINERJA", nil), ("TARGET", nil)], [
            [cell("17"), cell("Terwujudnya Reformasi Birokrasi di KPU Kabupaten"), cell("Indeks RB"), cell("B")],
            [cell(""), cell("Bengkulu Tengah"), cell("Persentase KPU mendapat Indeks RB"), cell("85 %")],
        ], pages: [1, 2], segmentStarts: [1])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.count == 2)
        #expect(recs.allSatisfy { $0.sasaran == "Terwujudnya Reformasi Birokrasi di KPU Kabupaten Bengkulu Tengah" })
        #expect(recs[1].no == "17")
    }

    /// A narrow sasaran column breaks `Meningkatnya` as `Meningkat nya`: at the top of the
    /// next page such a cell beside a measure of its own opens a new sasaran, not the rest
    /// of the one above.
    @Test func sasaranBrokenByANarrowColumnOpensAGroupAtThePageBreak() {
        let t = table([("SASARAN", nil), ("INDIKATOR KINERJA", nil), ("TARGET", nil)], [
            [cell("Terwujud nya pelaksanaan norma kerja"), cell("Persentase penyelesaian kasus"), cell("35")],
            [cell("Meningkat nya kesejahtera an tenaga kerja"), cell("Persentase kenaikan UMK"), cell("5%")],
        ], pages: [1, 2], segmentStarts: [1])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map(\.sasaran) == ["Terwujud nya pelaksanaan norma kerja", "Meningkat nya kesejahtera an tenaga kerja"])
    }

    /// Group rows across the table (`I. SASARAN : …`, written from the No column over the
    /// indikator's) head rows whose No cell is empty: the label is their sasaran, not their number.
    @Test func aGroupRowAcrossTheTableIsNoNumber() {
        var t = table([("NO", nil), ("INDIKATOR KINERJA", nil), ("SATUAN", nil), ("CAPAIAN", nil)], [
            [cell("I. SASARAN : Meningkatnya kemandirian masyarakat"), cell(""), cell(""), cell("")],
            [cell(""), cell("a) Persentase Desa Siaga Aktif"), cell("Persen"), cell("115,5")],
            [cell(""), cell("b) Persentase Rumah Tangga ber-PHBS"), cell("Persen"), cell("101,87")],
        ])
        t.spans = [Table.Span(row0: 0, col0: 0, row1: 0, col1: 3)]
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.count == 2)
        #expect(recs.map(\.no) == [nil, nil])
    }

    /// A template's header says `Target (%)` over every row, but the Satuan cell of a row
    /// names its own unit (`kbm`, `wp`): that row's target and realisasi are counts of it; the
    /// capaian and the rows in `%` stay percentages.
    @Test func aSatuanCellOutranksAPercentInTheHeader() throws {
        let t = table([("No", nil), ("Indikator Sasaran", nil), ("Satuan", nil), ("Target (%)", nil), ("Realisasi (%)", nil), ("Capkin (%)", nil)], [
            [cell("1"), cell("Kenaikan Pendapatan Daerah"), cell("%"), cell("10"), cell("15,36"), cell("153,60")],
            [cell("2"), cell("Pajak Air Permukaan"), cell("wp"), cell("785"), cell("790"), cell("100,64")],
        ])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map { $0.target?.kind } == [.percent, .quantity])
        #expect(recs[1].target?.unit == "wp" && recs[1].realisasi?.kind == .quantity)
        #expect(recs.map { $0.capaian?.kind } == [.percent, .percent])
    }

    /// A table closing with the average of its capaian (`RATA-RATA CAPAIAN SASARAN KE-1`, only a
    /// capaian) has no indicator there; an indicator named `Rata-rata capaian Nilai Tukar …` with
    /// a target of its own is one.
    @Test func anAverageRowClosingTheTableIsNoIndicator() {
        let t = table([("Indikator Kinerja", nil), ("Target", nil), ("Realisasi", nil), ("Capaian", nil)], [
            [cell("Prosentase keikutsertaan kota"), cell("55,56"), cell("59,26"), cell("106,66")],
            [cell("Rata-rata capaian Nilai Tukar Petani"), cell("102"), cell("104"), cell("101,96")],
            [cell("RATA-RATA CAPAIAN SASARAN KE-1"), cell(""), cell(""), cell("104,31")],
        ])
        #expect(IndicatorReader().read([t]).indicators.map(\.indikator) == ["Prosentase keikutsertaan kota", "Rata-rata capaian Nilai Tukar Petani"])
    }

    @Test func stackedCellsSplitOneRecordEach() {
        // Three indicator paragraphs (2, 2 and 1 lines) beside three stacked targets.
        let right = 200.0
        func l(_ t: String, _ top: Double, _ x1: Double) -> CellLine {
            CellLine(text: t, top: top, page: 1, x0: 60, x1: x1, firstWordWidth: Double(t.split(separator: " ")[0].count) * 5)
        }
        let ind = Cell(text: "", lines: [l("Persentase tersusunnya lokasi", 100, 180), l("pemasangan APK dan lokasi kampanye", 110, 196),
                                        l("Persentase jadwal kampanye", 121.5, 170), l("Pemilu tepat waktu", 131.5, 150),
                                        l("Persentase pelaporan dana", 143, 175)],
                       left: 58, right: right)
        let tgt = Cell(text: "95 100 100", lines: [l("95", 100, 212), l("100", 111.5, 215), l("100", 123, 215)], left: 205, right: 230)
        let t = table([("No", nil), ("Indikator Kinerja strategis", nil), ("Target", nil), ("Anggaran", nil)], [
            [cell("3"), ind, tgt, cell("1.720.000")],
        ])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map(\.indikator) == ["Persentase tersusunnya lokasi pemasangan APK dan lokasi kampanye",
                                          "Persentase jadwal kampanye Pemilu tepat waktu", "Persentase pelaporan dana"])
        #expect(recs.map { $0.target?.number } == [95, 100, 100])
        #expect(recs.allSatisfy { $0.no == "3" })
    }

    @Test func tablesWithoutIndicatorOrMeasureGiveNoRecords() {
        let budget = table([("PROGRAM KEGIATAN", nil), ("Anggaran", nil)], [[cell("CQ.6639"), cell("28.829.406.000")]])
        let schedule = table([("NO", nil), ("INDIKATOR KEBERHASILAN", nil), ("1", "PELAKSANAAN (BULAN)"), ("KET", nil)],
                             [[cell("1"), cell("Surat Keputusan Tim"), cell("√"), cell("")]])
        let r = IndicatorReader().read([budget, schedule])
        #expect(r.indicators.isEmpty)
        #expect(r.tables[1].columns.map(\.role) == [.no, .indikator, .jadwal, .keterangan])
    }

    @Test func ocrPercentMisreadIsRepairedWithAWarningAndGarbleIsNeverGuessed() throws {
        var low = cell("85,58%")
        low.confidence = 41
        let t = table([("NO", nil), ("INDIKATOR KINERJA", nil), ("REALISASI", nil)], [
            [cell("1"), cell("Penyusunan"), cell("96,7 Yo")],
            [cell("2"), cell("Pengadaan"), cell("96.7 96")],
            [cell("3"), cell("Diklat"), low],
            [cell("4"), cell("Layanan"), cell("100%")],
            [cell("5"), cell("Opini"), cell("WTP")],
        ])
        let r = IndicatorReader().read([t])
        let recs = r.indicators
        // A misread % sign in a percent column: repaired, raw kept, and said so.
        #expect(recs[0].realisasi?.kind == .percent && recs[0].realisasi?.number == 96.7 && recs[0].realisasi?.raw == "96,7 Yo")
        // "96.7 96" could be 96.7 % or 96.796: never a number, always a warning.
        #expect(recs[1].realisasi?.number == nil && recs[1].realisasi?.raw == "96.7 96")
        #expect(recs[2].realisasi?.number == 85.58)
        let codes = r.warnings.map(\.code)
        #expect(codes == ["ocr_percent_repaired", "unreadable_value", "low_confidence"])
        #expect(r.warnings.allSatisfy { $0.page == 1 && !$0.message.isEmpty })
        #expect(r.warnings[2].message.contains("41"))
    }

    @Test func garbledMeasureHeaderIsInferredAndSaid() throws {
        let t = table([("NO", nil), ("Sasaran Strategis", nil), ("INDIKATOR KINERJA", nil), ("NA", nil)], [
            [cell("1"), cell("Terwujudnya"), cell("Penyusunan Program"), cell("100%")],
            [cell("2."), cell("Meningkatnya"), cell("Opini BPK"), cell("WTP")],
        ])
        let r = IndicatorReader().read([t])
        #expect(r.indicators.map { $0.target?.raw } == ["100%", "WTP"])
        #expect(r.indicators.map(\.no) == ["1", "2"])   // the list dot is not part of the number
        let w = try #require(r.warnings.first)
        #expect(w.code == "column_role_inferred" && w.page == 1)
        // With a readable measure header nothing is inferred.
        let named = table([("INDIKATOR", nil), ("TARGET", nil), ("Catatan", nil)], [[cell("A"), cell("90%"), cell("95%")], [cell("B"), cell("80%"), cell("85%")]])
        #expect(IndicatorReader().read([named]).warnings.isEmpty)
    }

    /// A scanned PK whose narrow `No` header cell was read as nothing: the first column of
    /// list numbers still numbers the rows.
    @Test func unnamedFirstColumnOfListNumbersIsTheNo() throws {
        let t = table([("", nil), ("Sasaran Strategis", nil), ("Indikator Kinerja", nil), ("Target", nil)], [
            [cell("1"), cell("Meningkatnya akses"), cell("Rasio Elektrifikasi"), cell("95 %")],
            [cell("2"), cell("Meningkatnya pemanfaatan"), cell("Jumlah pemanfaatan"), cell("170.000 SBM")],
            [cell("2", carried: true), cell("Meningkatnya pemanfaatan", carried: true), cell("Persentase gedung"), cell("60 %")],
        ])
        let r = IndicatorReader().read([t])
        #expect(r.indicators.map(\.no) == ["1", "2", "2"])
        // A first column of words is no numbering.
        let words = table([("", nil), ("Indikator Kinerja", nil), ("Target", nil)], [
            [cell("Urusan"), cell("Rasio Elektrifikasi"), cell("95 %")],
            [cell("2"), cell("Jumlah pemanfaatan"), cell("60 %")],
        ])
        #expect(IndicatorReader().read([words]).indicators.map(\.no) == [nil, nil])
    }

    /// A scanned PK whose `Sasaran Strategis` header was read `—— 1`: the phrases between the
    /// No and the Indikator columns are still the sasaran (with a warning); a column of
    /// figures there is not.
    @Test func garbledSasaranHeaderIsInferredAndSaid() throws {
        let t = table([("No.", nil), ("—— 1", nil), ("Indikator Kinerja", nil), ("Target", nil)], [
            [cell("1."), cell("Meningkatnya Kualitas Pelayanan Moda Transportasi Umum"), cell("Prosentase keikutsertaan"), cell("55,56%")],
            [cell("1.", carried: true), cell("Meningkatnya Kualitas Pelayanan Moda Transportasi Umum", carried: true), cell("Prosentase kepemilikan"), cell("50,11%")],
            [cell("2."), cell("Meningkatnya Ketertiban Lalu Lintas"), cell("Prosentase kendaraan"), cell("79%")],
        ])
        let r = IndicatorReader().read([t])
        #expect(r.indicators.map(\.sasaran) == ["Meningkatnya Kualitas Pelayanan Moda Transportasi Umum",
                                                "Meningkatnya Kualitas Pelayanan Moda Transportasi Umum",
                                                "Meningkatnya Ketertiban Lalu Lintas"])
        #expect(r.warnings.contains { $0.code == "column_role_inferred" && $0.message.contains("sasaran") })
        let figures = table([("No.", nil), ("", nil), ("Indikator Kinerja", nil), ("Target", nil)], [
            [cell("1."), cell("2015"), cell("Prosentase keikutsertaan"), cell("55,56%")],
            [cell("2."), cell("80 %"), cell("Prosentase kendaraan"), cell("79%")],
        ])
        let f = IndicatorReader().read([figures])
        #expect(f.indicators.allSatisfy { $0.sasaran == nil } && f.warnings.allSatisfy { !$0.message.contains("sasaran") })
    }

    /// A scanned PK whose `Target` header was read `fargat`: one OCR-noisy cell among
    /// percentages (`50,11% gayo`, spanning two rows) still leaves a column of values; the
    /// spanning cell's copy does not count twice.
    @Test func garbledTargetHeaderOverPercentagesIsInferred() throws {
        let t = table([("No.", nil), ("Sasaran S is", nil), ("Indikator Kinerja", nil), ("fargat", nil)], [
            [cell("1."), cell("Meningkatnya Kualitas"), cell("Prosentase keikutsertaan"), cell("55,56%")],
            [cell("1.", carried: true), cell("Meningkatnya Kualitas", carried: true), cell("Prosentase kepemilikan armada"), cell("50,11% gayo")],
            [cell("1.", carried: true), cell("Meningkatnya Kualitas", carried: true), cell("Prosentase ketersediaan AKDP"), cell("50,11% gayo", carried: true)],
            [cell("2."), cell("Meningkatnya Ketertiban"), cell("Prosentase kendaraan"), cell("79%")],
            [cell("2.", carried: true), cell("Meningkatnya Ketertiban", carried: true), cell("Prosentase laik jalan"), cell("100%")],
            [cell("3."), cell("Meningkatnya Ketersediaan"), cell("Prosentase udara"), cell("45,64%")],
        ])
        let r = IndicatorReader().read([t])
        #expect(r.indicators.count == 6)
        #expect(r.indicators.first?.target?.number == 55.56)
        #expect(r.warnings.contains { $0.code == "column_role_inferred" })
    }
}
