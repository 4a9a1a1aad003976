import Foundation
import Kinerja
import KinerjaModel
import Testing

/// Tables drawn the ways real documents draw them, read end to end from small PDFs: rules
/// and fills come from the page's vector drawing, so hairlines, light-grey rules, white rules
/// on shading and cells separated only by their fills all delimit cells — and a chart does
/// not become a table.
@Suite("Tables from the vector drawing, end to end")
struct VectorTablesTests {
    static let xs: [Double] = [50, 90, 300, 400, 500]
    static let ys: [Double] = [100, 120, 140, 160, 180]
    static let header = ["NO", "INDIKATOR KINERJA", "TARGET", "REALISASI"]
    static let body = [["1", "Persentase layanan", "90%", "85%"],
                       ["2", "Jumlah dokumen", "12", "10"],
                       ["3", "Indeks kepuasan", "80", "82"]]

    /// The table's text, one line per cell, with room around it for any rule.
    static func texts(_ page: inout TinyPDF.PageSpec) {
        page.text("CAPAIAN KINERJA TAHUN 2024", x: 50, y: 60, size: 12, bold: true)
        for (r, row) in ([header] + body).enumerated() {
            for (c, t) in row.enumerated() {
                page.text(t, x: xs[c] + 4, y: ys[r] + 5, size: 9, bold: r == 0)
            }
        }
    }

    /// Every horizontal and vertical line of the grid.
    static func gridLines(_ page: inout TinyPDF.PageSpec, width: Double, color: TinyPDF.RGB) {
        for y in ys { page.line(xs.first!, y, xs.last!, y, width: width, color: color) }
        for x in xs { page.line(x, ys.first!, x, ys.last!, width: width, color: color) }
    }

    func extract(_ build: (inout TinyPDF.PageSpec) -> Void) throws -> ExtractedDocument {
        try TinyPDF.extract(named: "vector.pdf", build)
    }

