import KinerjaModel
import Layout

/// A source or notes line printed right under a table (`Source: …`, a legend) lines up with
/// the table's columns and is read as its last row. What tells it apart is where it stands:
/// below every rule and fill the table is drawn with, under a drawing that is closed there
/// (its column rules end on that bottom rule, or every row above is ruled off). A totals row
/// under a mid-table rule has no closed drawing above it, and a zebra table's unshaded last
/// row has no rule under the fills: both stay rows.
enum NotesBelow {
    /// How far (points) a rule's end may stand from the bottom and still close there.
    static let tolerance = 3.0
    /// How far under a grid's box (points) a rule still draws its last row.
    static let belowBox = 12.0

    /// The grid without its trailing rows that stand wholly below its drawing, and the
    /// words of those rows (they go back to the page's text outside tables).
    static func split(_ grid: PageGrid, page: Page) -> (grid: PageGrid, freed: [Word]) {
        var g = grid
        var cut: Int?
        while g.rowCount >= 3, let k = Optional(g.rowCount - 1), isNote(g, row: k, page: page) {
            cut = k
            g.cells.removeLast()
            g.origin.removeLast()
            g.ys.removeLast()
        }
        guard let k = cut else { return (grid, []) }
        let band = Rect(x0: grid.box.x0, y0: grid.ys[k], x1: grid.box.x1, y1: grid.box.y1)
        let freed = page.words.filter { inBand($0.box, band) }
        g.box.y1 = g.ys[g.ys.count - 1]
        g.joinedAt = g.joinedAt.filter { $0 < g.box.y1 }
        return (g, freed)
    }

    static func inBand(_ r: Rect, _ band: Rect) -> Bool {
        r.midX > band.x0 && r.midX < band.x1 && r.midY > band.y0 && r.midY < band.y1
    }

    /// Row `k` (the grid's last) stands below all of the table's drawing, which is closed above it.
    static func isNote(_ g: PageGrid, row k: Int, page: Page) -> Bool {
        // A cell reaching down from above into the row: the row is part of it.
        guard g.origin[k].allSatisfy({ $0.row == k }) else { return false }
        let box = g.box
        let band = Rect(x0: box.x0, y0: g.ys[k], x1: box.x1, y1: g.ys[k + 1])
        let words = page.words.filter { inBand($0.box, band) }
        guard let top = words.map(\.box.y0).min() else { return false }
        // The table's drawing above the row: rules across most of its width, column rules
        // that start above the row, fills across most of its width.
        let width = box.width
        func across(_ x0: Double, _ x1: Double) -> Bool { min(x1, box.x1) - max(x0, box.x0) >= width * 0.5 }
        // (A rule just under the grid's box counts: a rule-less grid's box ends at its text,
        // and a rule under the last row draws that row.)
        let horizontals = page.rulings.filter {
            $0.orientation == .horizontal && across($0.start, $0.end)
                && $0.position > box.y0 - tolerance && $0.position < box.y1 + belowBox
        }
        let verticals = page.rulings.filter {
            $0.orientation == .vertical && $0.position > box.x0 - tolerance && $0.position < box.x1 + tolerance
                && $0.start < min(top, g.ys[k]) - tolerance && $0.end > box.y0
        }
        let fills = page.shading.filter { across($0.box.x0, $0.box.x1) && $0.box.y1 > box.y0 && $0.box.y0 < box.y1 }
        // The drawing's bottom: its lowest rule across the table or fill. A column rule
        // running on below it is the edge of something drawn in the row (a legend's swatch
        // touching it): allowed when few against the column rules that end on the bottom.
        guard let bottom = (horizontals.map(\.position) + fills.map(\.box.y1)).max(), bottom <= top + 1 else { return false }
        // A rule under the row's text across a good part of the table (even one cut short)
        // draws the row: it is the table's.
        guard !page.rulings.contains(where: {
            $0.orientation == .horizontal && $0.position > top && $0.position < box.y1 + belowBox
                && min($0.end, box.x1) - max($0.start, box.x0) >= width * 0.25
        }) else { return false }
        let ending = verticals.filter { abs($0.end - bottom) <= tolerance && $0.length > tolerance * 2 }.count
        let strays = verticals.filter { $0.end > bottom + tolerance }.count
        guard strays == 0 || (ending >= 2 && strays * 3 <= ending) else { return false }
        // The drawing reaches into the row above (a table drawn with its header alone does not).
        let above = Rect(x0: box.x0, y0: g.ys[k - 1], x1: box.x1, y1: g.ys[k])
        guard page.words.contains(where: { inBand($0.box, above) && $0.box.y1 < bottom }) else { return false }
        // Closed at that bottom: a rule under the table, and either two column rules ending
        // on it or every row above ruled off (a rule between each pair of rows above).
        guard horizontals.contains(where: { abs($0.position - bottom) <= tolerance && $0.length >= width * 0.8 }) else { return false }
        if ending >= 2 { return true }
        // Fills across the table (zebra bands, a header band: the rule finder takes band
        // edges for rules) close nothing without column rules: an unshaded row under them is a row.
        guard fills.isEmpty else { return false }
        let rowRules = Set(horizontals.filter { $0.position > box.y0 + tolerance && $0.position < bottom - tolerance }
            .map { Int(clampingFinite: ($0.position / tolerance).rounded()) }).count
        return rowRules >= k - 1
    }
}
