import KinerjaModel
@testable import Layout
import Testing

private func box(_ x: Double, _ y: Double, _ w: Double, _ h: Double, _ color: RGBColor = RGBColor(r: 0.2, g: 0.5, b: 0.9),
                 order: Int = 0) -> Fill {
    Fill(box: Rect(x0: x, y0: y, x1: x + w, y1: y + h), color: color, isRect: true, order: order)
}

private func stroke(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, order: Int, curved: Bool = false) -> Stroke {
    Stroke(x0: x0, y0: y0, x1: x1, y1: y1, width: 0.75, color: RGBColor(r: 0.6, g: 0.6, b: 0.6), curved: curved, order: order)
}

/// Vertical bars of `heights` standing on y = 300, two per category, categories 60 pt apart.
private func barChart(_ heights: [Double]) -> [Fill] {
    heights.enumerated().map { i, h in box(100 + Double(i / 2) * 60 + Double(i % 2) * 18, 300 - h, 18, h, order: i) }
}

/// A radar chart's web: concentric diamonds around (300, 200) and its spokes.
private func radarWeb() -> [Stroke] {
    var out: [Stroke] = []
    for (k, r) in [30.0, 60, 90].enumerated() {
        let p = [(300, 200 - r), (300 + r, 200), (300, 200 + r), (300 - r, 200), (300, 200 - r)]
        for (a, b) in zip(p, p.dropFirst()) { out.append(stroke(a.0, a.1, b.0, b.1, order: k)) }
    }
    out.append(stroke(300, 110, 300, 290, order: 9))
    out.append(stroke(210, 200, 390, 200, order: 10))
    return out
}

@Suite("Layout: where a page draws charts")
struct ChartAreasTests {
    static let pageArea = 595.0 * 842

    @Test func barsOnOneBaselineAreAChart() throws {
        let groups = ChartAreas.bars(barChart([120, 110, 150, 148, 60, 25]), words: [], pageArea: Self.pageArea)
        let g = try #require(groups.first)
        #expect(groups.count == 1 && g.vertical && g.members.count == 6)
        #expect(g.box == Rect(x0: 100, y0: 150, x1: 256, y1: 300))
        // Lying bars starting at one left edge, too.
        let lying = (0..<4).map { i in box(100, 100 + Double(i) * 30, [200, 140, 90, 170][i], 18) }
        #expect(ChartAreas.bars(lying, words: [], pageArea: Self.pageArea).map(\.vertical) == [false])
    }

    @Test func shadedTableCellsAreNotBars() {
        let shade = RGBColor(r: 0.85, g: 0.9, b: 1)
        // A two-level header band: tall cells and short cells under a parent cell, all on one bottom edge.
        let header = [box(50, 100, 40, 40, shade), box(90, 100, 160, 40, shade), box(250, 100, 120, 20, shade),
                      box(250, 120, 60, 20, shade), box(310, 120, 60, 20, shade)]
        #expect(ChartAreas.bars(header, words: [], pageArea: Self.pageArea).isEmpty)
        // A shaded first column: cells of one width, stacked without gaps.
        let column = (0..<5).map { i in box(50, 100 + Double(i) * 20, 80, [20.0, 20, 20, 20, 20][i], shade) }
        #expect(ChartAreas.bars(column, words: [], pageArea: Self.pageArea).isEmpty)
        // Cells drawn as fills parted by white gaps: header cells of three heights on one
        // bottom edge, each shorter one under its parent cell across the gap.
        let parted = [box(50, 100, 40, 60, shade), box(92, 122, 40, 38, shade), box(92, 100, 82, 20, shade),
                      box(134, 142, 40, 18, shade), box(134, 122, 40, 18, shade),
                      box(200, 142, 40, 18, shade), box(200, 122, 40, 18, shade)]
        #expect(ChartAreas.bars(parted, words: [], pageArea: Self.pageArea).isEmpty)
        // Rows of shaded cells of different spans, starting at one left edge: they hold
        // their text, bars hold none.
        let rows = (0..<4).map { i in box(100, 100 + Double(i) * 30, [200, 140, 90, 170][i], 18, shade) }
        let texts = rows.map { Word(text: "Padi", box: Rect(x0: $0.box.x0 + 2, y0: $0.box.y0 + 4, x1: $0.box.x0 + 20, y1: $0.box.y1 - 4), fontSize: 9) }
        #expect(ChartAreas.bars(rows, words: texts, pageArea: Self.pageArea).isEmpty)
        // A schedule's filled months: one height.
        let months = (0..<6).map { i in box(200 + Double(i) * 30, 100, 30, 14, shade) }
        #expect(ChartAreas.bars(months, words: [], pageArea: Self.pageArea).isEmpty)
    }

    @Test func barEdgesAreNotRulesButTheDataTableUnderThemIs() {
        // Bars standing on the table's top rule; the table has two rows and four columns.
        var strokes: [Stroke] = []
        for y in [300.0, 316, 332] { strokes.append(stroke(60, y, 300, y, order: 50)) }
        for x in [60.0, 100, 160, 220, 300] { strokes.append(stroke(x, 300, x, 332, order: 50)) }
        for k in strokes.indices { strokes[k].color = .black }
        let graphics = PageGraphics(strokes: strokes, fills: barChart([120, 110, 150, 148, 60, 25]))
        let rules = VectorRulings().find(in: graphics, words: [], width: 595, height: 842)
        let hs = rules.filter { $0.orientation == .horizontal }.map(\.position)
        #expect(hs == [300, 316, 332])
        #expect(rules.filter { $0.orientation == .vertical }.map(\.position) == [60, 100, 160, 220, 300])
    }

    @Test func aRadarsWebIsAPlotAndItsLabelsAreNotATable() throws {
        let charts = ChartAreas.find(in: PageGraphics(strokes: radarWeb()), words: [], pageArea: Self.pageArea)
        let plot = try #require(charts.first)
        #expect(charts.count == 1 && plot == Rect(x0: 210, y0: 110, x1: 390, y1: 290))
        // Labels left and right of the web, in three lines: they read as a 3 × 2 table.
        #expect(ChartAreas.crossesInside(Rect(x0: 160, y0: 180, x1: 440, y1: 220), charts: charts))
        // A table beside the chart, or one the chart's box merely encloses (a rounded frame), is not crossed.
        #expect(!ChartAreas.crossesInside(Rect(x0: 50, y0: 320, x1: 500, y1: 420), charts: charts))
        #expect(!ChartAreas.crossesInside(Rect(x0: 230, y0: 150, x1: 370, y1: 250), charts: charts))
        // A polygon drawn as separate lines: their boxes only touch, and make one plot.
        let sides = [stroke(300, 110, 390, 200, order: 1), stroke(390, 200, 300, 290, order: 2),
                     stroke(300, 290, 210, 200, order: 3), stroke(210, 200, 300, 110, order: 4)]
        #expect(ChartAreas.find(in: PageGraphics(strokes: sides), words: [], pageArea: Self.pageArea) == [plot])
        // Glyphs drawn as outlines are far smaller than a plot.
        #expect(ChartAreas.find(in: PageGraphics(strokes: [stroke(10, 10, 14, 19, order: 1, curved: true)]), words: [], pageArea: Self.pageArea).isEmpty)
    }
}
