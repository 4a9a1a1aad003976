import KinerjaModel
import Layout

extension PageGrid {
    /// A grid read from the text inside a ruled box may cut one ruled row into text rows that
    /// are not separate lines at all: cells set half a line apart (a header band whose
    /// `Tingkat` / `Efisiensi` is centred between `%` / `Capaian` / `Kinerja` in the next
    /// column), each line too far from the next to share it, yet no horizontal cut passes
    /// between them. Two text rows of one ruled row whose lines stand less than `share` of a
    /// line pitch apart across columns are one row, joined here (lines kept in order).
    /// Lines a full pitch apart (a wrapped cell, the next entry) are left to the other steps.
    func joiningChainedRows(withinRuledRows bands: [Double], share: Double = 0.6) -> PageGrid {
        guard bands.count >= 2, rowCount >= 2 else { return self }
        // The line pitch: the most common distance between consecutive lines of one cell.
        let gaps = cells.joined().flatMap { c in zip(c.lines, c.lines.dropFirst()).map { $1.top - $0.top } }
            .filter { $0 > 0.5 }.sorted()
        guard !gaps.isEmpty else { return self }
        let pitch = gaps[gaps.count / 2]
        func band(_ r: Int) -> Int? {
            let y = (ys[r] + ys[r + 1]) / 2
            return (0..<(bands.count - 1)).first { y >= bands[$0] && y < bands[$0 + 1] }
        }
        func simple(_ g: PageGrid, _ r: Int) -> Bool {
            (0..<g.columnCount).allSatisfy { g.origin[r][$0] == GridPos(row: r, col: $0) }
        }
        func tops(_ g: PageGrid, _ r: Int) -> [Double] { g.cells[r].flatMap { $0.lines.map(\.top) } }
        var g = self
        var r = g.rowCount - 2
        while r >= 0 {
            defer { r -= 1 }
            guard r + 1 < g.rowCount, let b = band(r), band(r + 1) == b, simple(g, r), simple(g, r + 1),
                  let lowerTop = tops(g, r + 1).min(), let upperBottom = tops(g, r).max(),
                  lowerTop - upperBottom < pitch * share,
                  // Chained across columns: no column has lines in both rows that are a
                  // whole pitch apart only (then the rows are that column's two lines).
                  (0..<g.columnCount).contains(where: { c in g.cells[r][c].isEmpty != g.cells[r + 1][c].isEmpty })
            else { continue }
            for c in 0..<g.columnCount where !g.cells[r + 1][c].isEmpty {
                var cell = g.cells[r][c]
                if cell.isEmpty { cell = g.cells[r + 1][c] } else {
                    cell.lines += g.cells[r + 1][c].lines
                    cell.lines.sort { $0.top < $1.top }
                    cell.text = TextLines.joinCellLines(cell.lines.map(\.text))
                }
                g.cells[r][c] = cell
            }
            g.cells.remove(at: r + 1)
            g.origin.remove(at: r + 1)
            g.joinedAt.append(g.ys.remove(at: r + 1))
            for rr in (r + 1)..<g.rowCount {
                for c in 0..<g.columnCount where g.origin[rr][c].row > r { g.origin[rr][c].row -= 1 }
            }
        }
        return g
    }
}
