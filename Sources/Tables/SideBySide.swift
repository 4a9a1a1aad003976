import KinerjaModel
import Layout

extension PageGrid {
    /// Two tables set side by side under one header band (goals with their measures on the
    /// left, activities with their outputs on the right), drawn as one ruled grid whose body
    /// has column rules only: each half has its own rows. Known by geometry: the first column
    /// rule that no cell crosses with a column of values (three or more values, most of its
    /// lines, not just entry numbers) on each side in one ruled row, whose two sides' values hardly ever
    /// stand on one line (at most a quarter of the fewer). Each side is then its own grid,
    /// read on by the usual steps. Nil when the grid is one table.
    func splittingSideBySide() -> [PageGrid]? {
        guard !borderless, columnCount >= 4, rowCount >= 1 else { return nil }
        // Columns of values: most of their lines are values.
        func lines(_ r: Int, _ c: Int) -> [CellLine] {
            origin[r][c] == GridPos(row: r, col: c) ? cells[r][c].lines : []
        }
        for r in 0..<rowCount {
            // (A column numbering entries, `1.` `2.` `3.`, is not one.)
            let valueColumns = (0..<columnCount).filter { c in
                let ls = lines(r, c), values = ls.filter { TextGrids.looksLikeValue($0.text) }
                return values.count >= 3 && values.count * 10 >= ls.count * 7
                    && !values.allSatisfy { TextGrids.isListMarker($0.text) }
            }
            guard valueColumns.count >= 2 else { continue }
            // The first rule that no cell crosses with a column of values on each side,
            // whose values hardly ever share a line.
            for k in 2...(columnCount - 2) {
                guard (0..<rowCount).allSatisfy({ origin[$0][k].col == k }) else { continue }
                let leftColumns = valueColumns.filter { $0 < k }, rightColumns = valueColumns.filter { $0 >= k }
                guard !leftColumns.isEmpty, !rightColumns.isEmpty else { continue }
                func tops(_ cs: [Int]) -> [Double] {
                    cs.flatMap { lines(r, $0).filter { TextGrids.looksLikeValue($0.text) }.map(\.top) }
                }
                // Both sides' lines sit on one baseline grid, so some values meet by chance:
                // at least half of each side's values must stand with none of the other's.
                let (a, b) = (tops(leftColumns), tops(rightColumns))
                func alone(_ xs: [Double], _ ys: [Double]) -> Int { xs.filter { t in !ys.contains { abs($0 - t) < 3 } }.count }
                guard a.count >= 3, b.count >= 3, alone(a, b) * 2 >= a.count, alone(b, a) * 2 >= b.count else { continue }
                return [columns(0..<k), columns(k..<columnCount)]
            }
        }
        return nil
    }

    /// The grid cut in two at the column edge at `x`, if no cell crosses it and both sides
    /// keep two columns.
    func splitting(atColumnEdge x: Double) -> [PageGrid]? {
        guard let k = xs.firstIndex(where: { abs($0 - x) < 3 }), k >= 2, k <= columnCount - 2,
              (0..<rowCount).allSatisfy({ origin[$0][k].col == k }) else { return nil }
        return [columns(0..<k), columns(k..<columnCount)]
    }

    /// The grid of columns `range` (no cell crosses its edges).
    func columns(_ range: Range<Int>) -> PageGrid {
        var g = self
        g.xs = Array(xs[range.lowerBound...range.upperBound])
        g.cells = cells.map { Array($0[range]) }
        g.origin = origin.map { row in row[range].map { GridPos(row: $0.row, col: $0.col - range.lowerBound) } }
        g.box = Rect(x0: xs[range.lowerBound], y0: box.y0, x1: xs[range.upperBound], y1: box.y1)
        return g
    }
}
