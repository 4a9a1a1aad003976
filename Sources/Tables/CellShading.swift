import KinerjaModel

/// Which cells of a grid are shaded, and which of those shadings set a cell apart.
///
/// Tables shade for two reasons: to style (a header band, zebra rows, a highlighted column)
/// and to mark (a schedule shades the months an activity runs, with no text). Styling
/// colours a whole row or a whole column alike; a mark colours a cell unlike the cells of
/// its row that hold text. Geometry and colour only: what a mark means is Interpretation's.
enum CellShading {
    /// Share of a cell's area a fill must cover to shade it.
    static let coverage = 0.6

    /// The grid with each cell's fill colour set, and `shaded` set where that colour differs
    /// from its row's own colour (the colour of the row's text cells) and its column is not
    /// shaded alike from top to bottom.
    static func marked(_ grid: PageGrid, fills: [Fill]) -> PageGrid {
        guard grid.rowCount > 0, grid.columnCount > 0 else { return grid }
        let box = grid.box
        let near = fills.filter { $0.box.xOverlap(box) > 0 && $0.box.yOverlap(box) > 0 }
        guard !near.isEmpty, grid.ys.count == grid.rowCount + 1 else { return grid }
        var out = grid
        var colour = [[RGBColor?]](repeating: [RGBColor?](repeating: nil, count: grid.columnCount), count: grid.rowCount)
        for r in 0..<grid.rowCount {
            for c in 0..<grid.columnCount where grid.origin[r][c] == PageGrid.GridPos(row: r, col: c) {
                let rect = Rect(x0: grid.xs[c], y0: grid.ys[r],
                                x1: grid.xs[c + grid.colSpan(r, c)], y1: grid.ys[r + grid.rowSpan(r, c)])
                colour[r][c] = fillColour(of: rect, fills: near)
                out.cells[r][c].fill = colour[r][c]
            }
        }
        func at(_ r: Int, _ c: Int) -> RGBColor? { let o = grid.origin[r][c]; return colour[o.row][o.col] }
        // A column shaded alike from the top of the grid to its foot is styled, not marked.
        let styledColumns = Set((0..<grid.columnCount).filter { c in
            grid.rowCount >= 3 && at(0, c) != nil && (0..<grid.rowCount).allSatisfy { key(at($0, c)) == key(at(0, c)) }
        })
        for r in 0..<grid.rowCount {
            // Each cell of the row once (a cell spanning rows counts in every row it covers).
            // (A row has few cells: a list searched in order, not a hashed set.)
            var seen: [PageGrid.GridPos] = []
            var texts: [RGBColor?] = [], all: [RGBColor?] = []
            for c in 0..<grid.columnCount where !seen.contains(grid.origin[r][c]) {
                let o = grid.origin[r][c]
                seen.append(o)
                all.append(colour[o.row][o.col])
                if !grid.cells[o.row][o.col].isEmpty { texts.append(colour[o.row][o.col]) }
            }
            let base = rowColour(texts: texts, all: all)
            for c in 0..<grid.columnCount where grid.origin[r][c] == PageGrid.GridPos(row: r, col: c) {
                guard let own = colour[r][c], !styledColumns.contains(c) else { continue }
                if key(own) != key(base) { out.cells[r][c].shaded = true }
            }
        }
        return out
    }

    /// The colour of the fills that cover most of `rect`; of several, the one painted last.
    static func fillColour(of rect: Rect, fills: [Fill]) -> RGBColor? {
        let area = rect.width * rect.height
        guard area > 1 else { return nil }
        var covered: [Int: (colour: RGBColor, area: Double, order: Int)] = [:]
        for f in fills {
            let a = f.box.xOverlap(rect) * f.box.yOverlap(rect)
            guard a > 0 else { continue }
            let k = key(f.color) ?? -1
            let prev = covered[k]
            covered[k] = (f.color, (prev?.area ?? 0) + a, max(prev?.order ?? Int.min, f.order))
        }
        return covered.values.filter { $0.area >= area * coverage }.max { $0.order < $1.order }?.colour
    }

    /// A row's own colour: that of most of its text cells; in a row without text, that of
    /// nearly all its cells (an empty zebra row), else none.
    static func rowColour(texts: [RGBColor?], all: [RGBColor?]) -> RGBColor? {
        func counts(_ cs: [RGBColor?]) -> [(colour: RGBColor?, n: Int)] {
            var out: [(colour: RGBColor?, n: Int)] = []
            for c in cs {
                if let i = out.firstIndex(where: { key($0.colour) == key(c) }) { out[i].n += 1 } else { out.append((c, 1)) }
            }
            // Ties go to "unshaded".
            return out.sorted { $0.n != $1.n ? $0.n > $1.n : $0.colour == nil }
        }
        if let top = counts(texts).first { return top.colour }
        if let top = counts(all).first, Double(top.n) >= Double(all.count) * 0.75 { return top.colour }
        return nil
    }

    /// Colours that look the same (within 1/32 per channel) share a key; nil for no fill.
    static func key(_ c: RGBColor?) -> Int? {
        guard let c else { return nil }
        func q(_ v: Double) -> Int { Int((max(0, min(1, v)) * 32).rounded()) }
        return (q(c.r) * 64 + q(c.g)) * 64 + q(c.b)
    }

    /// The band of each line when the table's rows are told apart by alternating fills
    /// (zebra bands), else nil. Band edges are the shading's top and bottom edges and the
    /// horizontal rules across the table; a line's band is the stretch between the edges
    /// around its middle, -1 where no edge bounds it above or below. Zebra only when at
    /// least two shaded and two unshaded bands hold text (a shaded header and total row
    /// around a plain body are not zebra), and most lines sit in a bounded band (a line
    /// above or below the shading gets -1: its row is found as without bands).
    static func zebraBands(_ lines: [Rect], rulings: [Ruling], fills: [Fill], box: Rect,
                           continuing: [ZebraFill] = []) -> [Int]? {
        zebra(lines, rulings: rulings, fills: fills, box: box, continuing: continuing)?.bands
    }

