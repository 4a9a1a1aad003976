import Interpretation
import KinerjaModel
import Testing

@Suite("Interpretation: column roles and document info")
struct ColumnRolesTests {
    @Test(arguments: [
        ("NO", nil, ColumnRole.no, nil as Int?), ("No.", nil, .no, nil),
        ("Sasaran Strategis", nil, .sasaran, nil), ("Sasaran Program/Kegiatan", nil, .sasaran, nil),
        ("INDIKATOR KINERJA", nil, .indikator, nil), ("Indikator Kinerja strategis", nil, .indikator, nil),
        ("TARGET KINERJA", nil, .target, nil), ("Target Indikator Kinerja", nil, .target, nil),
        ("TARGET KINERJ A", nil, .target, nil), ("Target Kegiatan/ Aksi", nil, .targetKegiatan, nil),
        ("REALISASI", nil, .realisasi, nil), ("Realiasi", nil, .realisasi, nil), ("REALIS ASI", nil, .realisasi, nil),
        ("CAPAIAN", nil, .capaian, nil), ("CAPAIA N", nil, .capaian, nil), ("Capaiann", nil, .capaian, nil),
        ("Pagu Anggaran", nil, .anggaran, nil), ("ANGGARAN", nil, .anggaran, nil),
        ("Nama Kegiatan/Aksi", nil, .kegiatan, nil), ("KEGIATAN", nil, .kegiatan, nil), ("Program", nil, .program, nil),
        ("Pelaksana Tingkat Pejabat Eselon IV", nil, .pelaksana, nil), ("PELAKSANA", nil, .pelaksana, nil),
        ("KET", nil, .keterangan, nil),
        ("B1", "RENCANA PELAKSANAAN", .jadwal, nil), ("IV", "Pelaksanaan Kegiatan Triwulan", .jadwal, nil),
        ("12", "PELAKSANAAN (BULAN)", .jadwal, nil),
        ("TARGET KINERJA", "TAHUN 2023", .target, 2023), ("CAPAIAN", "TAHUN 2024", .capaian, 2024),
        ("2021", "Target Kinerja Renstra KPU BU", .target, 2021), ("2024", "Realisasi", .realisasi, 2024),
        ("2022", nil, .target, 2022),
        ("Capkin 2014 (%)", "Tahun 2014", .capaian, 2014),
        ("Rentang Nilai", nil, .other, nil), ("Jenis Logistik", nil, .other, nil),
        // The remainder left unspent (LKjIP budget tables): no budget, no capaian.
        ("Rp", "SILPA*)", .other, nil), ("%", "SILPA*)", .other, nil), ("%", "Sisa Anggaran", .other, nil),
        // The plan's starting point is no measure (renstra T-C.27 and sasaran tables).
        ("Data Capai an pada Tahun Awal Peren canaan", nil, .other, nil),
        ("Data Capaian pada Tahun Awal Perencana an (2013)", nil, .other, nil),
        ("2013", "Tahun Awal", .other, nil), ("2012", "Kondisi Kinerja pada Awal Periode RPJMD", .other, nil),
        ("2014", "Target Kinerja Sasaran pada Tahun", .target, 2014),
        // Header words printed without the space between them.
        ("IndikatorKinerja", nil, .indikator, nil), ("SasaranStrategis", nil, .sasaran, nil),
        ("TargetKinerja", "Tahun 2016", .target, 2016),
    ] as [(String, String?, ColumnRole, Int?)])
    func roleFromHeader(header: String, group: String?, role: ColumnRole, tahun: Int?) {
        let got = ColumnRoles.role(header: header, group: group)
        #expect(got.0 == role, "\(header) under \(group ?? "-")")
        #expect(got.1 == tahun)
    }

    private func lines(_ texts: [String], page: Int = 1) -> [(text: String, page: Int, size: Double)] {
        texts.map { ($0, page, 12) }
    }

    @Test func lkjipCover() {
        let info = DocumentInfoReader.read(lines: lines([
            "KOMISI PEMILIHAN UMUM KABUPATEN BENGKULU UTARA", "LAPORAN", "AKUNTABILITAS KINERJA", "PEMERINTAH",
            "SEKRETARIAT KPU", "KABUPATEN BENGKULU UTARA", "TAHUN 2024"]))
        #expect(info.type == .lkjip)
        #expect(info.instansi == "KPU Kabupaten Bengkulu Utara")
        #expect(info.tahun == 2024)
    }

    @Test func rencanaAksiWithLabelledFields() {
        let info = DocumentInfoReader.read(lines: lines([
            "RENCANA AKSI KINERJA", "NAMA/UNIT ORGANISASI : SEKRETARIAT KPU KABUPATEN BENGKULU TENGAH", "TAHUN : 2025"]))
        #expect(info.type == .rencanaAksiKinerja)
        #expect(info.instansi == "KPU Kabupaten Bengkulu Tengah")
        #expect(info.tahun == 2025)
    }

