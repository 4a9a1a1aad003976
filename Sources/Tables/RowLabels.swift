import KinerjaModel
import Layout

/// Row labels set outside a ruled grid, to its left (a frame drawn around the figures
/// only): short lines, one in each of several ruled rows, close to the frame, with
/// nothing between them and it. They are the grid's first column.
enum RowLabels {
    static func withLabels(_ grid: PageGrid, words: [Word]) -> PageGrid {
        guard !grid.borderless, grid.rowCount >= 3 else { return grid }
        let box = grid.box
        let lineHeight = TextGrids.median(words.map(\.box.height)) ?? 8
        let reach = max(40, lineHeight * 4)
        let near = words.filter { $0.box.x1 <= box.x0 + 1 && box.x0 - $0.box.x1 <= reach * 4
            && $0.box.midY > box.y0 && $0.box.midY < box.y1 }
        guard !near.isEmpty else { return grid }
        var labels: [Int: [Word]] = [:]
        for w in near {
            guard let r = (0..<grid.rowCount).first(where: { w.box.midY >= grid.ys[$0] && w.box.midY < grid.ys[$0 + 1] }) else { continue }
            labels[r, default: []].append(w)
        }
        // Short labels set as a column (their starts or their ends aligned) that ends close
        // to the frame.
        for ws in labels.values {
            let lines = TextLines.lines(of: ws)
            guard lines.count <= 2, lines.allSatisfy({ $0.words.count <= 5 }) else { return grid }
        }
        let starts = labels.values.map { $0.map(\.box.x0).min()! }, ends = labels.values.map { $0.map(\.box.x1).max()! }
        guard (starts.max()! - starts.min()! <= 3) || (ends.max()! - ends.min()! <= 3),
              box.x0 - ends.max()! <= reach else { return grid }
        let rowsWithText = (0..<grid.rowCount).filter { r in (0..<grid.columnCount).contains { !grid.cells[r][$0].isEmpty } }
        guard labels.count >= 3, labels.count * 2 >= rowsWithText.count else { return grid }
        let x0 = near.map(\.box.x0).min()! - 2
        var g = grid
        g.xs = [x0] + grid.xs
        g.box.x0 = x0
        for r in 0..<grid.rowCount {
            let cell = labels[r].map { CellText.cell(from: $0, page: grid.page, left: x0, right: grid.xs[0]) } ?? .empty
            g.cells[r] = [cell] + grid.cells[r]
            g.origin[r] = [PageGrid.GridPos(row: r, col: 0)] + grid.origin[r].map { PageGrid.GridPos(row: $0.row, col: $0.col + 1) }
        }
        return g
    }
}
