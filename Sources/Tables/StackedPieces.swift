import KinerjaModel
import Layout

/// One table found as two pieces, one right above the other: a header drawn unlike its
/// body — a shaded band with white rules or none over a ruled body, or a ruled header (a
/// partial grid) over a body without rules — comes out of the finders as a header grid and
/// a body grid. They are one table when they touch, span the same width, the upper piece
/// is a header (a few rows, set apart by a fill behind it or bold type, or ruled over a
/// rule-less body) and its column boundaries fall on the other's.
///
/// The joined grid takes the columns of the ruled piece (the body's when both or neither
/// are ruled) and keeps each piece's rows; the other piece's text is placed anew in those
/// columns (a phrase crossing a boundary spans, as in `TextGrids`).
enum StackedPieces {
    static func joined(_ grids: [PageGrid], page: Page) -> [PageGrid] {
        // The pages' order of grids is kept (stitching across pages reads the first one).
        var gs = grids
        var i = 0
        while i < gs.count {
            let up = gs[i]
            // The nearest piece under it that shares its width.
            let below = gs.indices.filter { k in k != i && gs[k].box.y0 >= up.box.y1 - 4 && gs[k].box.xOverlap(up.box) > 0 }
            guard let j = below.min(by: { gs[$0].box.y0 < gs[$1].box.y0 }), let merged = join(up, gs[j], page: page)
            else { i += 1; continue }
            gs[i] = merged
            gs.remove(at: j)
            if j < i { i -= 1 }
        }
        return gs
    }

    static func join(_ up: PageGrid, _ low: PageGrid, page: Page) -> PageGrid? {
        // A header: a few ruled rows, or a few more text lines (a band read line by line).
        guard up.page == low.page, up.rowCount <= (up.borderless ? 8 : 4), low.rowCount >= 2 else { return nil }
        let upWords = words(in: up.box, page: page)
        guard !upWords.isEmpty else { return nil }
        let lineHeight = TextGrids.median(upWords.map(\.box.height)) ?? 8
        guard low.box.y0 - up.box.y1 <= max(8, lineHeight * 1.2) else { return nil }
        guard up.box.xOverlap(low.box) >= max(up.box.width, low.box.width) * 0.85 else { return nil }
        let partialGrid = !up.borderless && low.borderless
        // A ruled header is a few rows (a ruled piece of more is a table of its own).
        if partialGrid { guard up.rowCount <= 3 else { return nil } }
        // Header cells are labels: a few words each (boxes of running text are a diagram).
        let labels = (0..<up.rowCount).flatMap { r in (0..<up.columnCount).compactMap { c -> Int? in
            guard up.origin[r][c] == PageGrid.GridPos(row: r, col: c), !up.cells[r][c].isEmpty else { return nil }
            return up.cells[r][c].text.split(separator: " ").count
        } }
        guard labels.count >= 2, labels.max()! <= 12, labels.sorted()[labels.count / 2] <= 5 else { return nil }
        // A band set apart from the body (a body under the same fill or type is not).
        guard partialGrid || isSetApart(up, from: low, upWords: upWords, page: page) else { return nil }
        let (target, other) = partialGrid ? (up, low) : (low, up)
        // The pieces' boundaries stand in the same gutters; a ruled header's rules, in the
        // body's gutters, are crossed by no body word.
        let otherWords = partialGrid ? words(in: low.box, page: page) : upWords
        guard sameGutters(other.xs, target.xs, words: otherWords) else { return nil }
        if partialGrid {
            let inner = up.xs.dropFirst().dropLast()
            guard !otherWords.contains(where: { w in inner.contains { w.box.x0 < $0 - 1 && w.box.x1 > $0 + 1 } }) else { return nil }
        }
        var xs = target.xs
        xs[0] = min(up.xs[0], low.xs[0])
        xs[xs.count - 1] = max(up.xs[up.xs.count - 1], low.xs[low.xs.count - 1])

        // The other piece, row by row, in the target's columns. A header band read line by
        // line (no rules of its own) is one header row: its lines are the lines of its cells
        // (`Target` over `2016` over `Nilai`); a line of column numbers stays a row apart.
        var placedRows: [[TextGrids.PlacedLine]] = []
        var otherYs: [Double] = []
        if !partialGrid && up.borderless {
            // The band's fill may reach above the lines found (a title line of one phrase).
            var band = up.box
            for f in page.shading where f.color.luma < 0.97 && f.box.yOverlap(up.box) > 0
                && f.box.x0 >= xs[0] - 6 && f.box.x1 <= xs[xs.count - 1] + 6 && f.box.y0 < band.y0 && f.box.y0 > up.box.y0 - 40 {
                band.y0 = f.box.y0
            }
            let bandWords = words(in: band, page: page)
            let lines = TextGrids.phraseLines(bandWords).map { TextGrids.place($0, xs: xs) }
            let isNumbers = lines.map { Headers.isColumnNumbers($0.line.phrases.map { TextLines.join($0.words.map(\.text)) }, columns: xs.count - 1) }
            let header = zip(lines, isNumbers).filter { !$1 }.map(\.0), numbers = zip(lines, isNumbers).filter { $1 }.map(\.0)
            if !header.isEmpty { placedRows.append(header); otherYs.append(min(up.ys[0], header[0].line.line.box.y0)) }
            if !numbers.isEmpty { placedRows.append(numbers); otherYs.append(numbers[0].line.line.box.y0 - 0.5) }
            otherYs.append(low.ys[0])
        } else {
            for r in 0..<other.rowCount {
                let band = Rect(x0: xs[0], y0: other.ys[r], x1: xs[xs.count - 1], y1: other.ys[r + 1])
                placedRows.append(TextGrids.phraseLines(words(in: band, page: page)).map { TextGrids.place($0, xs: xs) })
            }
            otherYs = other.ys
        }
        let placedCount = placedRows.count
        let (placedCells, placedOrigin) = TextGrids.cells(placedRows, xs: xs, page: page.number)

        var g = target
        g.xs = xs
        if partialGrid {
            // Header kept, body placed under it.
            g.cells = up.cells + placedCells
            g.origin = up.origin + placedOrigin.map { $0.map { PageGrid.GridPos(row: $0.row + up.rowCount, col: $0.col) } }
            g.ys = Array(up.ys.dropLast()) + otherYs
        } else {
            g.cells = placedCells + low.cells
            g.origin = placedOrigin + low.origin.map { $0.map { PageGrid.GridPos(row: $0.row + placedCount, col: $0.col) } }
            g.ys = Array(otherYs.dropLast()) + low.ys
        }
        g.box = up.box.union(low.box)
        g.box.y0 = min(g.box.y0, g.ys[0])
        g.borderless = up.borderless && low.borderless
        return g
    }

