import Foundation
import Kinerja
import KinerjaModel
import Testing

/// The extensions end to end on a PDF built in the test: a decree number, a ruled budget
/// table (codes before and after the name, dot, comma and `Rp …,00` amounts, a `Jumlah`
/// row) and a signature block with a NIP and a date.
@Suite("Pipeline: budget, decree number, signature")
struct ExtrasPipelineTests {
    static func pdf() throws -> String {
        var p = TinyPDF.PageSpec()
        p.text("KEPUTUSAN KEPALA DINAS", x: 200, y: 40, size: 11, bold: true)
        p.text("NOMOR 12/PL.01-Kpt/2024", x: 210, y: 56, size: 11, bold: true)
        p.text("Tabel 3: Realisasi Anggaran Tahun 2024", x: 50, y: 100, size: 10)
        let xs: [Double] = [50, 300, 420, 545]
        let ys: [Double] = [120, 145, 165, 185, 205]
        for y in ys { p.line(xs[0], y, xs[3], y) }
        for x in xs { p.line(x, ys[0], x, ys[4]) }
        let rows = [
            ["PROGRAM/KEGIATAN", "ANGGARAN", "REALISASI ANGGARAN"],
            ["1.02.01 Program Pelayanan Administrasi", "Rp 1.250.000.000,00", "1,100,000,000"],
            ["Penyelenggaraan Pemilu (076.01.CQ)", "57.487.073.000", "50.000.000.000"],
            ["Jumlah", "58.737.073.000", "51.100.000.000"],
        ]
        for (r, row) in rows.enumerated() {
            for (c, text) in row.enumerated() { p.text(text, x: xs[c] + 4, y: ys[r] + 5, size: 8, bold: r == 0) }
        }
        p.text("Bandung, 5 Agustus 2024", x: 360, y: 300, size: 10)
        p.text("KEPALA DINAS PERHUBUNGAN", x: 360, y: 313, size: 10)
        p.text("BUDI SANTOSO", x: 360, y: 380, size: 10)
        p.text("NIP. 19700101 199003 1 001", x: 360, y: 393, size: 10)
        return try TinyPDF(pages: [p]).write(named: "keputusan.pdf")
    }

    @Test func budgetRowsDecreeNumberAndSignature() throws {
        let doc = try Extractor(options: .init(ocr: .never, workers: 1)).extract(path: try Self.pdf())
        #expect(doc.document.nomor == "12/PL.01-Kpt/2024")
        #expect(doc.document.signed == [Signature(page: 1, place: "Bandung", date: "2024-08-05", name: "BUDI SANTOSO",
                                                  nip: "197001011990031001", jabatan: "KEPALA DINAS PERHUBUNGAN")])
        #expect(doc.tables.first?.caption == "Tabel 3: Realisasi Anggaran Tahun 2024")
        let b = doc.budget
        #expect(b.count == 3)
        guard b.count == 3 else { return }
        #expect(b[0].kode == "1.02.01" && b[0].uraian == "Program Pelayanan Administrasi" && !b[0].total)
        #expect(b[0].anggaran?.kind == .currency && b[0].anggaran?.number == 1_250_000_000)
        #expect(b[0].realisasi?.kind == .currency && b[0].realisasi?.number == 1_100_000_000)
        #expect(b[1].kode == "076.01.CQ" && b[1].uraian == "Penyelenggaraan Pemilu")
        #expect(b[1].anggaran?.number == 57_487_073_000)
        #expect(b[2].total && b[2].kode == nil && b[2].uraian == "Jumlah" && b[2].anggaran?.number == 58_737_073_000)
        #expect(b.allSatisfy { $0.table == "t1" && $0.page == 1 && $0.indicator == nil })
        #expect(doc.indicators.isEmpty)
    }
}
