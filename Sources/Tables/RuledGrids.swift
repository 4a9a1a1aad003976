import KinerjaModel
import Layout

/// Finds ruled tables: connected sets of horizontal and vertical rules, read as a grid.
///
/// Cells come from the rule grid (LESSONS: text that wraps inside a cell must not become
/// extra rows). A boundary between two grid positions that no rule covers means the cell
/// spans both (merged sasaran cells, group headers). Tables drawn without side borders
/// are closed from the extent of their horizontal rules.
struct RuledGrids {
    /// Rules closer than this (points) are the same line.
    var tolerance: Double = 2.5
    /// Rule positions closer than this are one boundary: a double border (a cell's own box
    /// beside its neighbour's, a band's edge over a cell's top) leaves a gap no text fits in.
    var doubleRuleGap: Double = 3

    func grids(on page: Page) -> [PageGrid] {
        let rules = page.rulings.filter { $0.length >= 4 }
        let hs = rules.filter { $0.orientation == .horizontal }
        let vs = rules.filter { $0.orientation == .vertical }
        guard !hs.isEmpty else { return [] }

        var grids: [PageGrid] = []
        for comp in Self.connected(hs, vs, tolerance: tolerance) {
            // A long rule along the table's outer edge (a footer or header line, a page
            // decoration) is cut back to the table's own extent; what it alone joined (a
            // page-number box) falls away from the table.
            let trimmed = Self.trimmingEdgeOverhangs(comp.h, verticals: comp.v, tolerance: tolerance)
            for part in trimmed == comp.h ? [comp] : Self.connected(trimmed, comp.v, tolerance: tolerance) {
                // Horizontal rules with no verticals (a header underline) make no grid here.
                guard part.h.count >= 2, part.v.count >= 1 else { continue }
                if let g = grid(page: page, h: part.h, v: part.v) { grids.append(g) }
            }
        }
        return grids.sorted { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }
    }

