import KinerjaModel
import Layout

extension PageGrid {
    /// Removes column boundaries that no row uses (every row's cell spans across them):
    /// such a boundary is a stray rule, and keeping it would give empty twin columns.
    func droppingUnusedColumns() -> PageGrid {
        guard columnCount > 1 else { return self }
        var keep: [Bool] = Array(repeating: true, count: columnCount)  // keep boundary after column c
        for c in 0..<(columnCount - 1) {
            var used = false
            for r in 0..<rowCount where origin[r][c] != origin[r][c + 1] { used = true; break }
            keep[c] = used
        }
        guard keep.dropLast().contains(false) else { return self }
        var colMap: [Int] = []   // old column -> new column
        var next = 0
        for c in 0..<columnCount { colMap.append(next); if keep[c] { next += 1 } }
        let newCols = next
        var xs2: [Double] = [xs[0]]
        for c in 0..<columnCount where keep[c] || c == columnCount - 1 { xs2.append(xs[c + 1]) }
        var cells2 = Array(repeating: Array(repeating: Cell.empty, count: newCols), count: rowCount)
        var origin2 = Array(repeating: Array(repeating: GridPos(row: 0, col: 0), count: newCols), count: rowCount)
        for r in 0..<rowCount {
            for c in 0..<columnCount {
                let o = origin[r][c]
                origin2[r][colMap[c]] = GridPos(row: o.row, col: colMap[o.col])
                if o.row == r, o.col == c { cells2[r][colMap[c]] = cells[r][c] }
            }
        }
        var g = self
        g.xs = xs2; g.cells = cells2; g.origin = origin2
        return g
    }

    /// Body rows from `start`: a row-spanning cell is carried onto every row it covers;
    /// a column-spanning cell keeps its text in its first column only.
    func bodyRows(from start: Int) -> [[Cell]] {
        guard start < rowCount else { return [] }
        return (start..<rowCount).map { r in
            (0..<columnCount).map { c in
                let o = origin[r][c]
                if o.col != c { return Cell.empty }
                var cell = cells[o.row][o.col]
                if o.row != r {
                    // A span that started in the header block is not body text.
                    if o.row < start { return Cell.empty }
                    cell.carried = true
                }
                return cell
            }
        }
    }
}

extension PageGrid {
    /// A rule missed (or never drawn) between two entries must not merge them: a row whose
    /// anchor cell (the first column holding text) holds a second entry at its own baseline,
    /// beside a second value in another column that also holds a value on the row's first
    /// baseline, is split there. A wrapped cell (values only on its first line) and a
    /// stacked cell beside a single anchor entry are left alone.
    func splittingMergedEntries() -> PageGrid {
        guard !borderless, rowCount >= 1, columnCount >= 2 else { return self }
        guard let anchor = (0..<columnCount).first(where: { c in
            (0..<rowCount).contains { r in origin[r][c] == GridPos(row: r, col: c) && !cells[r][c].isEmpty }
        }) else { return self }
        var g = self
        var r = 0
        while r < g.rowCount {
            guard let split = g.entrySplit(row: r, anchor: anchor) else { r += 1; continue }
            g = g.splitting(row: r, at: split)
            r += 1
        }
        return g
    }

    /// The y where row `r` holds a second entry, if it does.
    private func entrySplit(row r: Int, anchor: Int) -> Double? {
        guard origin[r][anchor] == GridPos(row: r, col: anchor), rowSpan(r, anchor) == 1 else { return nil }
        let lines = cells[r][anchor].lines
        guard lines.count >= 2, let firstTop = lines.first?.top else { return nil }
        let near = 2.5
        for line in lines.dropFirst() where line.top - firstTop > near {
            let y = line.top
            let agrees = (0..<columnCount).contains { c in
                guard c != anchor, origin[r][c] == GridPos(row: r, col: c), rowSpan(r, c) == 1 else { return false }
                let ls = cells[r][c].lines
                let atFirst = ls.contains { abs($0.top - firstTop) <= near && TextGrids.looksLikeValue($0.text) }
                let atSplit = ls.contains { abs($0.top - y) <= near && TextGrids.looksLikeValue($0.text) }
                return atFirst && atSplit
            }
            if agrees { return y - 1 }
        }
        return nil
    }

    /// Row `r` cut in two at `y`: each cell of the row keeps its lines above `y`, the new
    /// row below gets the rest; cells spanning more rows than this one span the new row too.
    private func splitting(row r: Int, at y: Double) -> PageGrid {
        var g = self
        g.ys.insert(y, at: r + 1)
        var upper = cells[r], lower = Array(repeating: Cell.empty, count: columnCount)
        var lowerOrigin = origin[r]
        for c in 0..<columnCount {
            let o = origin[r][c]
            // A span from above, or one that runs on below, covers the new row too.
            guard o.row == r, rowSpan(r, o.col) == 1 else { continue }
            lowerOrigin[c] = GridPos(row: r + 1, col: o.col)
            guard o.col == c else { continue }
            let cell = cells[r][c]
            let above = cell.lines.filter { $0.top < y }, below = cell.lines.filter { $0.top >= y }
            func part(_ ls: [CellLine]) -> Cell {
                guard !ls.isEmpty else { return .empty }
                var p = cell
                p.lines = ls
                p.text = TextLines.joinCellLines(ls.map(\.text))
                return p
            }
            upper[c] = part(above)
            lower[c] = part(below)
        }
        g.cells[r] = upper
        g.cells.insert(lower, at: r + 1)
        g.origin.insert(lowerOrigin, at: r + 1)
        // Origins below point one row further down.
        for rr in (r + 2)..<g.rowCount {
            for c in 0..<columnCount where g.origin[rr][c].row > r {
                g.origin[rr][c].row += 1
            }
        }
        return g
    }
}
