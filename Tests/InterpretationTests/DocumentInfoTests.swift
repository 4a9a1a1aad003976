import Interpretation
import KinerjaModel
import Testing

private func lines(_ pages: [[String]]) -> [(text: String, page: Int, size: Double)] {
    pages.enumerated().flatMap { p, texts in texts.map { ($0, p + 1, 12.0) } }
}

// Issue 9 item 1: document info for any agency and level.
@Suite("Interpretation: document info for any agency")
struct DocumentInfoTests {
    @Test func dinasFromItsHeadsTitleInASignatureBlock() {
        let info = DocumentInfoReader.read(lines: lines([[
            "PERJANJIAN KINERJA TAHUN 2016",
            "Nama Ir. DODY FIRMAN NUGRAHA",
            "Jabatan KEPALA DINAS PETERNAKAN PROVINSI JAWA BARAT",
            "Selanjutnya disebut PIHAK KESATU",
            "Jabatan GUBERNUR JAWA BARAT"]]))
        #expect(info.type == .perjanjianKinerja)
        #expect(info.instansi == "Dinas Peternakan Provinsi Jawa Barat")
        #expect(info.tahun == 2016)
    }

    @Test func badanNamedOverSeveralLinesWithRegionInTheSignature() {
        let info = DocumentInfoReader.read(lines: lines([
            ["PERJANJIAN KINERJA TAHUN 2016", "Jabatan : Kepala Badan Pemberdayaan Masyarakat dan Pemerintahan Desa",
             "Selanjutnya disebut pihak KESATU"],
            ["PERJANJIAN KINERJA TAHUN 2016", "BADAN PEMBERDAYAAN MASYARAKAT DAN PEMERINTAHAN DESA", "NO SASARAN STRATEGIS"],
            ["KEPALA", "BADAN PEMBERDAYAAN MASYARAKAT", "DAN PEMERINTAHAN DESA", "PROVINSI JAWA BARAT", "AHMAD HERYAWAN"],
        ]))
        #expect(info.instansi == "Badan Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Jawa Barat")
    }

    @Test func letterSpacedRunningHeaderAndFooter() {
        let page = ["LKIP T A H U N 2 0 1 6", "Lampiran 1b", "Persentase temuan OPD di lingkungan Pemerintah Provinsi Jawa Barat",
                    "INSPEKTORAT P R O V I N S I J A W A B A R A T"]
        let info = DocumentInfoReader.read(lines: lines([page, page, page]))
        #expect(info.type == .lkjip)
        #expect(info.tahun == 2016)
        #expect(info.instansi == "Inspektorat Provinsi Jawa Barat")
    }

    @Test func agencyWithoutRegionTakesTheRegionTheDocumentNames() {
        let info = DocumentInfoReader.read(lines: lines([
            ["Realisasi Kinerja Pada Triwulan I - IV Tahun 2023", "DINAS KESEHATAN 88.396.917.589",
             "Pengadaan Pakaian Dinas Lapangan"],
            ["Jumlah Peserta JKN Kota Tangerang"],
            ["Persentase fasyankes yang ada di wilayah Kota Tangerang Selatan"],
        ]))
        #expect(info.type == .evaluasiRencanaKerja)
        #expect(info.tahun == 2023)
        #expect(info.instansi == "Dinas Kesehatan Kota Tangerang Selatan")
    }

    @Test(arguments: [
        ("LAPORAN KINERJA INSPEKTORAT KABUPATEN JOMBANG TAHUN 2023", "Inspektorat Kabupaten Jombang"),
        ("RENCANA KINERJA TAHUNAN SATUAN POLISI PAMONG PRAJA KOTA BOGOR TAHUN 2024", "Satuan Polisi Pamong Praja Kota Bogor"),
        ("PERJANJIAN KINERJA Biro Organisasi Sekretariat Daerah Provinsi Jawa Barat Tahun 2016",
         "Biro Organisasi Sekretariat Daerah Provinsi Jawa Barat"),
        ("LAPORAN KINERJA KECAMATAN CIPUTAT KOTA TANGERANG SELATAN TAHUN 2022", "Kecamatan Ciputat Kota Tangerang Selatan"),
        ("LAPORAN KINERJA RSUD KABUPATEN SIDOARJO TAHUN 2023", "RSUD Kabupaten Sidoarjo"),
        ("Badan Penanggulangan Bencana Daerah Kota Tangerang Selatan", "Badan Penanggulangan Bencana Daerah Kota Tangerang Selatan"),
    ])
    func agenciesOfSeveralKinds(title: String, instansi: String) {
        #expect(DocumentInfoReader.read(lines: lines([[title]])).instansi == instansi)
    }

