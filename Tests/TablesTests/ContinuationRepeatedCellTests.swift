import KinerjaModel
@testable import Tables
import Testing

/// A form whose last column repeats the same unit on every row (`BKAD`). At a page break the
/// next page opens with a row of text only (a second indicator of the program above, its
/// first cell empty): the unit written again is a row of its own, not the rest of a cut cell.
@Suite("Tables: a continuation's first row repeating a cell above")
struct ContinuationRepeatedCellTests {
    private let xs: [Double] = [40, 160, 300, 360, 450, 540]

    private func firstPage() -> Page {
        PageFixture.page(1, grid: GridSpec(xs: xs, ys: [700, 730, 760, 790], cells: [
            (0, 0, 1, 1, ["Program/Kegiatan"]), (0, 1, 1, 1, ["Indikator Kinerja"]), (0, 2, 1, 1, ["Realisasi"]),
            (0, 3, 1, 1, ["Anggaran"]), (0, 4, 1, 1, ["Pelaksana"]),
            (1, 0, 1, 1, ["Penyediaan Gaji ASN"]), (1, 1, 1, 1, ["Jumlah Orang Menerima Gaji"]), (1, 2, 1, 1, ["755"]),
            (1, 3, 1, 1, ["27.715.000"]), (1, 4, 1, 1, ["BKAD"]),
            (2, 0, 1, 1, ["Pengelolaan Barang"]), (2, 1, 1, 1, ["Persentase Manajemen Aset"]),
            (2, 3, 1, 1, ["186.486.750"]), (2, 4, 1, 1, ["BKAD"]),
        ]))
    }

    private func nextPage(unit: String) -> Page {
        PageFixture.page(2, grid: GridSpec(xs: xs, ys: [60, 90, 120], cells: [
            (0, 1, 1, 1, ["Persentase Aset Tanah bersertifikat"]), (0, 4, 1, 1, [unit]),
            (1, 0, 1, 1, ["Koordinasi Akuntansi SKPD"]), (1, 1, 1, 1, ["Jumlah Dokumen Akuntansi"]), (1, 2, 1, 1, ["0"]),
            (1, 3, 1, 1, ["170.000.000"]), (1, 4, 1, 1, ["BKAD"]),
        ]))
    }

    @Test func aRepeatedCellOpensARow() throws {
        let t = try #require(TableReader(hints: .testWords).tables(in: [firstPage(), nextPage(unit: "BKAD")]).first)
        #expect(t.rows.map { $0[1].text } == ["Jumlah Orang Menerima Gaji", "Persentase Manajemen Aset",
                                               "Persentase Aset Tanah bersertifikat", "Jumlah Dokumen Akuntansi"])
        #expect(t.rows[1][4].text == "BKAD")
    }

    @Test func aCutCellGoesOn() throws {
        // The same row whose last cell is no copy of the one above: the rest of the cut row.
        let t = try #require(TableReader(hints: .testWords).tables(in: [firstPage(), nextPage(unit: "Bidang Aset")]).first)
        #expect(t.rows.map { $0[1].text } == ["Jumlah Orang Menerima Gaji", "Persentase Manajemen Aset Persentase Aset Tanah bersertifikat",
                                               "Jumlah Dokumen Akuntansi"])
    }
}
