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
    /// A Renja evaluation form (Permendagri 86): `K` | `Rp` under each Triwulan I … IV of
    /// `Realisasi Kinerja Pada Triwulan I - IV Tahun 2023`, ruled, three header rows.
    static func evaluationForm() throws -> String {
        var p = TinyPDF.PageSpec()
        p.width = 842; p.height = 595
        var xs: [Double] = [30, 170, 330]
        for k in 1...8 { xs.append(330 + Double(k) * 55) }
        xs.append(840)
        let ys: [Double] = [60, 80, 95, 110, 140, 170]
        let groupLeft = xs[2], groupRight = xs[10]
        // Horizontal rules: the group's lower edge and the quarter row's only under the group.
        for (i, y) in ys.enumerated() {
            if i == 1 || i == 2 { p.line(groupLeft, y, groupRight, y) } else { p.line(xs[0], y, xs.last!, y) }
        }
        for (i, x) in xs.enumerated() {
            let top = (3...9).contains(i) ? (i % 2 == 0 ? ys[1] : ys[2]) : ys[0]
            p.line(x, top, x, ys.last!)
        }
        p.text("Urusan/Program/Kegiatan", x: xs[0] + 4, y: ys[0] + 5, size: 8, bold: true)
        p.text("Indikator Kinerja Program (Outcome)", x: xs[1] + 4, y: ys[0] + 5, size: 8, bold: true)
        p.text("Realisasi Kinerja Pada Triwulan I - IV Tahun 2023", x: groupLeft + 90, y: ys[0] + 5, size: 8, bold: true)
        p.text("Penanggung Jawab", x: xs[10] + 4, y: ys[0] + 5, size: 8, bold: true)
        for (q, label) in ["I", "II", "III", "IV"].enumerated() {
            p.text(label, x: xs[2 + 2 * q] + 50, y: ys[1] + 3, size: 8, bold: true)
            p.text("K", x: xs[2 + 2 * q] + 24, y: ys[2] + 3, size: 8, bold: true)
            p.text("Rp", x: xs[3 + 2 * q] + 22, y: ys[2] + 3, size: 8, bold: true)
        }
        let rows = [
            ["PROGRAM PENUNJANG URUSAN", "Nilai LKE PMPRB", "", "66.466.456.344", "", "98.178.431.100", "", "", "", "", "DINKES"],
            ["Penyusunan Dokumen Perencanaan", "Jumlah Dokumen Perencanaan", "3", "34.708.000", "0", "-", "", "", "", "", "DINKES"],
        ]
        for (r, row) in rows.enumerated() {
            for (c, text) in row.enumerated() where !text.isEmpty { p.text(text, x: xs[c] + 3, y: ys[3 + r] + 5, size: 7) }
        }
        return try TinyPDF(pages: [p]).write(named: "evaluasi-renja.pdf")
    }

    @Test func rupiahPerQuarterOfARenjaEvaluation() throws {
        let doc = try Extractor(options: .init(ocr: .never, workers: 1)).extract(path: try Self.evaluationForm())
        let b = doc.budget
        #expect(b.map(\.uraian) == ["PROGRAM PENUNJANG URUSAN", "Penyusunan Dokumen Perencanaan"])
        guard b.count == 2 else { return }
        #expect(b.allSatisfy { $0.anggaran == nil && $0.realisasi == nil && !$0.total && $0.kode == nil })
        #expect(b[0].periods.map(\.triwulan) == [1, 2, 3, 4] && b[0].periods.allSatisfy { $0.tahun == 2023 })
        #expect(b[0].periods[0].realisasi?.number == 66_466_456_344 && b[0].periods[1].realisasi?.number == 98_178_431_100)
        #expect(b[0].periods[2].realisasi == nil && b[0].periods[3].realisasi == nil)
        #expect(b[1].periods[0].realisasi?.number == 34_708_000 && b[1].periods[1].realisasi == nil)
        // Tied to the indicator of its row, which carries the activity.
        let i = try #require(b[1].indicator)
        #expect(doc.indicators[i].indikator == "Jumlah Dokumen Perencanaan")
        #expect(doc.indicators[i].kegiatan == "Penyusunan Dokumen Perencanaan")
    }
}
