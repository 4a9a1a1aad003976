import KinerjaModel
import Layout

/// A row boxed on its own a little under its table (a totals row drawn apart, often in a
/// heavier frame) comes from the rule finder as a one-row grid. When every column boundary
/// of that row stands on one of the table's, with nothing between the two, it is the table's
/// last row: a single ruled row is not a table of its own. The table's columns that the row's
/// frame leaves out (a total printed beside the frame, under the first columns) take the
/// words found there at the row's height.
enum TrailingRows {
    /// How far apart (points) two column boundaries may stand and still be the same one.
    static let tolerance = 2.5

    /// `words`: the page's words outside every grid (labels beside a frame).
    static func joined(_ grids: [PageGrid], words: [Word]) -> [PageGrid] {
        var gs = grids
        var i = 0
        while i < gs.count {
            let low = gs[i]
            // The nearest ruled grid above, overlapping it.
            let above = gs.indices.filter { k in
                k != i && !gs[k].borderless && gs[k].box.y1 <= low.box.y0 + tolerance && gs[k].box.xOverlap(low.box) > 0
            }
            guard !low.borderless, low.rowCount == 1, let k = above.max(by: { gs[$0].box.y1 < gs[$1].box.y1 }),
                  let merged = join(gs[k], low, others: gs.indices.filter { $0 != i && $0 != k }.map { gs[$0] }, words: words)
            else { i += 1; continue }
            gs[k] = merged
            gs.remove(at: i)
        }
        return gs
    }

    static func join(_ up: PageGrid, _ low: PageGrid, others: [PageGrid], words: [Word]) -> PageGrid? {
        guard up.page == low.page, up.rowCount >= 2, up.columnCount >= 2, low.columnCount >= 2 else { return nil }
        // The table above reads as one: two rows at least with text in two cells (boxes of a diagram do not).
        let rowsWithText = (0..<up.rowCount).filter { r in
            (0..<up.columnCount).filter { c in up.origin[r][c] == PageGrid.GridPos(row: r, col: c) && !up.cells[r][c].isEmpty }.count >= 2
        }
        guard rowsWithText.count >= 2 else { return nil }
        // Close under the table: at most twice the row's own height (or 20 points) between.
        let gap = low.box.y0 - up.box.y1
        let rowHeight = low.ys[1] - low.ys[0]
        guard gap >= -tolerance, gap <= max(20, rowHeight * 2) else { return nil }
        // Each boundary of the row on one of the table's.
        var index: [Int] = []
        for x in low.xs {
            guard let c = up.xs.indices.min(by: { abs(up.xs[$0] - x) < abs(up.xs[$1] - x) }),
                  abs(up.xs[c] - x) <= tolerance, c > (index.last ?? -1) else { return nil }
            index.append(c)
        }
        // Nothing between them: no other grid, no text.
        let band = Rect(x0: up.box.x0, y0: up.box.y1, x1: up.box.x1, y1: max(up.box.y1, low.box.y0))
        guard !others.contains(where: { $0.box.xOverlap(band) > 0 && $0.box.midY > band.y0 && $0.box.midY < band.y1 }),
              !words.contains(where: { $0.box.midX > band.x0 && $0.box.midX < band.x1 && $0.box.midY > band.y0 + 1 && $0.box.midY < band.y1 - 1 })
        else { return nil }
        // A last row ends something: lines right under it (a body without rules) make it the
        // header of what follows, not a row of the table above.
        let under = Rect(x0: low.box.x0, y0: low.box.y1, x1: low.box.x1, y1: low.box.y1 + max(12, rowHeight * 2))
        guard !words.contains(where: { $0.box.midX > under.x0 && $0.box.midX < under.x1 && $0.box.midY > under.y0 && $0.box.midY < under.y1 })
        else { return nil }

        var g = up
        let r = up.rowCount
        var cells = Array(repeating: Cell.empty, count: up.columnCount)
        var origin = (0..<up.columnCount).map { PageGrid.GridPos(row: r, col: $0) }
        for k in 0..<low.columnCount {
            let o = low.origin[0][k].col
            for c in index[k]..<index[k + 1] { origin[c] = PageGrid.GridPos(row: r, col: index[o]) }
            if o == k { cells[index[k]] = low.cells[0][k] }
        }
        // The table's columns outside the row's frame: the words there at the row's height.
        let (y0, y1) = (low.box.y0, low.box.y1)
        for c in 0..<up.columnCount where c < index[0] || c >= index[index.count - 1] {
            let (x0, x1) = (up.xs[c], up.xs[c + 1])
            let inColumn = words.filter { w in
                w.box.midX > x0 && w.box.midX < x1 && w.box.midY > y0 && w.box.midY < y1 && !TableReader.inside(w.box, low.box)
            }
            if !inColumn.isEmpty { cells[c] = CellText.cell(from: inColumn, page: up.page, left: x0, right: x1) }
        }
        g.cells.append(cells)
        g.origin.append(origin)
        g.ys.append(low.box.y1)
        g.box = up.box.union(low.box)
        return g
    }
}