    @Test func otherTypesAndAcronyms() {
        #expect(DocumentInfoReader.read(lines: lines(["RENCANA KINERJA TAHUNAN TAHUN 2024",
            "Rencana Kinerja Tahunan (RKT) Sekretariat KPU Kabupaten OKU Selatan adalah sebagai berikut"])).instansi
                == "KPU Kabupaten OKU Selatan")
        #expect(DocumentInfoReader.read(lines: lines(["KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN BENGKULU TENGAH",
            "TENTANG", "RENCANA AKSI REFORMASI BIROKRASI", "TAHUN 2022"])).type == .rencanaAksiRB)
        #expect(DocumentInfoReader.read(lines: lines(["PERJANJIAN KINERJA TAHUN 2024"])).type == .perjanjianKinerja)
        #expect(DocumentInfoReader.read(lines: lines(["Notulen rapat"])).type == .unknown)
        let provinsi = DocumentInfoReader.read(lines: lines(["RENCANA AKSI KINERJA TAHUN 2021", "KOMISI PEMILIHAN UMUM PROVINSI BANTEN"]))
        #expect(provinsi.instansi == "KPU Provinsi Banten")
        #expect(provinsi.tahun == 2021)
    }
}

// Issue 9 item 2: column meaning from the whole header block.
@Suite("Interpretation: header meaning")
struct HeaderMeaningTests {
    @Test(arguments: [
        ("Trw I", "Target Kinerja Sasaran", ColumnRole.target, 1), ("Trw IV", "Target Kinerja Sasaran", .target, 4),
        ("TW 2", "Realisasi", .realisasi, 2), ("Triwulan III", "Capaian", .capaian, 3),
        ("I", "Realisasi Kinerja Pada Triwulan I - IV Tahun 2023", .realisasi, 1),
        ("K", "Realisasi Kinerja Pada Triwulan II", .realisasi, 2),
    ] as [(String, String, ColumnRole, Int)])
    func quartersUnderAMeasure(header: String, group: String, role: ColumnRole, quarter: Int) {
        #expect(ColumnRoles.role(header: header, group: group).0 == role)
        #expect(ColumnRoles.quarter(header: header, group: group) == quarter)
    }

    /// Permendagri 86's Renja evaluation names both halves of a K / Rp pair in one group:
    /// `Tingkat Capaian Kinerja dan Realisasi Anggaran` — the K half is the capaian (of the
    /// kinerja), the realisasi is the money's. `Realisasi Kinerja dan Anggaran` stays realisasi.
    @Test(arguments: [
        ("Tingkat Capaian Kinerja dan Realisasi Anggaran Renja yang dievaluasi (%)", ColumnRole.capaian),
        ("Tingkat Capaian Kinerja dan Realisasi Anggaran RPJMD s/d Tahun 2023 (%)", .capaian),
        ("Realisasi Kinerja dan Anggaran Renja yang dievaluasi", .realisasi),
        ("Realisasi Capaian Kinerja dan Anggaran Renja yang dievaluasi", .realisasi),
        ("Target Kinerja dan Anggaran Renja 2023", .target),
    ] as [(String, ColumnRole)])
    func kinerjaHalfOfAPairNamedWithTheMoney(group: String, role: ColumnRole) {
        #expect(ColumnRoles.role(header: "K", group: group).0 == role, "K under \(group)")
        #expect(ColumnRoles.role(header: "Rp", group: group).0 == .anggaran)
    }

    /// A `%` before the word (`% Realisasi`, `% PENCAPAIAN`, `% Capai kinerja`) names the share
    /// of the target reached: the capaian. The sign after (`Realisasi (%)`) is the realisasi's
    /// unit; under `Keuangan` the share is the money's. The capaian against the plan's final
    /// target is no measure of the year.
    @Test func percentBeforeTheWordIsTheCapaian() {
        #expect(ColumnRoles.role(header: "% Realisasi", group: "Target").0 == .capaian)
        #expect(ColumnRoles.role(header: "% REALISASI", group: "TAHUN 2016") == (.capaian, 2016))
        #expect(ColumnRoles.role(header: "% PENCAPAIAN", group: nil).0 == .capaian)
        #expect(ColumnRoles.role(header: "% Capai kinerja", group: nil).0 == .capaian)
        #expect(ColumnRoles.role(header: "Realisasi (%)", group: nil).0 == .realisasi)
        #expect(ColumnRoles.role(header: "% Realisasi", group: "Keuangan").0 == .realisasiAnggaran)
        #expect(ColumnRoles.role(header: "Capaian Thn 2016 terhadap Target Akhir Renstra", group: nil).0 == .other)
    }

    /// `Capaian terhadap Target Renstra (%)` (the word broken by a narrow cell: `TERHADA P`)
    /// names the capaian against a target, not a target.
    /// A year printed against its word (`Capaian Tahun2016 (%)`) is still the group's year.
    @Test func aYearGluedToItsWordIsRead() {
        #expect(ColumnRoles.role(header: "Target", group: "Capaian Tahun2016 (%)") == (.target, 2016))
        #expect(ColumnRoles.year(in: "ISO9001") == nil)
    }

