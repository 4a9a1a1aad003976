import KinerjaModel
@testable import Tables
import Testing

/// A ruled table re-read from its text (a column rule lost) keeps the ruled grid's merged
/// cells: a sasaran beside two indicators, the rule between them drawn across the indicator
/// columns only, stays one cell; cut at that rule its last lines read as a second sasaran.
@Suite("Tables: a ruled span kept when the grid is re-read from its text")
struct RuledSpansKeptTests {
    private let xs: [Double] = [0, 100, 200, 250]
    private let ys: [Double] = [0, 20, 50, 80]

    private func cell(_ text: String, top: Double, col: Int) -> Cell {
        let first = Double(text.split(separator: " ").first?.count ?? 0) * 3
        return Cell(text: text, lines: [CellLine(text: text, top: top, page: 1, x0: xs[col] + 2, x1: xs[col] + 2 + Double(text.count) * 3,
                                                 firstWordWidth: first)],
                    left: xs[col], right: xs[col + 1])
    }

    /// Header row, then two indicator rows; the sasaran cell (column 0) spans both in the ruled grid.
    private func ruled(spanDrawnIn drawn: Int = 2) -> PageGrid {
        let pos = { (r: Int, c: Int) in PageGrid.GridPos(row: r, col: c) }
        var origin = (0..<3).map { r in (0..<3).map { c in pos(r, c) } }
        origin[2][0] = pos(1, 0)
        // With `drawn` < 2 the rule between the two rows is drawn in fewer columns.
        if drawn < 2 { origin[2][1] = pos(1, 1) }
        let cells = (0..<3).map { _ in (0..<3).map { _ in Cell.empty } }
        return PageGrid(page: 1, box: Rect(x0: 0, y0: 0, x1: 250, y1: 80), xs: xs, ys: ys, cells: cells, origin: origin,
                        borderless: false)
    }

    private func text(second: String) -> PageGrid {
        let pos = { (r: Int, c: Int) in PageGrid.GridPos(row: r, col: c) }
        let cells = [[cell("Sasaran", top: 5, col: 0), cell("Indikator", top: 5, col: 1), cell("Target", top: 5, col: 2)],
                     [cell("Meningkatnya aman", top: 25, col: 0), cell("Persentase konflik", top: 25, col: 1),
                      cell("40", top: 25, col: 2)],
                     [cell(second, top: 55, col: 0), cell("Persentase unjuk rasa", top: 55, col: 1), cell("29", top: 55, col: 2)]]
        return PageGrid(page: 1, box: Rect(x0: 0, y0: 0, x1: 250, y1: 80), xs: xs, ys: ys, cells: cells,
                        origin: (0..<3).map { r in (0..<3).map { c in pos(r, c) } }, borderless: false)
    }

    @Test func theRestOfASpanningSasaranStaysInItsCell() {
        let g = TableReader.keepingRuledSpans(text(second: "ketertiban umum"), ruled: ruled())
        #expect(g.cells[1][0].text == "Meningkatnya aman ketertiban umum")
        #expect(g.origin[2][0] == PageGrid.GridPos(row: 1, col: 0))
        #expect(g.cells[2][1].text == "Persentase unjuk rasa" && g.origin[2][1] == PageGrid.GridPos(row: 2, col: 1))
    }

    @Test func aNewEntryOrARowNoColumnDrawsIsLeftAlone() {
        // The second piece opens an entry of its own (a capital, room for it on the line above).
        let own = TableReader.keepingRuledSpans(text(second: "Terwujudnya ketertiban"), ruled: ruled())
        #expect(own.cells[2][0].text == "Terwujudnya ketertiban" && own.origin[2][0] == PageGrid.GridPos(row: 2, col: 0))
        // The rule between the rows is drawn in one column only (of three).
        let phantom = TableReader.keepingRuledSpans(text(second: "ketertiban umum"), ruled: ruled(spanDrawnIn: 1))
        #expect(phantom.cells[2][0].text == "ketertiban umum")
    }
}
