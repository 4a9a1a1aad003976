import KinerjaModel
import Testing
@testable import Tables

/// A source line under a drawn table, its words set in the table's columns, reads as one more
/// row of the text; standing below all of the table's rules, under a closed drawing, it is
/// not a row. Rows the drawing leaves open below (a totals row under a mid-table rule, a table
/// drawn with its header rule only, a zebra table's fills) stay rows.
@Suite("Tables: a notes line below a table's drawing")
struct NotesBelowTests {
    /// The shared rule-less table with a source line under it; the last x is the drawing's right edge.
    static let rows = RulelessTableFixture.rows + [["Sumber :", "Renstra Dinas", "2016"]]
    static let xs = RulelessTableFixture.xs + [450]
    static let pitch = 16.0
    static func top(_ r: Int) -> Double { 100 + Double(r) * pitch }

    enum Drawing { case box, boxWithRuleUnderLast, headerRuleOnly, midRuleOnly, rowRulesOnly }

    static func page(_ drawing: Drawing) -> Page {
        var extra: [(String, Double, Double)] = []
        for (r, row) in rows.enumerated() {
            for (c, text) in row.enumerated() { extra.append((text, xs[c] + 3, top(r) + 3)) }
        }
        var page = PageFixture.page(1, grid: nil, extra: extra, width: 595)
        let (x0, x1) = (xs[0], xs[xs.count - 1])
        func h(_ y: Double) -> Ruling { Ruling(.horizontal, at: y, from: x0, to: x1) }
        let bodyBottom = top(4)
        switch drawing {
        case .box, .boxWithRuleUnderLast:
            page.rulings = (0...4).map { h(top($0)) } + xs.map { Ruling(.vertical, at: $0, from: top(0), to: bodyBottom) }
            if drawing == .boxWithRuleUnderLast { page.rulings.append(h(top(5))) }
        case .headerRuleOnly:
            page.rulings = [h(top(0)), h(top(1))]
        case .midRuleOnly:
            page.rulings = [h(top(0)), h(top(1)), h(top(4))]
        case .rowRulesOnly:
            page.rulings = (0...4).map { h(top($0)) }
        }
        return page
    }

    static func grid(_ page: Page) throws -> PageGrid {
        let grid = try #require(TextGrids().grids(on: page, words: page.words).first)
        try #require(grid.rowCount == 5)   // the text alone reads the note as a row
        return grid
    }

    @Test(arguments: [Drawing.box, .rowRulesOnly])
    func aLineBelowAClosedDrawingIsNotARow(_ drawing: Drawing) throws {
        let page = Self.page(drawing)
        let (grid, freed) = NotesBelow.split(try Self.grid(page), page: page)
        #expect(grid.rowCount == 4)
        #expect(!grid.cells.joined().contains { $0.text.contains("Sumber") })
        #expect(freed.contains { $0.text == "Sumber" })
        #expect(grid.box.y1 <= Self.top(4) + 3)   // above the note's text
    }

    @Test(arguments: [Drawing.boxWithRuleUnderLast, .headerRuleOnly, .midRuleOnly])
    func aRowTheDrawingLeavesOpenStays(_ drawing: Drawing) throws {
        let page = Self.page(drawing)
        let (grid, freed) = NotesBelow.split(try Self.grid(page), page: page)
        #expect(grid.rowCount == 5)
        #expect(freed.isEmpty)
    }

    /// Zebra rows: fills, no rule under them, close nothing.
    @Test func zebraFillsCloseNothing() throws {
        var page = Self.page(.headerRuleOnly)
        page.rulings = []
        page.shading = [1, 3].map { r in
            Fill(box: Rect(x0: Self.xs[0], y0: Self.top(r), x1: Self.xs[3], y1: Self.top(r + 1)),
                 color: RGBColor(r: 0.9, g: 0.9, b: 0.9), isRect: true, order: r)
        }
        let (grid, _) = NotesBelow.split(try Self.grid(page), page: page)
        #expect(grid.rowCount == 5)
    }
}

/// A watermark's letters set on a slant, one word each, line up in columns and rows like a
/// table's text; marked `slanted` by the reader, they make no table.
@Suite("Tables: slanted watermark letters")
struct SlantedWatermarkTests {
    @Test func slantedLettersMakeNoTable() {
        var page = NotesBelowTests.page(.headerRuleOnly)
        page.rulings = []
        let reader = TableReader(hints: .testWords)
        #expect(!reader.pageGrids(page).isEmpty)   // as upright text they read as a grid
        for i in page.words.indices { page.words[i].slanted = true }
        #expect(reader.pageGrids(page).isEmpty)
    }
}