    @Test func capaianAgainstATargetIsTheCapaian() {
        #expect(ColumnRoles.role(header: "CAPAIAN TERHADA P TARGET RENSTRA (%)", group: nil).0 == .capaian)
        #expect(ColumnRoles.role(header: "TARGET RENSTRA", group: nil).0 == .target)
    }

    @Test func quartersOfASchedulesAreNotMeasures() {
        #expect(ColumnRoles.role(header: "IV", group: "Pelaksanaan Kegiatan Triwulan").0 == .jadwal)
        #expect(ColumnRoles.role(header: "TW1", group: "RENCANA PELAKSANAAN").0 == .jadwal)
    }

    @Test func yearNumbersUnderAMeasureAreNoSchedule() {
        // A Renstra's `Target Renstra OPD Tahun ke-` over `1 … 5` counts years, not months.
        for n in 1...5 {
            #expect(ColumnRoles.role(header: "\(n)", group: "Target Renstra OPD Tahun ke-").0 != .jadwal)
        }
        #expect(ColumnRoles.role(header: "7", group: "PELAKSANAAN (BULAN)").0 == .jadwal)
    }

    @Test(arguments: [
        ("Kriteria Capaian", nil), ("Predikat", nil), ("Kategori", nil), ("Satuan", nil), ("Sat", nil),
        ("Kondisi Awal (2013)", nil), ("Eksisting 2013", nil), ("Baseline", nil), ("Sumber data", nil),
        ("Capaian Thn Lalu", nil), ("Realisasi Tahun Sebelumnya", nil),
    ] as [(String, String?)])
    func neverMeasures(header: String, group: String?) {
        #expect(ColumnRoles.role(header: header, group: group).0 == .other)
    }

    @Test func moneyPercentAndRunTogetherHeaders() {
        #expect(ColumnRoles.role(header: "Rp", group: "Triwulan I").0 == .anggaran)
        #expect(ColumnRoles.role(header: "%", group: nil).0 == .capaian)
        #expect(ColumnRoles.role(header: "% Pening katan", group: nil).0 == .other)
        #expect(ColumnRoles.role(header: "Indikator Kinerja Satuan", group: nil).0 == .indikator)
        // A group spanning target and money does not make its money column a measure.
        #expect(ColumnRoles.role(header: "Rp", group: "Capaian Kinerja Program dan Kerangka Pendanaan").0 == .anggaran)
        #expect(ColumnRoles.headerSaysPercent("Target %", group: nil))
        #expect(ColumnRoles.headerSaysPercent("2015", group: "Realisasi (%)"))
        #expect(!ColumnRoles.headerSaysPercent("Target", group: "Tahun 2016"))
    }

    /// A header's lower level folded in by the table stage: what sits under year groups and
    /// under a one-level measure group.
    @Test(arguments: [
        ("BIAYA", "TARGET KINERJA PROGRAM DAN PENDANAAN > 2017", ColumnRole.anggaran, nil as Int?),
        ("TARGET", "TARGET KINERJA PROGRAM DAN PENDANAAN > 2018", .target, 2018),
        ("BL", "TARGET KINERJA PROGRAM DAN PENDANAAN > 2018", .other, nil),
        ("BTL", "TARGET KINERJA PROGRAM DAN PENDANAAN > 2018", .other, nil),
        ("Volume Satuan", "Target", .target, nil), ("Volume", "Realisasi", .realisasi, nil),
        ("Volume Satuan", nil, .other, nil), ("Satuan", "Target", .other, nil),
        ("IKT", "Capaian %", .capaian, nil), ("Ssrn Strag", "Capaian %", .capaian, nil),
        ("IKT", "Target dan Realisasi", .other, nil),
        ("Tujuan", "CAPAIAN KINERJA TAHUN 2016 DINAS PARIWISATA", .other, nil), ("Lokasi", "Target > 2018", .other, nil),
        // Money split under a money or realisasi group.
        ("Sebelum Perubahan", "Anggaran", .anggaran, nil), ("Setelah Perubahan", "Anggaran", .anggaran, nil),
        ("Keuangan (Rp)", "Realisasi", .realisasiAnggaran, nil), ("(Rp)", "Realisasi Keuangan", .realisasiAnggaran, nil),
        ("Rp", "Realisasi Kinerja Pada Triwulan I - IV Tahun 2023 > I", .anggaran, nil),
        // A purpose clause names no column.
        ("Program Pembangunan Daerah Untuk Pencapaian arah Kebijakan Strategis", nil, .program, nil),
        // The group's own text beside its indicator.
        ("Narasi", "Sasaran Strategis", .sasaran, nil), ("Indikator", "Sasaran Strategis", .indikator, nil),
        ("Uraian", "Kegiatan", .kegiatan, nil), ("Uraian", "Program", .program, nil),
    ] as [(String, String?, ColumnRole, Int?)])
    func roleUnderALowerLevel(header: String, group: String?, role: ColumnRole, tahun: Int?) {
        let got = ColumnRoles.role(header: header, group: group)
        #expect(got.0 == role, "\(header) under \(group ?? "-")")
        #expect(got.1 == tahun)
    }
}
