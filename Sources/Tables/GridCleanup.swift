import KinerjaModel

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