    @Test(arguments: [
        // A list of the agency's fields with commas, ended by `dan`.
        (["LAPORAN KINERJA TAHUN 2016", "Badan Penelitian, Pengembangan dan Penerapan Ilmu Pengetahuan dan Teknologi Provinsi Jawa Barat"],
         "Badan Penelitian Pengembangan dan Penerapan Ilmu Pengetahuan dan Teknologi Provinsi Jawa Barat"),
        // A chapter number in the running footer is no part of the region.
        (["BAB III", "Dinas Pariwisata dan Kebudayaan Provinsi Jawa Barat III - 1"], "Dinas Pariwisata dan Kebudayaan Provinsi Jawa Barat"),
        // A code printed at the end of the labelled line.
        (["Instansi: Dinas Perikanan dan Kelautan Provinsi Jawa Barat 1.42"], "Dinas Perikanan Dan Kelautan Provinsi Jawa Barat"),
        // Words read across table cells are no agency: `Capaian Kinerja Dinas` / `Daerah`,
        // `Masyarakat di Kecamatan` / `Perencanaan Kegiatan`; the row naming the Kecamatan is.
        (["Realisasi Kinerja Pada Triwulan I - IV Tahun 2023", "Capaian Kinerja Dinas", "Daerah", "yang dipelihara",
          "Pelayanan kepada Masyarakat di Kecamatan", "Perencanaan Kegiatan", "KECAMATAN CIPUTAT"], "Kecamatan Ciputat"),
    ])
    func namesAreReadToTheirEndAndNoFurther(page: [String], instansi: String) {
        #expect(DocumentInfoReader.read(lines: lines([page])).instansi == instansi)
    }

    @Test func formsTitledByTheirContent() {
        let renstra = DocumentInfoReader.read(lines: lines([["Lampiran 1.", "RENCANA STRATEJIK", "Tahun 2013 - 2018",
                                                             "Instansi : Dinas Koperasi dan UMKM Provinsi Jawa Barat"]]))
        #expect(renstra.type == .renstra && renstra.tahun == 2013)
        let measured = DocumentInfoReader.read(lines: lines([["Lampiran 4.", "PENGUKURAN KINERJA", "PEMERINTAH PROVINSI JAWA BARAT",
                                                              "Sasaran Strategis 1"]]))
        #expect(measured.type == .lkjip)
        // Named only further down a page, the phrase does not type it.
        let prose = DocumentInfoReader.read(lines: lines([["Daftar nama", "Tabel 1", "Data", "hasil pengukuran kinerja"]]))
        #expect(prose.type == .unknown)
    }

    @Test func theFullNameWithItsRegionWinsOverTheShortNameOfTheProse() {
        let info = DocumentInfoReader.read(lines: lines([[
            "KATA PENGANTAR", "Laporan Kinerja Biro Organisasi Sekretariat Daerah Provinsi Jawa Barat",
            "fungsi Biro Organisasi, menuju good governance", "Kinerja Biro Organisasi diukur",
            "Penetapan Kinerja Biro Organisasi", "capaian kinerja sasaran Biro Organisasi telah sesuai", "KEPALA BIRO ORGANISASI,"]]))
        #expect(info.instansi == "Biro Organisasi Sekretariat Daerah Provinsi Jawa Barat")
    }

    @Test func aBalaiIsTheAgencyOnlyWhenNoOtherIsNamed() {
        let own = DocumentInfoReader.read(lines: lines([[
            "PERJANJIAN KINERJA TAHUN 2016", "Jabatan", "Kepala Sub Bagian Tata Usaha pada Balai Pengujian dan Penyidikan",
            "Penyakit Hewan dan Kesmavet Cikole Lembang", "Selanjutnya disebut PIHAK KESATU"]]))
        #expect(own.instansi == "Balai Pengujian dan Penyidikan Penyakit Hewan dan Kesmavet Cikole Lembang")
        let cited = DocumentInfoReader.read(lines: lines([[
            "RENCANA AKSI TAHUN 2016", "DINAS PERHUBUNGAN PROVINSI JAWA BARAT", "Balai Pengelolaan Bandar Udara",
            "Balai Pengelolaan Bandar Udara", "Balai Pengelolaan Bandar Udara", "Balai Pengelolaan Bandar Udara"]]))
        #expect(cited.instansi == "Dinas Perhubungan Provinsi Jawa Barat")
    }

    @Test func genericWordsAloneNameNoAgency() {
        let info = DocumentInfoReader.read(lines: lines([["Realisasi Kinerja Pada Triwulan I - IV Tahun 2023", "Capaian Kinerja Dinas", "Daerah"]]))
        #expect(info.instansi == nil)
    }

    @Test func citedBodiesAreNotTheAgency() {
        let info = DocumentInfoReader.read(lines: lines([[
            "LAPORAN KINERJA TAHUN 2016", "Data Badan Pusat Statistik dan Badan Pemeriksa Keuangan",
            "Dinas Perhubungan Provinsi Jawa Barat"]]))
        #expect(info.instansi == "Dinas Perhubungan Provinsi Jawa Barat")
    }

