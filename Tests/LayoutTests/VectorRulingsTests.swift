import KinerjaModel
import Layout
import Testing

private func line(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, width: Double = 0.5,
                  color: RGBColor = .black, curved: Bool = false, order: Int = 0) -> Stroke {
    Stroke(x0: x0, y0: y0, x1: x1, y1: y1, width: width, color: color, curved: curved, order: order)
}

private func gray(_ v: Double) -> RGBColor { RGBColor(r: v, g: v, b: v) }

private func fill(_ x: Double, _ y: Double, _ w: Double, _ h: Double, _ color: RGBColor, order: Int = 0,
                  rect: Bool = true) -> Fill {
    Fill(box: Rect(x0: x, y0: y, x1: x + w, y1: y + h), color: color, isRect: rect, order: order)
}

private func rules(_ g: PageGraphics, words: [Word] = []) -> (h: [Ruling], v: [Ruling]) {
    let r = VectorRulings().find(in: g, words: words, width: 595, height: 842)
    return (r.filter { $0.orientation == .horizontal }, r.filter { $0.orientation == .vertical })
}

/// A 3 × 3 grid of strokes from (50, 100) to (350, 160).
private func grid(width: Double = 0.5, color: RGBColor = .black, order: Int = 10) -> [Stroke] {
    [100.0, 120, 140, 160].map { line(50, $0, 350, $0, width: width, color: color, order: order) }
        + [50.0, 150, 250, 350].map { line($0, 100, $0, 160, width: width, color: color, order: order) }
}

@Suite("Layout: rules from the vector drawing")
struct VectorRulingsTests {
    @Test func hairlinesAndLightGreyRulesAreRules() {
        for (width, color) in [(0.0, RGBColor.black), (0.1, .black), (0.5, gray(0.85)), (1.5, RGBColor(r: 0.2, g: 0.4, b: 0.9))] {
            let (h, v) = rules(PageGraphics(strokes: grid(width: width, color: color)))
            #expect(h.count == 4 && v.count == 4, "width \(width) colour \(color)")
            #expect(h.allSatisfy { abs($0.start - 50) < 0.01 && abs($0.end - 350) < 0.01 })
            #expect(v.map(\.position) == [50, 150, 250, 350])
        }
    }

    /// FuzzReader found it: a rule drawn at y = 5e25 made the fill lookup convert the
    /// coordinate's band to Int and trap. Far-off geometry must be ignored, not crash.
    @Test func ruleFarOffThePageDoesNotTrap() {
        let far = 5.077e25
        let g = PageGraphics(strokes: grid() + [line(50, far, 350, far), line(far, 100, far, 160)],
                             fills: [fill(50, 100, 300, 20, gray(0.8))])
        let (h, v) = rules(g)
        #expect(h.count >= 4 && v.count >= 4)
    }

    @Test func invisibleRulesAreNot() {
        // White on white paper, near-white on white: nobody sees them.
        #expect(rules(PageGraphics(strokes: grid(color: .white))).h.isEmpty)
        #expect(rules(PageGraphics(strokes: grid(color: gray(0.98)))).h.isEmpty)
    }

    @Test func whiteRulesOverAFillAreRules() {
        let band = fill(50, 100, 300, 60, gray(0.75), order: 1)
        let (h, v) = rules(PageGraphics(strokes: grid(color: .white, order: 5), fills: [band]))
        #expect(h.map(\.position) == [100, 120, 140, 160])
        #expect(v.map(\.position) == [50, 150, 250, 350])
        #expect(v.allSatisfy { $0.start == 100 && $0.end == 160 })
        // The same white rules painted *under* the fill are hidden by it: only its edges remain.
        let under = rules(PageGraphics(strokes: grid(color: .white, order: 0), fills: [fill(50, 100, 300, 60, gray(0.75), order: 1)]))
        #expect(under.h.map(\.position) == [100, 160])
    }

