import Interpretation
import KinerjaModel
import Testing

/// Columns whose header sounds like a measure but whose cells are prose (a Renstra's
/// `Target SPM / Standar Nasional` naming programmes, a `Capaian Sasaran Renstra …` column of
/// sasaran names) give no values: their text never becomes a record's target or capaian.
@Suite("Interpretation: prose under a measure header")
struct ProseColumnsTests {
    private func table(_ headers: [String], _ rows: [[String]]) -> Table {
        .onePage("t1", page: 3, headers: headers, texts: rows)
    }

    @Test func proseCapaianColumnIsNoMeasure() {
        let t = table(["No", "Indikator Kinerja", "Capaian Sasaran Renstra Dinas", "Keterangan"], [
            ["1.", "Jumlah Koperasi Aktif (koperasi/tahun)", "Jumlah Lembaga Koperasi yang berkualitas (1.100 Koperasi/tahun)", ""],
            ["", "", "Jumlah Peningkatan kapasitas SDM KUMKM", ""],
            ["2.", "Jumlah UMKM yang telah Memiliki Legalitas Usaha", "Pengembangan Akses Pasar (534 KUMKM/tahun)", ""],
        ])
        let read = IndicatorReader().read([t])
        #expect(read.indicators.isEmpty)
        #expect(read.tables[0].columns[2].role == .other)
        #expect(read.warnings.map(\.code) == ["column_not_measure"])
    }

    @Test func proseTargetColumnBesideARealOneIsDropped() {
        let t = table(["No", "Indikator Kinerja", "Target SPM/ Standar Nasional", "Realisasi"], [
            ["1", "Persentase program nasional yang dilaksanakan", "Program Nasional yang harus dilaksanakan OPD", "96,68%"],
            ["2", "Persentase perda yang dilaksanakan", "Jumlah Perda yang harus dilaksanakan OPD", "93,33%"],
            ["3", "Rasio struktur jabatan", "Pengisian struktur Jabatan", "100%"],
        ])
        let read = IndicatorReader().read([t])
        #expect(read.indicators.count == 3)
        #expect(read.indicators.allSatisfy { $0.target == nil })
        #expect(read.indicators.map { $0.realisasi?.number } == [96.68, 93.33, 100])
    }

    /// A table whose only measure columns are prose and one empty column states no measure.
    @Test func proseAndEmptyMeasureColumnsGiveNoRecords() {
        let t = table(["No", "Indikator Kinerja", "Target SPM/ Standar Nasional", "Target IKK", "Target Indikator Lainnya"], [
            ["I", "KEBIJAKAN TEKNIS PENYELENGGARAAN URUSAN", "Program Nasional yang harus dilaksanakan oleh OPD", "Jumlah program Nasional yang dilaksanakan oleh OPD", ""],
            ["II", "KETAATAN TERHADAP PERATURAN", "Jumlah Perda yang harus dilaksanakan OPD", "Jumlah PERDA pelaksanaan yang ada", ""],
        ])
        let read = IndicatorReader().read([t])
        #expect(read.indicators.isEmpty)
        #expect(read.tables[0].columns.map(\.role) == [.no, .indikator, .other, .other, .other])
    }

    /// One measure among text cells, or short qualitative targets, keep the column a measure:
    /// the text there is what the document wrote for those rows.
    @Test(arguments: [
        ["Tersedia", "WTP", "Sangat Baik"],
        ["Tersusunnya dokumen perencanaan tahunan", "Terlaksananya rapat koordinasi teknis", "85%"],
        // Figures first: a measure stated in words, kept raw (`14 Jenis dan 40 Kabupaten dan Kota`).
        ["7.201 Koleksi dan 28 Naskah", "43.000 Orang dan 6 Jenis Promosi", "14 Jenis dan 40 Kabupaten dan Kota"],
    ])
    func measureColumnStays(_ targets: [String]) {
        var t = table(["No", "Indikator Kinerja", "Target"], targets.enumerated().map { ["\($0.offset + 1)", "Indikator nomor \($0.offset + 1)", $0.element] })
        t.columns = ColumnRoles.assign(t.columns)
        ColumnRoles.demoteProseMeasureColumns(&t)
        #expect(t.columns[2].role == .target)
        #expect(IndicatorReader().read([table(["No", "Indikator Kinerja", "Target"], t.rows.map { $0.map(\.text) })]).indicators.count == 3)
    }
}
