import KinerjaModel
import Testing
@testable import Interpretation

private func cell(_ text: String, carried: Bool = false) -> Cell { Cell(text: text, carried: carried) }

/// A plan table; `^` in a cell is the spanning cell above carried onto the row.
private func table(_ headers: [String], _ rows: [[String]], pages: [Int]? = nil) -> Table {
    var body: [[Cell]] = []
    for row in rows {
        body.append(row.enumerated().map { c, t in t == "^" ? Cell(text: body.last![c].text, carried: true) : cell(t) })
    }
    var t = Table(id: "t1", pages: Array(Set(pages ?? [1])).sorted(), caption: nil, columns: headers.map { Column(header: $0) },
                  rows: body, rowPages: pages ?? rows.map { _ in 1 })
    t.columns = ColumnRoles.assign(t.columns)
    return t
}

private func records(_ t: Table) -> [Indicator] {
    let read = IndicatorReader().read([t])
    return DocumentExtras.apply(tables: read.tables, indicators: read.indicators).indicators
}

@Suite("Interpretation: program, kegiatan and output of plan records")
struct ActivityColumnsTests {
    /// RKT: Program spanning its rows, one kegiatan per indicator row.
    @Test func programAndKegiatanOfAnRKT() {
        let t = table(["No", "Program", "Sasaran strategis", "Indikator Kinerja", "Target", "Kegiatan", "Anggaran"], [
            ["1", "Penyelenggaraan Pemilu", "Perencanaan Program", "Persentase A", "97", "Bimtek perencanaan", "840.977.000"],
            ["^", "^", "^", "Persentase B", "97", "Penyusunan keputusan", "^"],
            ["2", "Program Dukungan Manajemen", "Pengelolaan Keuangan", "Jumlah laporan", "12", "", "1.000.000"],
        ])
        let r = records(t)
        #expect(r.map(\.program) == ["Penyelenggaraan Pemilu", "Penyelenggaraan Pemilu", "Program Dukungan Manajemen"])
        #expect(r.map(\.kegiatan) == ["Bimtek perencanaan", "Penyusunan keputusan", nil])
        #expect(r.allSatisfy { $0.output == nil && $0.subKegiatan == nil })
    }

    /// Rencana Aksi: one indicator over several kegiatan rows, each with its target kegiatan.
    @Test func severalActivitiesOfOneIndicatorInRowOrder() {
        let t = table(["No", "Sasaran", "Indikator Kinerja", "Target Indikator Kinerja", "Nama Kegiatan/Aksi", "Target Kegiatan/Aksi"], [
            ["1", "Terwujudnya Dukungan Logistik", "Terlaksananya fasilitasi", "100 %", "Evaluasi Distribusi", "100 %"],
            ["^", "^", "^", "^", "Penyusunan Laporan", "2 lap"],
            ["2", "Terwujudnya Tahapan", "Persentase penyelenggaraan", "100 %", "Supervisi", "100 %"],
        ])
        let r = records(t)
        #expect(r.count == 2)
        #expect(r[0].kegiatan == "Evaluasi Distribusi; Penyusunan Laporan" && r[0].output == "100 %; 2 lap")
        #expect(r[1].kegiatan == "Supervisi" && r[1].output == "100 %" && r[1].program == nil)
    }

    /// A kegiatan cell spanning indicator rows, cut by a page break: the next page's first
    /// rows leave it empty, or show the rest of its text.
    @Test func kegiatanCutByAPageBreak() {
        let t = table(["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET", "KEGIATAN"], [
            ["9", "Tersedianya data", "Persentase pemutakhiran", "96%", "Pendataan DPT (7018.QDB)"],
            ["", "", "Persentase sarana", "96%", ""],
            ["", "", "Persentase aplikasi", "96%", "^"],
            ["17", "Terwujudnya RB", "Indeks RB", "B", "Sosialisasi/Penyuluhan/ Bimbingan Teknis"],
            ["", "", "Persentase KPU", "85 %", "Tahapan (6709.QGE)"],
            ["18", "Terlaksananya Uji", "Persentase PNS", "1 orang", "Sosialisasi"],
        ], pages: [1, 2, 2, 2, 3, 3])
        let r = records(t)
        #expect(r.map(\.kegiatan) == ["Pendataan DPT (7018.QDB)", "Pendataan DPT (7018.QDB)", "Pendataan DPT (7018.QDB)",
                                      "Sosialisasi/Penyuluhan/ Bimbingan Teknis Tahapan (6709.QGE)",
                                      "Sosialisasi/Penyuluhan/ Bimbingan Teknis Tahapan (6709.QGE)", "Sosialisasi"])
    }

    /// A program cell spanning rows ends on one page; the next page's first row opens the
    /// next program with the same first word (`Program …` under `Program …`): a new
    /// activity, not the rest of the cell above.
    @Test func siblingKegiatanAtThePageTopStaysItsOwn() {
        let t = table(["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET", "KEGIATAN"], [
            ["3", "Terwujudnya norma kerja", "Persentase kasus", "35", "Program Perlindungan Lembaga"],
            ["", "", "Persentase penyelesaian", "10%", "^"],
            ["", "", "Persentase fasilitasi", "15", "Program Peningkatan Kesempatan Kerja"],
        ], pages: [1, 1, 2])
        #expect(records(t).map(\.kegiatan) == ["Program Perlindungan Lembaga", "Program Perlindungan Lembaga",
                                               "Program Peningkatan Kesempatan Kerja"])
    }

    /// Where each row has a kegiatan of its own (no cell spans rows), the first kegiatan on
    /// the next page is a new one, not the rest of the one above.
    @Test func ownKegiatanAtThePageTopStaysItsOwn() {
        let t = table(["No", "Sasaran strategis", "Indikator Kinerja", "Target", "Kegiatan"], [
            ["4", "Pengelolaan Logistik", "Persentase pengadaan", "100", "Perencanaan pengadaan"],
            ["", "", "Persentase distribusi", "100", "Laporan pendistribusian"],
        ], pages: [2, 3])
        #expect(records(t).map(\.kegiatan) == ["Perencanaan pengadaan", "Laporan pendistribusian"])
    }

    @Test func tablesWithoutActivityColumnsGetNone() {
        let t = table(["No", "Indikator Kinerja", "Target"], [["1", "Persentase A", "97"]])
        let r = records(t)
        #expect(r.count == 1 && r[0].kegiatan == nil && r[0].program == nil && r[0].output == nil)
    }
}
