import KinerjaModel

/// Where a page draws charts, found from the shape of its drawing (never from its words):
/// charts are not tables, but their axis labels, legends and value labels line up like
/// one, and their bars' edges look like cell borders.
///
/// - **Plots**: stroked paths with curves or slanted segments at least `minPlot` across (a
///   data line, a radar's web and polygons around their centre, a pie's outline). Text
///   drawn as outlines is far smaller; a rounded frame around a table is told apart by
///   `crossesInside` (it runs around the table's edge, not through its middle).
/// - **Bars**: at least three filled rectangles holding no text, standing on one baseline,
///   with at least three different lengths, of about the same thickness, with a gap
///   between some of them and nothing stacked on their free ends. A table's shaded cells do not look like that:
///   a row of header cells has one or two heights, and a shorter header cell has its parent
///   cell stacked on it; a shaded column's cells have one width and no gaps.
public enum ChartAreas {
    /// Smallest size of a plotted path, in points.
    public static let minPlot = 36.0
    /// Most coloured rectangles, and most plotted paths, a page is read for charts with.
    static let maxBars = 3000, maxPlots = 400

    /// The charts of a page `pageArea` points² drawn as `graphics`: bar groups and plots.
    public static func find(in graphics: PageGraphics, words: [Word], pageArea: Double) -> [Rect] {
        bars(graphics.fills, words: words, pageArea: pageArea).map(\.box) + plots(graphics.strokes)
    }

    /// Boxes of large stroked paths with curves or slants, overlapping ones merged.
    static func plots(_ strokes: [Stroke]) -> [Rect] {
        var paths: [Int: Rect] = [:]
        for s in strokes where s.curved || VectorRulings.orientation(s) == nil {
            let b = Rect(x0: min(s.x0, s.x1), y0: min(s.y0, s.y1), x1: max(s.x0, s.x1), y1: max(s.y0, s.y1))
            paths[s.order] = paths[s.order].map { $0.union(b) } ?? b
        }
        var boxes = paths.values.filter { max($0.width, $0.height) >= minPlot }.sorted { ($0.y0, $0.x0) < ($1.y0, $1.x0) }
        guard boxes.count <= maxPlots else { return [] }
        // Merge boxes that overlap or touch until none do (a radar's web and its data
        // polygons; the sides of a polygon drawn as separate lines).
        func touch(_ a: Rect, _ b: Rect) -> Bool {
            min(a.x1, b.x1) - max(a.x0, b.x0) >= -1 && min(a.y1, b.y1) - max(a.y0, b.y0) >= -1
        }
        var merged = true
        while merged && boxes.count > 1 {
            merged = false
            outer: for i in boxes.indices {
                for j in boxes.indices where j > i && touch(boxes[i], boxes[j]) {
                    boxes[i] = boxes[i].union(boxes[j]); boxes.remove(at: j); merged = true; break outer
                }
            }
        }
        return boxes
    }