    /// A fill of a body band of a zebra table: its colour and left and right edges. A page
    /// piece of that table on the next or previous page is painted with the same fills.
    struct ZebraFill: Sendable, Equatable {
        var colour: Int
        var x0: Double, x1: Double
        func matches(_ f: Fill) -> Bool { key(f.color) == colour && abs(f.box.x0 - x0) < 3 && abs(f.box.x1 - x1) < 3 }
    }

    /// The fills of the shaded body bands of a zebra grid (its rows below `headerRows`),
    /// or none when the grid is not zebra-shaded.
    static func zebraFills(_ grid: PageGrid, headerRows: Int, rulings: [Ruling], fills: [Fill]) -> [ZebraFill] {
        guard grid.borderless, headerRows < grid.rowCount, grid.ys.count == grid.rowCount + 1 else { return [] }
        // (All rows, the header's shading bounding the first body band; the body's fills kept.)
        let rows = (0..<grid.rowCount).map { Rect(x0: grid.xs.first!, y0: grid.ys[$0] + 1, x1: grid.xs.last!, y1: grid.ys[$0 + 1] - 1) }
        guard let z = zebra(rows, rulings: rulings, fills: fills, box: grid.box, continuing: []) else { return [] }
        var out: [ZebraFill] = []
        for f in z.shadedFills[headerRows...].joined() {
            let zf = ZebraFill(colour: key(f.color) ?? -1, x0: f.box.x0, x1: f.box.x1)
            if !out.contains(zf) { out.append(zf) }
        }
        return out
    }

    /// `zebraBands`, with the fills that shade each line's band. `continuing`: the body fills of a
    /// zebra table on the page before or after; a page piece of it may hold too few bands to
    /// show the alternation itself (one shaded band at a page's foot), so one shaded band
    /// painted with those fills (same colour, same edges) is enough.
    static func zebra(_ lines: [Rect], rulings: [Ruling], fills: [Fill], box: Rect,
                      continuing: [ZebraFill]) -> (bands: [Int], shadedFills: [[Fill]])? {
        guard lines.count >= (continuing.isEmpty ? 4 : 2), !fills.isEmpty else { return nil }
        // Cell or row shading inside the table (not a page background, not a rule).
        // (A cell's shading may come as one rectangle per text line: pieces of one colour
        // that touch, one above the other in the same column, are one fill.)
        var shading: [Fill] = []
        for f in fills.filter({ $0.box.xOverlap(box) >= 10 && $0.box.yOverlap(box) > 0
                                && min($0.color.r, $0.color.g, $0.color.b) < 0.97 }).sorted(by: { $0.box.y0 < $1.box.y0 }) {
            if let k = shading.lastIndex(where: { g in
                key(g.color) == key(f.color) && abs(g.box.x0 - f.box.x0) < 2 && abs(g.box.x1 - f.box.x1) < 2
                    && f.box.y0 <= g.box.y1 + 1 && f.box.y0 >= g.box.y0 }) {
                shading[k].box = shading[k].box.union(f.box)
            } else {
                shading.append(f)
            }
        }
        // A fill inside a fill of its colour (a paragraph's shading in its shaded cell) draws no edge.
        let pieces = shading
        shading = shading.enumerated().filter { i, f in
            !pieces.enumerated().contains { j, g in
                j != i && key(g.color) == key(f.color) && g.box.x0 <= f.box.x0 + 1 && g.box.x1 >= f.box.x1 - 1
                    && g.box.y0 <= f.box.y0 + 1 && g.box.y1 >= f.box.y1 - 1
                    && (g.box.width * g.box.height > f.box.width * f.box.height || j < i)
            }
        }.map(\.element)
        // (Not a background behind the whole table; a fill of the zebra continued is none.)
        shading = shading.filter { f in f.box.height >= 4 && (f.box.height <= box.height * 0.6 || continuing.contains { $0.matches(f) }) }
        guard shading.count >= 2, let top = shading.map(\.box.y0).min(), let foot = shading.map(\.box.y1).max() else { return nil }
        var edges: [Double] = shading.flatMap { [$0.box.y0, $0.box.y1] }
        edges += rulings.filter {
            $0.orientation == .horizontal && min($0.end, box.x1) - max($0.start, box.x0) >= box.width * 0.5
        }.map(\.position)
        edges.sort()
        var bands: [Int] = []
        var shadedBands = Set<Int>(), plainBands = Set<Int>(), continuedBands = Set<Int>()
        var shadedFills: [[Fill]] = []   // per line
        for b in lines {
            let mid = (b.y0 + b.y1) / 2
            // An edge counts as between two lines only where it leaves the line's middle.
            let above = edges.count { $0 < mid }
            guard above > 0, above < edges.count, mid > top, mid < foot else { bands.append(-1); shadedFills.append([]); continue }
            bands.append(above)
            let under = shading.filter { $0.box.y0 < mid && $0.box.y1 > mid && $0.box.xOverlap(b) > 0 }
            if !under.isEmpty { shadedBands.insert(above) } else { plainBands.insert(above) }
            shadedFills.append(under)
            if under.contains(where: { f in continuing.contains { $0.matches(f) } }) { continuedBands.insert(above) }
        }
        let alternates = shadedBands.count >= 2 && plainBands.subtracting(shadedBands).count >= 2
        guard alternates || !continuedBands.isEmpty,
              bands.count(where: { $0 >= 0 }) * 4 >= bands.count * 3 else { return nil }
        return (bands, shadedFills)
    }
}
