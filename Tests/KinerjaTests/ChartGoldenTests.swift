import Foundation
import Kinerja
import KinerjaModel
import Testing

/// Charts drawn the ways real reports draw them are not tables: a radar chart (a web of
/// slanted lines around a centre, labels left and right of it) and a bar chart of filled
/// rectangles only, whose data table under the bars is still read.
@Suite("Charts are not tables, end to end")
struct ChartGoldenTests {
    func extract(_ build: (inout TinyPDF.PageSpec) -> Void) throws -> ExtractedDocument {
        try TinyPDF.extract(named: "chart.pdf", build)
    }

    @Test func aRadarChartIsNotATable() throws {
        let doc = try extract { p in
            p.text("Figure 3 Achievement by mission", x: 180, y: 60, size: 11, bold: true)
            let (cx, cy) = (300.0, 220.0)
            for r in [30.0, 60, 90] {
                let pts = [(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy), (cx, cy - r)]
                for (a, b) in zip(pts, pts.dropFirst()) { p.line(a.0, a.1, b.0, b.1, width: 0.5, color: .gray(0.7)) }
            }
            p.line(cx, cy - 90, cx, cy + 90, width: 0.5, color: .gray(0.7))
            p.line(cx - 90, cy, cx + 90, cy, width: 0.5, color: .gray(0.7))
            let data = [(cx, cy - 70), (cx + 80, cy), (cx, cy + 85), (cx - 50, cy), (cx, cy - 70)]
            for (a, b) in zip(data, data.dropFirst()) { p.line(a.0, a.1, b.0, b.1, width: 2, color: TinyPDF.RGB(r: 0.2, g: 0.6, b: 0.2)) }
            p.text("Mission 1", x: cx - 18, y: cy - 104, size: 8)
            p.text("Mission 3", x: cx - 18, y: cy + 94, size: 8)
            for (i, pair) in [("10,00%", "100,79%"), ("148,83% Mission 4", "Mission 2 97,66%"), ("127,13%", "100,39%")].enumerated() {
                let y = cy - 16 + Double(i) * 12
                p.text(pair.0, x: cx - 170, y: y, size: 8)
                p.text(pair.1, x: cx + 94, y: y, size: 8)
            }
        }
        #expect(doc.tables.isEmpty)
    }

    @Test func aBarChartOfFilledRectanglesIsNotATableButItsDataTableIs() throws {
        let doc = try extract { p in
            p.text("Figure 4 Funding by year", x: 120, y: 60, size: 11, bold: true)
            let cols: [Double] = [100, 160, 260, 360, 460]
            let base = 300.0
            let target = TinyPDF.RGB(r: 0.2, g: 0.6, b: 0.9), real = TinyPDF.RGB(r: 0.85, g: 0.75, b: 0.75)
            for (k, (t, r)) in [(150.0, 148.0), (185, 183), (90, 40)].enumerated() {
                let x = cols[k + 1] + 25
                p.fill(x: x, y: base - t, w: 25, h: t, color: target)
                p.fill(x: x + 25, y: base - r, w: 25, h: r, color: real)
            }
            // The data table under the bars: the axis is its top rule.
            for y in [base, base + 16, base + 32, base + 48] { p.line(cols.first!, y, cols.last!, y, width: 0.5) }
            for x in cols { p.line(x, base, x, base + 48, width: 0.5) }
            let rows = [["", "2014", "2015", "2016"], ["Target", "37,500", "45,000", "21,150"], ["Realisasi", "36,900", "44,835", "9,795"]]
            for (i, row) in rows.enumerated() {
                for (k, t) in row.enumerated() where !t.isEmpty { p.text(t, x: cols[k] + 4, y: base + 4 + Double(i) * 16, size: 8) }
            }
        }
        #expect(doc.tables.count == 1)
        let t = try #require(doc.tables.first)
        #expect(t.columns.count == 4)
        let cells = ([t.columns.map(\.header)] + t.rows.map { $0.map(\.text) })
        #expect(cells.contains(["Target", "37,500", "45,000", "21,150"]))
        #expect(cells.contains(["Realisasi", "36,900", "44,835", "9,795"]))
    }
}
