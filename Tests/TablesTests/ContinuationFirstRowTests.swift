import KinerjaModel
@testable import Tables
import Testing

/// A Renja evaluation form running over pages, its header printed on the first page only.
/// On the next page the first row names a kegiatan and its indicator with header words
/// (`Pelaksanaan`, `Kegiatan`) beside small counts: read alone, it looks like a header.
@Suite("Tables: the first row of a continuation without a repeated header")
struct ContinuationFirstRowTests {
    private let xs: [Double] = [40, 160, 300, 360, 450, 540]

    private func firstPage() -> Page {
        PageFixture.page(1, grid: GridSpec(xs: xs, ys: [700, 730, 760], cells: [
            (0, 0, 1, 1, ["Program/Kegiatan"]), (0, 1, 1, 1, ["Indikator Kinerja"]), (0, 2, 1, 1, ["Realisasi"]),
            (0, 3, 1, 1, ["Anggaran"]), (0, 4, 1, 1, ["Pelaksana"]),
            (1, 0, 1, 1, ["Penyediaan Gaji ASN"]), (1, 1, 1, 1, ["Jumlah Orang Menerima Gaji"]), (1, 2, 1, 1, ["755"]),
            (1, 3, 1, 1, ["27.715.000"]), (1, 4, 1, 1, ["DINKES"]),
        ]))
    }

    private func nextPage(first: [String]) -> Page {
        PageFixture.page(2, grid: GridSpec(xs: xs, ys: [60, 90, 120], cells: [
            (0, 0, 1, 1, [first[0]]), (0, 1, 1, 1, [first[1]]), (0, 2, 1, 1, [first[2]]),
            (0, 3, 1, 1, [first[3]]), (0, 4, 1, 1, [first[4]]),
            (1, 0, 1, 1, ["Koordinasi Akuntansi SKPD"]), (1, 1, 1, 1, ["Jumlah Dokumen Akuntansi"]), (1, 2, 1, 1, ["0"]),
            (1, 3, 1, 1, ["170.000.000"]), (1, 4, 1, 1, ["DINKES"]),
        ]))
    }

    @Test func aFirstRowWithValuesIsABodyRow() throws {
        let p2 = nextPage(first: ["Pelaksanaan Tugas ASN", "Kegiatan Penyediaan Dokumen", "0", "6.900.000", "DINKES"])
        let tables = TableReader(hints: .testWords).tables(in: [firstPage(), p2])
        #expect(tables.count == 1)
        let t = try #require(tables.first)
        #expect(t.rows.map { $0[0].text } == ["Penyediaan Gaji ASN", "Pelaksanaan Tugas ASN", "Koordinasi Akuntansi SKPD"])
        #expect(t.rowPages == [1, 2, 2])
        #expect(t.rows[1][3].text == "6.900.000")
    }

    @Test func aRepeatedHeaderStaysOutOfTheBody() throws {
        let p2 = nextPage(first: ["Program/Kegiatan", "Indikator Kinerja", "Realisasi", "Anggaran", "Pelaksana"])
        let t = try #require(TableReader(hints: .testWords).tables(in: [firstPage(), p2]).first)
        #expect(t.rows.map { $0[0].text } == ["Penyediaan Gaji ASN", "Koordinasi Akuntansi SKPD"])
    }
}