    @Test func thinFilledRectanglesAreRules() {
        // Word and Excel draw borders as thin filled rectangles, one per cell side.
        var fills: [Fill] = []
        for y in [100.0, 120, 140] { for x in [50.0, 150, 250] { fills.append(fill(x, y - 0.25, 100, 0.5, .black)) } }
        for x in [50.0, 350] { fills.append(fill(x - 0.25, 100, 0.5, 40, .black)) }
        let (h, v) = rules(PageGraphics(fills: fills))
        #expect(h.count == 3)
        #expect(h.allSatisfy { abs($0.start - 50) < 0.01 && abs($0.end - 350) < 0.01 })   // cell pieces joined
        #expect(v.map(\.position) == [50, 350])
    }

    @Test func edgesOfShadedAreasAreRules() {
        // A shaded header band, then a zebra row: their edges against white paper.
        let g = PageGraphics(fills: [fill(50, 100, 300, 20, RGBColor(r: 0.6, g: 0.8, b: 0.4)), fill(50, 140, 300, 20, gray(0.92))])
        let (h, v) = rules(g)
        #expect(h.map(\.position) == [100, 120, 140, 160])
        // The band ends open onto bare paper: the table's extent, not column boundaries.
        #expect(v.isEmpty)
    }

    @Test func edgeBetweenTwoFillsCountsOnlyWhenTheyDiffer() {
        // Two header cells side by side: same colour, no boundary; different colours, one.
        let same = rules(PageGraphics(fills: [fill(50, 100, 100, 20, gray(0.8)), fill(150, 100, 100, 20, gray(0.8))]))
        #expect(same.v.isEmpty)
        #expect(same.h.count == 2 && same.h.allSatisfy { $0.start == 50 && $0.end == 250 })
        let different = rules(PageGraphics(fills: [fill(50, 100, 100, 20, gray(0.8)), fill(150, 100, 100, 20, RGBColor(r: 1, g: 0.9, b: 0.3))]))
        #expect(different.v.map(\.position) == [150])
    }

    @Test func cellsSeparatedByGapsBetweenFills() {
        // Grey cells with 2-point white gaps: each gap is one boundary.
        var fills: [Fill] = []
        for r in 0..<3 { for c in 0..<3 { fills.append(fill(50 + Double(c) * 100 + 1, 100 + Double(r) * 20 + 1, 98, 18, gray(0.8))) } }
        let (h, v) = rules(PageGraphics(fills: fills))
        #expect(h.count == 4)
        // Inner gaps only: the outer sides open onto bare paper.
        #expect(v.map(\.position) == [150, 250])
    }

    @Test func pageBackgroundsCurvesAndDiagonalsAreNotRules() {
        let g = PageGraphics(
            strokes: [line(50, 100, 350, 300), line(50, 400, 350, 400, curved: true)],
            fills: [fill(0, 0, 595, 842, RGBColor(r: 1, g: 1, b: 0.9))])
        #expect(rules(g).h.isEmpty && rules(g).v.isEmpty)
    }

    @Test func shortPiecesAreJoinedThenShortRulesDropped() {
        // Collinear pieces a point apart are one rule; a 6-point tick stays out.
        let g = PageGraphics(strokes: [line(50, 100, 80, 100), line(81, 100.4, 120, 100.4), line(200, 300, 206, 300)])
        let (h, _) = rules(g)
        #expect(h.count == 1)
        #expect(h.first.map { $0.start == 50 && $0.end == 120 } == true)
    }

    @Test func underlinesAreNotRules() {
        let w = Word(text: "Penting", box: Rect(x0: 100, y0: 200, x1: 140, y1: 210), fontSize: 10)
        let g = PageGraphics(strokes: [line(100, 209.5, 140, 209.5)])
        #expect(rules(g, words: [w]).h.isEmpty)
        // A rule under a cell that runs well past its word is a rule.
        let row = PageGraphics(strokes: [line(50, 211, 350, 211)])
        #expect(rules(row, words: [w]).h.count == 1)
    }

    @Test func aFrameAroundThePageIsNotATableRule() {
        let frame = [line(20, 20, 575, 20), line(20, 822, 575, 822), line(20, 20, 20, 822), line(575, 20, 575, 822)]
        let words = [Word(text: "Isi", box: Rect(x0: 100, y0: 300, x1: 120, y1: 310), fontSize: 10)]
        let (h, v) = rules(PageGraphics(strokes: frame + grid()), words: words)
        #expect(h.count == 4 && v.count == 4)   // the grid only
        #expect(!h.contains { $0.position == 20 })
        // A table that fills the page keeps its border: a rule crosses from side to side.
        let table = rules(PageGraphics(strokes: frame + [line(20, 400, 575, 400)]), words: words)
        #expect(table.h.count == 3 && table.v.count == 2)
    }

