import Foundation
@testable import Kinerja
import KinerjaModel
import Tables
import Testing

/// A Rencana Aksi whose schedule is drawn as filled month cells (no text), read end to end
/// from a small PDF: the filled months become the records' `jadwal`; a header band and
/// zebra-striped rows do not.
@Suite("Pipeline: schedules drawn as shaded cells")
struct ShadedScheduleTests {
    static let xs: [Double] = [40, 65, 200, 350, 400] + (1...12).map { 400 + Double($0) * 30 }
    static let ys: [Double] = [80, 100, 120, 145, 170, 195]
    static let indikator = ["Persentase dokumen perencanaan", "Jumlah laporan kinerja", "Indeks kepuasan layanan"]
    static let green = TinyPDF.RGB(r: 0.45, g: 0.7, b: 0.3)

    /// Ruled grid, a two-level header (`JADWAL PELAKSANAAN` over `B1`…`B12`), three rows.
    /// `marks` lists, per body row, the months filled; `zebra` shades every other body row
    /// across the whole table, `band` shades the header.
    static func pdf(marks: [[Int]], zebra: Bool = false, band: Bool = false) throws -> String {
        var p = TinyPDF.PageSpec()
        p.width = 842; p.height = 595
        let x0 = xs.first!, x1 = xs.last!
        if band { p.fill(x: x0, y: ys[0], w: x1 - x0, h: ys[2] - ys[0], color: .gray(0.8)) }
        if zebra {
            for r in [0, 2] { p.fill(x: x0, y: ys[r + 2], w: x1 - x0, h: ys[r + 3] - ys[r + 2], color: .gray(0.9)) }
        }
        for (r, months) in marks.enumerated() {
            for m in months {
                p.fill(x: xs[3 + m], y: ys[r + 2], w: 30, h: ys[r + 3] - ys[r + 2], color: green)
            }
        }
        p.text("RENCANA AKSI TAHUN 2024", x: 40, y: 50, size: 12, bold: true)
        // Rules: full rows and columns, except inside the header cells that span two rows or twelve columns.
        for (i, y) in ys.enumerated() {
            if i == 1 { p.line(xs[4], y, x1, y) } else { p.line(x0, y, x1, y) }
        }
        for (i, x) in xs.enumerated() {
            p.line(x, (i > 4 && i < xs.count - 1) ? ys[1] : ys[0], x, ys.last!)
        }
        for (c, h) in ["NO", "KEGIATAN", "INDIKATOR KINERJA", "TARGET"].enumerated() {
            p.text(h, x: xs[c] + 3, y: ys[0] + 5, size: 8, bold: true)
        }
        p.text("JADWAL PELAKSANAAN", x: xs[4] + 100, y: ys[0] + 5, size: 8, bold: true)
        for m in 1...12 { p.text("B\(m)", x: xs[3 + m] + 8, y: ys[1] + 5, size: 8, bold: true) }
        for r in 0..<3 {
            let y = ys[r + 2] + 5
            p.text("\(r + 1)", x: xs[0] + 3, y: y, size: 8)
            p.text("Kegiatan \(r + 1)", x: xs[1] + 3, y: y, size: 8)
            p.text(indikator[r], x: xs[2] + 3, y: y, size: 7)
            p.text("100%", x: xs[3] + 3, y: y, size: 8)
        }
        return try TinyPDF(pages: [p]).write(named: "rencana-aksi-shaded.pdf")
    }

    func extract(_ path: String) throws -> ExtractedDocument {
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        return try Extractor(options: ExtractOptions(ocr: .never, workers: 1)).extract(path: path)
    }

    @Test func filledMonthsAreTheSchedule() throws {
        let marks = [[1, 2, 3], [6], [10, 11, 12]]
        let doc = try extract(try Self.pdf(marks: marks))
        #expect(doc.indicators.map(\.indikator) == Self.indikator)
        #expect(doc.indicators.map { $0.jadwal?.periods } == marks)
        #expect(doc.indicators.allSatisfy { $0.jadwal?.unit == .bulan && $0.jadwal?.notes == [] })
    }

    @Test func filledMonthsOnZebraRowsUnderAShadedHeader() throws {
        let marks = [[4, 5], [1, 7], [12]]
        let doc = try extract(try Self.pdf(marks: marks, zebra: true, band: true))
        #expect(doc.indicators.map { $0.jadwal?.periods } == marks)
    }

    @Test func zebraStripesAndAHeaderBandAreNotMarks() throws {
        let doc = try extract(try Self.pdf(marks: [[], [], []], zebra: true, band: true))
        #expect(doc.indicators.map(\.indikator) == Self.indikator)
        // Nothing marked: the schedule is unknown, never a stripe read as "every month".
        #expect(doc.indicators.allSatisfy { $0.jadwal == nil || $0.jadwal?.periods == [] })
    }
    /// `kinerja inspect` hatches the cells read as shaded marks, and only those: the filled
    /// months, not the header band or the zebra rows.
    @Test func inspectHatchesTheFilledMonthsOnly() throws {
        for (marks, expected) in [([[4, 5], [], [12]], 3), ([[], [], []], 0)] {
            let path = try Self.pdf(marks: marks, zebra: true, band: true)
            defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
            let (data, document) = try Inspector.open(path)
            let read = PageReader(options: ExtractOptions(ocr: .never, workers: 1), keepGraphics: true).read(document, data: data)
            let hatches = Inspector.shadedCells(TableReader().pageGrids(read.pages[0]))
            #expect(hatches.count == expected)
            for case .hatch(let box, _, _, _) in hatches {
                #expect(box.x1 - box.x0 > 29 && box.x1 - box.x0 < 31 && box.y0 >= Self.ys[2] - 0.5)
            }
        }
    }
}