    /// The words whose middles fall in a box.
    static func words(in box: Rect, page: Page) -> [Word] {
        page.words.filter { TableReader.inside($0.box, box) }
    }

    /// A header set apart from its body: most of its area under a fill darker than the
    /// paper, in a colour the body is not under; or set in bold over a body that is not.
    static func isSetApart(_ up: PageGrid, from low: PageGrid, upWords: [Word], page: Page) -> Bool {
        let dark = page.shading.filter { $0.color.luma < 0.97 }
        if let band = CellShading.fillColour(of: up.box, fills: dark) {
            let body = CellShading.fillColour(of: low.box, fills: dark)
            if CellShading.key(body) != CellShading.key(band) { return true }
        }
        let lowWords = words(in: low.box, page: page)
        func bold(_ ws: [Word]) -> Bool { !ws.isEmpty && ws.filter(\.bold).count * 10 >= ws.count * 7 }
        return bold(upWords) && !bold(lowWords)
    }

    /// Column boundaries that agree: most inner boundaries of one piece share a gutter
    /// (a stretch no word of that piece covers) with a boundary of the other. Text read
    /// without rules puts its boundaries mid-gutter; rules stand anywhere in the gutter.
    static func sameGutters(_ a: [Double], _ b: [Double], words: [Word]) -> Bool {
        let inner = a.dropFirst().dropLast(), targets = b.dropFirst().dropLast()
        guard !inner.isEmpty, !targets.isEmpty else { return false }
        let near = inner.filter { x in
            targets.contains { t in
                let lo = min(x, t), hi = max(x, t)
                return !words.contains { $0.box.x1 > lo + 0.5 && $0.box.x0 < hi - 0.5 }
            }
        }.count
        return near * 3 >= inner.count * 2
    }
}