    @Test func reportedYearIsNeverACitedRegulationsYear() {
        #expect(DocumentInfoReader.read(lines: lines([[
            "Berdasarkan Perpres 29 Tahun 2014 dan Undang-undang Nomor 23 tahun 2014", "Laporan Kinerja Tahun 2016"]])).tahun == 2016)
        #expect(DocumentInfoReader.read(lines: lines([["PERJANJIAN KINERJA", "sesuai PP No. 8 Tahun 2006", "TAHUN : 2017"]])).tahun == 2017)
        // A period is not the year reported on, except a Renstra's first year.
        #expect(DocumentInfoReader.read(lines: lines([["RENCANA STRATEGIS TAHUN 2013 - 2018"]])).tahun == 2013)
        #expect(DocumentInfoReader.read(lines: lines([["LAPORAN KINERJA", "RPJMD Tahun 2013 - 2018", "TAHUN 2016"]])).tahun == 2016)
    }

    @Test func aChapterWithOnlyPeriodsOnItsFirstPagesTakesTheYearItsTextReportsOn() {
        let info = DocumentInfoReader.read(lines: lines([
            ["BAB II", "PERENCANAAN KINERJA", "RPJMD Provinsi Jawa Barat tahun 2013-2018 merupakan penjabaran"],
            ["Renstra 2013 - 2018"],
            ["Perjanjian Kinerja Tahun 2016 memuat", "target Tahun 2016 dan Laporan Kinerja"],
        ]))
        #expect(info.tahun == 2016)
    }

    @Test func aChapterIsTypedByTheDocumentItKeepsNaming() {
        let info = DocumentInfoReader.read(lines: lines([
            ["BAB I", "PENDAHULUAN", "tahun awal dari pelaksanaan Rencana Strategis Dinas Peternakan Provinsi Jawa Barat"],
            ["Laporan Kinerja ini disusun", "LKIP ini memuat"],
        ]))
        #expect(info.type == .lkjip)
    }

    @Test(arguments: [
        ("INDIKATOR KINERJA UTAMA (IKU) DINAS KESEHATAN", DocumentType.indikatorKinerjaUtama),
        ("POHON KINERJA INSPEKTORAT 2016", .pohonKinerja),
        ("RENCANA KERJA PERANGKAT DAERAH TAHUN 2024", .rencanaKerja),
        ("EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", .evaluasiRencanaKerja),
        ("RENCANA KERJA TAHUNAN 2016", .rencanaKinerjaTahunan),
    ])
    func contract11Types(title: String, type: DocumentType) {
        #expect(DocumentInfoReader.read(lines: lines([[title]])).type == type)
    }

    // A name set over several lines of a narrow cell is cut by the page's lines, which run
    // across the other columns (`DINAS KOPERASI, 0,25 DINKOP`): the cell holds it whole.
    @Test func aNameCutByAnotherColumnIsCompletedFromItsCell() {
        let page = [
            "EVALUASI RENJA TRIWULAN IV TAHUN 2023",
            "URUSAN PEMERINTAHAN BIDANG KOPERASI",
            "DINAS KOPERASI, 0,25 DINKOP",
            "USAHA KECIL DAN 2.490.188.343 4.841.669.586",
            "MENENGAH",
        ]
        let cut = DocumentInfoReader.read(lines: lines([page]))
        #expect(cut.instansi == "Dinas Koperasi")
        let whole = DocumentInfoReader.read(lines: lines([page]), cells: [
            (text: "URUSAN PEMERINTAHAN BIDANG KOPERASI", page: 1),
            (text: "DINAS KOPERASI,\nUSAHA KECIL DAN\nMENENGAH", page: 1),
        ])
        #expect(whole.instansi == "Dinas Koperasi Usaha Kecil dan Menengah")
    }

    // The list's last item after a comma (`…, Penduduk, dan Keluarga Berencana`).
    @Test func aLongListOfFieldsEndedByCommaDanIsOneName() {
        let info = DocumentInfoReader.read(lines: lines([[
            "LAPORAN KINERJA",
            "DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK, PENGENDALIAN PENDUDUK, DAN KELUARGA BERENCANA",
        ]]))
        #expect(info.instansi == "Dinas Pemberdayaan Perempuan Perlindungan Anak Pengendalian Penduduk dan Keluarga Berencana")
    }

    // Two offices in one report: a cell holding the short name alone keeps it.
    @Test func aCellHoldingTheNameAloneKeepsIt() {
        let info = DocumentInfoReader.read(lines: lines([["KECAMATAN CIPUTAT 0 DINKOP"]]), cells: [
            (text: "KECAMATAN CIPUTAT", page: 1),
            (text: "KECAMATAN CIPUTAT TIMUR", page: 1),
        ])
        #expect(info.instansi == "Kecamatan Ciputat")
    }
}