    /// Connected components of rules that touch (union-find over intersections), in order of
    /// first appearance (never hash order: output must be deterministic).
    static func connected(_ hs: [Ruling], _ vs: [Ruling], tolerance t: Double) -> [(h: [Ruling], v: [Ruling])] {
        var parent = Array(0..<(hs.count + vs.count))
        func find(_ i: Int) -> Int { var i = i; while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }; return i }
        func union(_ a: Int, _ b: Int) { let ra = find(a), rb = find(b); if ra != rb { parent[ra] = rb } }
        // Sweep: vertical rules sorted by x; for each horizontal rule, the verticals within its x-range.
        let vOrder = vs.indices.sorted { vs[$0].position < vs[$1].position }
        let vPositions = vOrder.map { vs[$0].position }
        for (hi, h) in hs.enumerated() {
            var k = lowerBound(vPositions, h.start - t)
            while k < vOrder.count, vPositions[k] <= h.end + t {
                let v = vs[vOrder[k]]
                if h.position >= v.start - t && h.position <= v.end + t { union(hi, hs.count + vOrder[k]) }
                k += 1
            }
        }
        var order: [Int] = []
        var components: [Int: (h: [Ruling], v: [Ruling])] = [:]
        for (i, h) in hs.enumerated() {
            let root = find(i)
            if components[root] == nil { order.append(root) }
            components[root, default: ([], [])].h.append(h)
        }
        for (i, v) in vs.enumerated() {
            let root = find(hs.count + i)
            if components[root] == nil { order.append(root) }
            components[root, default: ([], [])].v.append(v)
        }
        return order.map { components[$0]! }
    }

    /// The horizontal rules with those at the table's top or bottom edge cut back to the
    /// table's own width. A rule between rows has the table's borders running on above and
    /// below it; its extent is the table's. A rule that verticals only reach from one side
    /// (touching it with their ends) and that runs on past that width is a page's footer or
    /// header line the table stands on, or a decoration: it must neither widen the table
    /// (the closing of missing side borders) nor join it to a page-number box.
    static func trimmingEdgeOverhangs(_ hs: [Ruling], verticals vs: [Ruling], tolerance t: Double) -> [Ruling] {
        func touching(_ h: Ruling) -> [Ruling] {
            vs.filter { $0.position >= h.start - t && $0.position <= h.end + t && h.position >= $0.start - t && h.position <= $0.end + t }
        }
        func between(_ h: Ruling) -> Bool {
            let vv = touching(h)
            return vv.contains { $0.start < h.position - t } && vv.contains { $0.end > h.position + t }
        }
        // The table's own width: its rules between rows, and its borders running (most of)
        // its height (a page-number box's sides stand only a line high).
        guard let vy0 = vs.map(\.start).min(), let vy1 = vs.map(\.end).max() else { return hs }
        let tall = Set(vs.filter { v in
            let same = vs.filter { abs($0.position - v.position) <= t }.sorted { $0.start < $1.start }
            var covered = 0.0, reach = -Double.infinity
            for s in same {
                covered += max(0, s.end - max(s.start, reach))
                reach = max(reach, s.end)
            }
            return covered >= (vy1 - vy0) * 0.5
        })
        // A table without side borders reaches as far as its other rules do (its top rule as
        // far as its bottom one): only a rule running on past all of them is cut.
        let inner = hs.filter(between)
        let onTable = hs.filter { h in touching(h).contains { v in tall.contains(v) } }
        let base = inner.flatMap { [$0.start, $0.end] } + tall.map(\.position)
        let margin = t * 2
        return hs.map { h in
            guard !between(h) else { return h }
            let others = onTable.filter { abs($0.position - h.position) > margin }
            let extent = base + others.flatMap { [$0.start, $0.end] }
            guard let lo = extent.min(), let hi = extent.max(), h.start < lo - margin || h.end > hi + margin else { return h }
            return Ruling(.horizontal, at: h.position, from: h.start < lo - margin ? lo : h.start, to: h.end > hi + margin ? hi : h.end)
        }
    }

    private static func lowerBound(_ a: [Double], _ x: Double) -> Int {
        var lo = 0, hi = a.count
        while lo < hi { let m = (lo + hi) / 2; if a[m] < x { lo = m + 1 } else { hi = m } }
        return lo
    }

    /// Positions clustered within the tolerance, each cluster by its mean.
    private func cluster(_ values: [Double]) -> [Double] {
        let s = values.sorted()
        var out: [Double] = []
        var group: [Double] = []
        for v in s {
            if let last = group.last, v - last > doubleRuleGap {
                out.append(group.reduce(0, +) / Double(group.count)); group = []
            }
            group.append(v)
        }
        if !group.isEmpty { out.append(group.reduce(0, +) / Double(group.count)) }
        return out
    }

    private func grid(page: Page, h: [Ruling], v: [Ruling]) -> PageGrid? {
        let hx0 = h.map(\.start).min()!, hx1 = h.map(\.end).max()!
        let vy0 = v.map(\.start).min()!, vy1 = v.map(\.end).max()!
        var xs = cluster(v.map(\.position))
        var ys = cluster(h.map(\.position))
        // Close a grid whose side borders are missing from the extent of its horizontal rules.
        if let first = xs.first, first - hx0 > tolerance * 2 { xs.insert(hx0, at: 0) }
        if let last = xs.last, hx1 - last > tolerance * 2 { xs.append(hx1) }
        if let first = ys.first, first - vy0 > tolerance * 2 { ys.insert(vy0, at: 0) }
        if let last = ys.last, vy1 - last > tolerance * 2 { ys.append(vy1) }
        guard xs.count >= 2, ys.count >= 2 else { return nil }
        let box = Rect(x0: xs.first!, y0: ys.first!, x1: xs.last!, y1: ys.last!)
        guard box.width > 40, box.height > 8 else { return nil }
        // Thin empty bands between rows of text are spacers: each collapses into one boundary,
        // drawn by the rules on either side of it. (Empty column slivers stay: a page of the
        // same table may draw them with text running into them, and continuations are
        // matched on the columns, slivers included.)
        let inBox = page.words.filter { $0.box.midX > box.x0 && $0.box.midX < box.x1 && $0.box.midY > box.y0 && $0.box.midY < box.y1 }
        let rowEdges = Self.collapsingSpacers(ys, centres: inBox.map(\.box.midY), lineHeight: Self.lineHeight(inBox))
        ys = rowEdges.map(\.at)
        xs = Self.droppingStubs(xs, rules: v, rows: ys, near: doubleRuleGap, tolerance: tolerance)
        let colEdges = xs.map { Edge(at: $0, drawnAt: [$0]) }
        let rows = ys.count - 1, cols = xs.count - 1

        // Is there a rule along the boundary segment? (covered for most of its length; a
        // collapsed spacer's boundary is drawn by the rules of either of its sides)
        func covered(_ rules: [Ruling], at positions: [Double], from a: Double, to b: Double) -> Bool {
            let need = (b - a) * 0.5
            return positions.contains { pos in
                var got = 0.0
                for r in rules where abs(r.position - pos) <= tolerance {
                    got += max(0, min(r.end, b) - max(r.start, a))
                    if got >= need { return true }
                }
                return false
            }
        }
        let sideRule = { (x: Double) -> Bool in x == hx0 || x == hx1 }
        var parent = Array(0..<(rows * cols))
        func find(_ i: Int) -> Int { var i = i; while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }; return i }
        for r in 0..<rows {
            for c in 0..<cols {
                let id = r * cols + c
                if c + 1 < cols, !sideRule(xs[c + 1]),
                   !covered(v, at: colEdges[c + 1].drawnAt, from: ys[r], to: ys[r + 1]) {
                    let a = find(id), b = find(id + 1); if a != b { parent[max(a, b)] = min(a, b) }
                }
                if r + 1 < rows, !covered(h, at: rowEdges[r + 1].drawnAt, from: xs[c], to: xs[c + 1]) {
                    let a = find(id), b = find(id + cols); if a != b { parent[max(a, b)] = min(a, b) }
                }
            }
        }
        // Each merged group is one cell with its origin at the top-left-most position.
        var origin = Array(repeating: Array(repeating: PageGrid.GridPos(row: 0, col: 0), count: cols), count: rows)
        for r in 0..<rows {
            for c in 0..<cols {
                let root = find(r * cols + c)
                origin[r][c] = PageGrid.GridPos(row: root / cols, col: root % cols)
            }
        }
        // Words to cells by their centre.
        var bucket: [Int: [Word]] = [:]
        for w in page.words {
            let cx = w.box.midX, cy = w.box.midY
            guard cx > box.x0, cx < box.x1, cy > box.y0, cy < box.y1 else { continue }
            let c = max(0, min(cols - 1, upperBound(xs, cx) - 1))
            let r = max(0, min(rows - 1, upperBound(ys, cy) - 1))
            let o = origin[r][c]
            bucket[o.row * cols + o.col, default: []].append(w)
        }
        var cells = Array(repeating: Array(repeating: Cell.empty, count: cols), count: rows)
        for (key, words) in bucket {
            let r = key / cols, c = key % cols
            var last = c
            while last + 1 < cols, origin[r][last + 1] == origin[r][c] { last += 1 }
            cells[r][c] = CellText.cell(from: words, page: page.number, left: xs[c], right: xs[last + 1])
        }
        return PageGrid(page: page.number, box: box, xs: xs, ys: ys, cells: cells, origin: origin, borderless: false)
    }

    /// Inner column boundaries without those drawn only by a stub inside one row: a glyph's
    /// stem or a speck of a scan read as a rule, standing on the row's rule, would cut that
    /// row's text in two and give the table a column no other row has. A border runs (most
    /// of) the way from one row rule to the next somewhere along the table.
    static func droppingStubs(_ xs: [Double], rules: [Ruling], rows ys: [Double], near: Double, tolerance: Double) -> [Double] {
        guard xs.count > 2, ys.count >= 2 else { return xs }
        return xs.indices.filter { i in
            guard i > 0, i < xs.count - 1 else { return true }
            let drawn = rules.filter { abs($0.position - xs[i]) <= near }
            guard let lo = drawn.map(\.start).min(), let hi = drawn.map(\.end).max() else { return true }
            let k = ys.lastIndex { $0 <= (lo + hi) / 2 } ?? 0
            guard k + 1 < ys.count, lo >= ys[k] - tolerance, hi <= ys[k + 1] + tolerance else { return true }
            return hi - lo >= (ys[k + 1] - ys[k]) * 0.75
        }.map { xs[$0] }
    }

    /// A grid boundary: where cells meet, and where the rules that draw it lie (both sides
    /// of a collapsed spacer).
    struct Edge: Equatable { var at: Double; var drawnAt: [Double] }

    /// The table's own text line height: the median font size of its words.
    static func lineHeight(_ words: [Word]) -> Double {
        let sizes = words.map(\.fontSize).filter { $0 > 0 }.sorted()
        return sizes.isEmpty ? 0 : sizes[sizes.count / 2]
    }

    /// Boundaries with spacer bands collapsed: a band between two boundaries that holds no
    /// text centre, is too thin for a line of the table's own text, and lies between two
    /// bands that hold text, separates its neighbours and is no row of its own. (Boxes
    /// drawn apart with a thin gap or a shaded strip between them.) A band of normal size
    /// stays even when empty: a drawn empty row is the table's.
    static func collapsingSpacers(_ edges: [Double], centres: [Double], lineHeight: Double) -> [Edge] {
        var out = edges.map { Edge(at: $0, drawnAt: [$0]) }
        guard edges.count >= 4, lineHeight > 0 else { return out }
        func holdsText(_ a: Double, _ b: Double) -> Bool { centres.contains { $0 > a && $0 < b } }
        var k = 1
        while k + 2 < out.count {
            let a = out[k].at, b = out[k + 1].at
            if b - a < lineHeight, !holdsText(a, b),
               holdsText(out[k - 1].at, a), holdsText(b, out[k + 2].at) {
                // (Met in the middle: a page that draws the same table without the spacer puts
                // the boundary anywhere within it.)
                out[k] = Edge(at: (a + b) / 2, drawnAt: out[k].drawnAt + out[k + 1].drawnAt)
                out.remove(at: k + 1)
            } else {
                k += 1
            }
        }
        return out
    }

    private func upperBound(_ a: [Double], _ x: Double) -> Int {
        var lo = 0, hi = a.count
        while lo < hi { let m = (lo + hi) / 2; if a[m] <= x { lo = m + 1 } else { hi = m } }
        return lo
    }
}