    /// Groups of filled rectangles that are the bars of a bar chart: their union box, the
    /// indices (into `fills`) of the bars, and whether they stand up (else they lie).
    public static func bars(_ fills: [Fill], words: [Word], pageArea: Double) -> [(box: Rect, members: [Int], vertical: Bool)] {
        let candidates = fills.indices.filter { i in
            let f = fills[i], b = f.box
            return f.isRect && f.color.distance(to: .white) >= 0.04 && min(b.width, b.height) > 4
                && b.width * b.height < pageArea / 4
        }
        // Past this many coloured rectangles (a map, a heat map) the page is not read for bars:
        // bounds the time a pathological page can take.
        guard candidates.count >= 3, candidates.count <= maxBars else { return [] }
        // A cell holds its text; a bar holds none (its label stands beyond its end or below it).
        let centres = words.map { ($0.box.midX, $0.box.midY) }.sorted { $0.1 < $1.1 }
        let ys = centres.map(\.1)
        func holdsText(_ b: Rect) -> Bool {
            var lo = 0, hi = ys.count
            while lo < hi { let m = (lo + hi) / 2; if ys[m] < b.y0 { lo = m + 1 } else { hi = m } }
            var k = lo
            while k < centres.count, centres[k].1 <= b.y1 {
                if centres[k].0 >= b.x0, centres[k].0 <= b.x1 { return true }
                k += 1
            }
            return false
        }
        let empty = Set(candidates.filter { !holdsText(fills[$0].box) })
        var out: [(box: Rect, members: [Int], vertical: Bool)] = []
        for vertical in [true, false] {
            // Vertical bars stand on a common bottom edge; horizontal bars start at a common left edge.
            func base(_ i: Int) -> Double { vertical ? fills[i].box.y1 : fills[i].box.x0 }
            func free(_ i: Int) -> Double { vertical ? fills[i].box.y0 : fills[i].box.x1 }
            func length(_ i: Int) -> Double { vertical ? fills[i].box.height : fills[i].box.width }
            func thickness(_ i: Int) -> Double { vertical ? fills[i].box.width : fills[i].box.height }
            func across(_ i: Int) -> (Double, Double) { vertical ? (fills[i].box.x0, fills[i].box.x1) : (fills[i].box.y0, fills[i].box.y1) }
            let sorted = candidates.sorted { base($0) < base($1) }
            var groups: [[Int]] = []
            for i in sorted {
                if let last = groups.last?.last, abs(base(i) - base(last)) <= 1 { groups[groups.count - 1].append(i) }
                else { groups.append([i]) }
            }
            for group in groups where group.filter({ empty.contains($0) }).count >= 3 {
                // The same rectangle painted twice (a fill, then a pattern) is one bar.
                var bars: [Int] = []
                for i in group where empty.contains(i) && !bars.contains(where: { fills[$0].box == fills[i].box }) {
                    // Nothing stacked on its free end: another fill beginning where this one ends,
                    // or across a gap as narrow as the white gaps that part cells.
                    let (a0, a1) = across(i)
                    let stacked = candidates.contains { j in
                        guard j != i else { return false }
                        let (b0, b1) = across(j)
                        let gap = vertical ? free(i) - fills[j].box.y1 : fills[j].box.x0 - free(i)
                        return gap >= -1 && gap <= Surface.gapLimit + 1 && min(a1, b1) - max(a0, b0) > (a1 - a0) * 0.5
                    }
                    if !stacked { bars.append(i) }
                }
                guard bars.count >= 3 else { continue }
                let lengths = bars.map(length).sorted()
                var distinct = 1
                for (a, b) in zip(lengths, lengths.dropFirst()) where b - a > 1.5 { distinct += 1 }
                let thick = bars.map(thickness)
                guard distinct >= 3, let thin = thick.min(), let wide = thick.max(), wide <= thin * 1.6 else { continue }
                // Side by side without overlapping, with at least one gap (between categories).
                let spans = bars.map(across).sorted { $0.0 < $1.0 }
                guard zip(spans, spans.dropFirst()).allSatisfy({ $1.0 >= $0.1 - 1 }),
                      zip(spans, spans.dropFirst()).contains(where: { $1.0 - $0.1 >= thin * 0.3 }) else { continue }
                let box = bars.dropFirst().reduce(fills[bars[0]].box) { $0.union(fills[$1].box) }
                out.append((box, bars, vertical))
            }
        }
        return out
    }

    /// Whether a chart lies across the middle of `box` (a block of text found as a table):
    /// the chart covers at least a quarter of the box's inner part (the box less a fifth on
    /// each side) without enclosing the whole box (a frame around a table encloses it).
    public static func crossesInside(_ box: Rect, charts: [Rect]) -> Bool {
        let dx = box.width * 0.2, dy = box.height * 0.2
        let inner = Rect(x0: box.x0 + dx, y0: box.y0 + dy, x1: box.x1 - dx, y1: box.y1 - dy)
        let innerArea = inner.width * inner.height
        guard innerArea > 0 else { return false }
        return charts.contains { c in
            let encloses = c.x0 <= box.x0 + 2 && c.x1 >= box.x1 - 2 && c.y0 <= box.y0 + 2 && c.y1 >= box.y1 - 2
            return !encloses && c.xOverlap(inner) * c.yOverlap(inner) >= innerArea * 0.25
        }
    }
}