    /// The one table, with the header as columns and the three body rows, cell by cell.
    func expectTheTable(_ doc: ExtractedDocument, ruled: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(doc.tables.count == 1, sourceLocation: sourceLocation)
        guard let t = doc.tables.first else { return }
        #expect(t.columns.map(\.header) == Self.header, sourceLocation: sourceLocation)
        #expect(t.rows.map { $0.map(\.text) } == Self.body, sourceLocation: sourceLocation)
        if ruled { #expect(!t.borderless, "the grid comes from the drawing", sourceLocation: sourceLocation) }
    }

    @Test func hairlineGrid() throws {
        expectTheTable(try extract { p in Self.texts(&p); Self.gridLines(&p, width: 0.1, color: .black) })
    }

    @Test func zeroWidthGrid() throws {
        // Width 0: the thinnest line the device can draw.
        expectTheTable(try extract { p in Self.texts(&p); Self.gridLines(&p, width: 0, color: .black) })
    }

    @Test func lightGreyGrid() throws {
        // Word's "Table Grid Light": rules at 85 % grey, invisible to a darkness threshold.
        expectTheTable(try extract { p in Self.texts(&p); Self.gridLines(&p, width: 0.5, color: .gray(0.85)) })
    }

    @Test func bordersAsThinFilledRectangles() throws {
        // Word and Excel draw each cell side as a thin filled rectangle.
        expectTheTable(try extract { p in
            for r in 0..<Self.ys.count {
                for c in 0..<(Self.xs.count - 1) {
                    p.fill(x: Self.xs[c], y: Self.ys[r] - 0.3, w: Self.xs[c + 1] - Self.xs[c], h: 0.6, color: .black)
                }
            }
            for c in 0..<Self.xs.count {
                for r in 0..<(Self.ys.count - 1) {
                    p.fill(x: Self.xs[c] - 0.3, y: Self.ys[r], w: 0.6, h: Self.ys[r + 1] - Self.ys[r], color: .black)
                }
            }
            Self.texts(&p)
        })
    }

    @Test func whiteRulesOnAShadedTable() throws {
        // One grey fill under the whole table; white lines separate the cells.
        expectTheTable(try extract { p in
            p.fill(x: Self.xs.first!, y: Self.ys.first!, w: Self.xs.last! - Self.xs.first!, h: Self.ys.last! - Self.ys.first!,
                   color: .gray(0.8))
            for y in Self.ys.dropFirst().dropLast() { p.line(Self.xs.first!, y, Self.xs.last!, y, width: 1.5, color: .white) }
            for x in Self.xs.dropFirst().dropLast() { p.line(x, Self.ys.first!, x, Self.ys.last!, width: 1.5, color: .white) }
            Self.texts(&p)
        })
    }

    @Test func cellsSeparatedByGapsBetweenTheirFills() throws {
        // Each cell its own fill, header cells darker; the white gaps are the boundaries.
        expectTheTable(try extract { p in
            for r in 0..<(Self.ys.count - 1) {
                for c in 0..<(Self.xs.count - 1) {
                    p.fill(x: Self.xs[c] + 1, y: Self.ys[r] + 1, w: Self.xs[c + 1] - Self.xs[c] - 2,
                           h: Self.ys[r + 1] - Self.ys[r] - 2, color: .gray(r == 0 ? 0.7 : 0.88))
                }
            }
            Self.texts(&p)
        })
    }

    @Test func shadedHeaderAndZebraRowsWithOnlyColumnRules() throws {
        // Coloured header band, zebra body rows, no horizontal rules at all; thin vertical
        // rules between the columns. Every row boundary comes from a change of fill.
        expectTheTable(try extract { p in
            let width = Self.xs.last! - Self.xs.first!
            p.fill(x: Self.xs.first!, y: Self.ys[0], w: width, h: 20, color: TinyPDF.RGB(r: 0.6, g: 0.8, b: 0.4))
            p.fill(x: Self.xs.first!, y: Self.ys[2], w: width, h: 20, color: .gray(0.93))
            for x in Self.xs { p.line(x, Self.ys.first!, x, Self.ys.last!, width: 0.5, color: .gray(0.5)) }
            Self.texts(&p)
        })
    }

    @Test func zebraRowsWithNoRulesAtAll() throws {
        // Only fills: a shaded header band and every other body row shaded. The band edges
        // are row boundaries; the band ends are not column rules (they open onto bare
        // paper), so the columns come from the text.
        expectTheTable(try extract { p in
            let width = Self.xs.last! - Self.xs.first!
            p.fill(x: Self.xs.first!, y: Self.ys[0], w: width, h: 20, color: .gray(0.75))
            p.fill(x: Self.xs.first!, y: Self.ys[2], w: width, h: 20, color: .gray(0.93))
            Self.texts(&p)
        }, ruled: false)
    }

    @Test func inspectDrawsEachAskedPageAsAPNG() throws {
        var page = TinyPDF.PageSpec()
        Self.texts(&page)
        Self.gridLines(&page, width: 0.1, color: .gray(0.85))
        let path = try TinyPDF(pages: [page, page]).write(named: "inspect.pdf")
        let dir = (path as NSString).deletingLastPathComponent
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let written = try Inspector(scale: 0.5).inspect(path: path, pages: 1...5) { "\(dir)/p\($0).png" }
        #expect(written == ["\(dir)/p1.png", "\(dir)/p2.png"])   // pages beyond the document are skipped
        let png = try Data(contentsOf: URL(fileURLWithPath: written[0]))
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(png.count > 1000)
        #expect(throws: ExtractError.self) { _ = try Inspector().inspect(path: "\(dir)/missing.pdf", pages: 1...1) { _ in "x" } }
    }

    @Test func aChartIsNotATable() throws {
        let doc = try extract { p in
            p.text("Grafik Capaian Kinerja 2020-2023", x: 100, y: 80, size: 11, bold: true)
            p.line(100, 300, 100, 120, width: 1)          // axes
            p.line(100, 300, 420, 300, width: 1)
            for y in [160.0, 200, 240] { p.line(100, y, 420, y, width: 0.3, color: .gray(0.8)) }   // grid lines
            p.curve(from: (110, 280), (200, 150), (300, 260), to: (410, 140), width: 2, color: TinyPDF.RGB(r: 0.1, g: 0.3, b: 0.8))
            for (i, year) in ["2020", "2021", "2022", "2023"].enumerated() {
                p.text(year, x: 120 + Double(i) * 80, y: 306, size: 8)
            }
            for (y, label) in [(156.0, "75"), (196, "50"), (236, "25")] { p.text(label, x: 84, y: y, size: 8) }
        }
        #expect(doc.tables.isEmpty)
    }
}