    @Test func chartAxesAndGridLinesAreNotRules() {
        var strokes = [line(100, 500, 100, 300), line(100, 500, 400, 500)]                   // axes
        strokes += [350.0, 400, 450].map { line(100, $0, 400, $0, width: 0.3, color: gray(0.8)) }   // grid lines
        strokes += [line(100, 480, 200, 420, order: 7), line(200, 420, 300, 440, order: 7), line(300, 440, 400, 330, order: 7)]
        #expect(rules(PageGraphics(strokes: strokes)).h.isEmpty)
        // A pie beside a real table leaves the table alone.
        let pie = fill(420, 600, 120, 120, .black, rect: false)
        let (h, v) = rules(PageGraphics(strokes: grid(), fills: [pie]))
        #expect(h.count == 4 && v.count == 4)
    }

    @Test func aScanUnderItsTextLayerIsToldFromAPageOverABackgroundPicture() {
        let page = Rect(x0: 0, y0: 0, x1: 595, y1: 842)
        // OCR software: the text painted first, then the scan over it.
        var scan = PageGraphics(images: [page], visibleTextOps: 120)
        scan.textOpsBeforeImage = [120]
        #expect(scan.isScanUnderText(pageArea: 595 * 842))
        // Or the text drawn invisibly (render mode 3) over the scan.
        var invisible = PageGraphics(images: [page], invisibleTextOps: 90)
        invisible.textOpsBeforeImage = [0]
        #expect(invisible.isScanUnderText(pageArea: 595 * 842))
        // Word: a background picture first, visible text and rules over it.
        var word = PageGraphics(images: [page], visibleTextOps: 200)
        word.textOpsBeforeImage = [0]
        #expect(!word.isScanUnderText(pageArea: 595 * 842))
        // A small picture never makes a scan.
        var logo = PageGraphics(images: [Rect(x0: 0, y0: 0, x1: 100, y1: 100)], visibleTextOps: 10)
        logo.textOpsBeforeImage = [10]
        #expect(!logo.isScanUnderText(pageArea: 595 * 842))
    }
}

extension VectorRulingsTests {
    /// A rule drawn over a crossing rule of its own colour that happens to pass under its
    /// middle is still seen along the rest of its length: it stays a rule (a header's lower
    /// rule was lost that way, merging the header rows above and below it).
    @Test func aRuleWhoseMiddleLiesOnACrossingRuleIsARule() {
        let vertical = fill(199, 80, 2, 100, .black, order: 1)    // x 199...201
        let horizontal = fill(50, 119, 300, 2, .black, order: 2)  // middle at x 200
        let (h, v) = rules(PageGraphics(fills: [vertical, horizontal]))
        #expect(h.map(\.position) == [120])
        #expect(v.map(\.position) == [200])
    }
}

extension VectorRulingsTests {
    /// Row rules drawn in black over the edges of a black band (a section title row printed
    /// white on black): each marks where the band meets the paper, so each is a rule.
    @Test func aRuleAlongTheEdgeOfABandOfItsColourIsARule() {
        let band = fill(50, 106, 400, 14.6, .black, order: 1)
        let top = fill(50, 105.6, 400, 1, .black, order: 2), bottom = fill(50, 120.1, 400, 1, .black, order: 3)
        let (h, _) = rules(PageGraphics(fills: [band, top, bottom]))
        #expect(h.count == 2)
        #expect(h.contains { abs($0.position - 106.1) < 0.6 } && h.contains { abs($0.position - 120.6) < 0.6 })
        // A black rule across the middle of the band is not seen.
        let inside = rules(PageGraphics(fills: [fill(50, 100, 400, 30, .black, order: 1), fill(50, 114.5, 400, 1, .black, order: 2)]))
        #expect(!inside.h.contains { abs($0.position - 115) < 1 })
    }
}
