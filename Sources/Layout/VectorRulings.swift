import KinerjaModel

/// Table rules from a page's vector drawing: what a reader sees as a line between cells.
///
/// - A stroked straight line of any width and colour that stands out from what lies under
///   it: hairlines, light-grey rules, a white rule over a shaded band.
/// - A thin filled rectangle (Word and Excel draw cell borders that way).
/// - A thin picture, or a row of tiny ones (dotted borders some converters draw as images).
/// - The edge of a filled area where its colour meets a different one: a shaded header band,
///   zebra rows, coloured header cells, cells separated by gaps between their fills. The
///   left and right ends of a shaded area that open onto bare paper are not rules (a zebra
///   row's ends are the table's extent, not column boundaries).
///
/// Not rules: curved paths (charts, pies, rounded frames), diagonal lines, pieces shorter
/// than `minLength` once collinear pieces are joined, underlines, strokes through words,
/// fills that cover the page (a background), and a frame around the whole page.
/// Collinear pieces are snapped and joined the way pdfplumber does (snap and join tolerances).
public struct VectorRulings: Sendable {
    /// Shortest rule after joining, in points.
    public var minLength: Double = 10
    /// Thickest stroke or filled rectangle that is a rule; thicker ones are areas whose
    /// edges may be rules.
    public var maxThickness: Double = 4
    /// Colours closer than this (largest channel difference, 0...1) cannot be told apart:
    /// a rule in such a colour, or an edge between two such fills, is invisible.
    public var minContrast: Double = 0.04
    /// Rules whose positions differ by at most this much are one line (pdfplumber: 3).
    public var snapTolerance: Double = 2
    /// Collinear pieces with a gap of at most this much are one rule (pdfplumber: 3).
    public var joinTolerance: Double = 3
    /// A fill covering this share of the page is its background, not a cell.
    public var backgroundShare: Double = 0.6
    /// Past this many shaded areas on a page (a map, a drawing) their edges are not read:
    /// bounds the time a hostile or pathological page can take.
    public var maxShadedAreas = 5000

    /// Thickest image that is a piece of a rule (a hairline drawn as a stretched one-pixel
    /// picture, or a dotted rule drawn as a row of tiny pictures).
    public var maxImageThickness: Double = 1.5

    public init() {}

    /// Rule pieces drawn as pictures: an image no thicker than `maxThickness` is a piece along
    /// its long side; a near-square one (a dot) could run either way, so it is a piece of
    /// both (collinear dots join into a rule; a lone dot or a dot's other direction stays
    /// shorter than `minLength`). Their colour is not known: they are taken as seen.
    static func imagePieces(_ images: [Rect], maxThickness: Double) -> [Ruling] {
        var out: [Ruling] = []
        for b in images where b.width > 0 && b.height > 0 && min(b.width, b.height) <= maxThickness {
            if b.width >= b.height * 0.67 { out.append(Ruling(.horizontal, at: b.midY, from: b.x0, to: b.x1)) }
            if b.height >= b.width * 0.67 { out.append(Ruling(.vertical, at: b.midX, from: b.y0, to: b.y1)) }
        }
        return out
    }

    /// The rules of a page `width` × `height` points drawn as `graphics`, with its `words`.
    public func find(in graphics: PageGraphics, words: [Word], width: Double, height: Double) -> [Ruling] {
        var pieces: [Ruling] = []
        var fills = graphics.fills.filter { $0.isRect && $0.box.width > 0 && $0.box.height > 0 }
        // Very thick straight strokes are bars: treat them as the rectangles they paint.
        for s in graphics.strokes where !s.curved && s.width > maxThickness {
            if let o = Self.orientation(s) {
                let half = s.width / 2
                let box = o == .horizontal
                    ? Rect(x0: min(s.x0, s.x1), y0: (s.y0 + s.y1) / 2 - half, x1: max(s.x0, s.x1), y1: (s.y0 + s.y1) / 2 + half)
                    : Rect(x0: (s.x0 + s.x1) / 2 - half, y0: min(s.y0, s.y1), x1: (s.x0 + s.x1) / 2 + half, y1: max(s.y0, s.y1))
                fills.append(Fill(box: box, color: s.color, isRect: true, order: s.order))
            }
        }
        let pageArea = max(1, width * height)
        let surface = Surface(fills: fills)

        for s in graphics.strokes where !s.curved && s.width <= maxThickness {
            guard let o = Self.orientation(s) else { continue }
            let mx = (s.x0 + s.x1) / 2, my = (s.y0 + s.y1) / 2
            guard surface.standsOut(s.color, from: (min(s.x0, s.x1), min(s.y0, s.y1)), to: (max(s.x0, s.x1), max(s.y0, s.y1)),
                                    below: s.order, minContrast: minContrast, halfWidth: s.width / 2) else { continue }
            pieces.append(o == .horizontal
                ? Ruling(.horizontal, at: my, from: min(s.x0, s.x1), to: max(s.x0, s.x1))
                : Ruling(.vertical, at: mx, from: min(s.y0, s.y1), to: max(s.y0, s.y1)))
        }
        let shaded = fills.filter { min($0.box.width, $0.box.height) > maxThickness }.count
        // A bar chart's bars are not cells: their edges are no rules.
        let bars = ChartAreas.bars(fills, words: words, pageArea: pageArea)
        let barMembers = Set(bars.flatMap(\.members))
        for (index, f) in fills.enumerated() where !barMembers.contains(index) {
            let b = f.box
            if b.width * b.height >= pageArea * backgroundShare { continue }
            if shaded > maxShadedAreas, min(b.width, b.height) > maxThickness { continue }
            if min(b.width, b.height) <= maxThickness {
                // A thin rectangle: one rule along its middle.
                let along = b.width >= b.height
                guard surface.standsOut(f.color, from: along ? (b.x0, b.midY) : (b.midX, b.y0), to: along ? (b.x1, b.midY) : (b.midX, b.y1),
                                        below: f.order, minContrast: minContrast, halfWidth: min(b.width, b.height) / 2) else { continue }
                pieces.append(b.width >= b.height
                    ? Ruling(.horizontal, at: b.midY, from: b.x0, to: b.x1)
                    : Ruling(.vertical, at: b.midX, from: b.y0, to: b.y1))
            } else {
                pieces += surface.visibleEdges(of: f, minContrast: minContrast)
            }
        }
        pieces += Self.imagePieces(graphics.images, maxThickness: maxImageThickness)
        var rules = Self.snapAndJoin(pieces.filter { $0.orientation == .horizontal }, snap: snapTolerance, join: joinTolerance)
            + Self.snapAndJoin(pieces.filter { $0.orientation == .vertical }, snap: snapTolerance, join: joinTolerance)
        rules = rules.filter { $0.length >= minLength }
        rules = RasterRulings.removingGlyphStrokes(rules, words: words)
        rules = Self.removingUnderlines(rules, words: words)
        rules = Self.removingPageFrame(rules, words: words, width: width, height: height, tolerance: joinTolerance)
        // The bars' plot ends short of their baseline: the axis there may be the top rule of
        // the chart's data table.
        let barPlots = bars.map { b -> Rect in
            var box = b.box
            if b.vertical { box.y1 -= joinTolerance + 0.5 } else { box.x0 += joinTolerance + 0.5 }
            return box
        }
        rules = Self.removingCharts(rules, graphics: graphics, tolerance: joinTolerance, plots: barPlots)
        return rules.sorted { ($0.orientation == .horizontal ? 0 : 1, $0.position, $0.start)
            < ($1.orientation == .horizontal ? 0 : 1, $1.position, $1.start) }
    }

    /// Horizontal or vertical (within a small slant), or nil for a diagonal.
    static func orientation(_ s: Stroke) -> Ruling.Orientation? {
        let dx = abs(s.x1 - s.x0), dy = abs(s.y1 - s.y0)
        if dy <= max(0.5, dx * 0.02), dx > 0 { return .horizontal }
        if dx <= max(0.5, dy * 0.02), dy > 0 { return .vertical }
        return nil
    }

    /// Positions within `snap` of each other become their mean; then collinear pieces whose
    /// gap is at most `join` become one rule.
    static func snapAndJoin(_ pieces: [Ruling], snap: Double, join: Double) -> [Ruling] {
        guard !pieces.isEmpty else { return [] }
        let sorted = pieces.sorted { $0.position < $1.position }
        var out: [Ruling] = []
        var group: [Ruling] = []
        func flush() {
            guard !group.isEmpty else { return }
            // Mean weighted by length: a long rule keeps its place, a stray piece moves to it.
            let total = group.reduce(0) { $0 + max($1.length, 0.1) }
            let position = group.reduce(0) { $0 + $1.position * max($1.length, 0.1) } / total
            let bySpan = group.sorted { $0.start < $1.start }
            var current = bySpan[0]
            current.position = position
            for r in bySpan.dropFirst() {
                if r.start <= current.end + join { current.end = max(current.end, r.end) }
                else { out.append(current); current = r; current.position = position }
            }
            out.append(current)
            group = []
        }
        for r in sorted {
            if let first = group.first, r.position - first.position > snap { flush() }
            group.append(r)
        }
        flush()
        return out
    }

    /// Drops underlines: a horizontal rule just under the bottom of words that cover most of
    /// it and that it hardly outruns (a rule under a table row spans its cells, not its words).
    static func removingUnderlines(_ rules: [Ruling], words: [Word]) -> [Ruling] {
        guard !words.isEmpty else { return rules }
        // Words by their bottom edge: a rule only looks at the words whose bottom is near it.
        let byBottom = words.sorted { $0.box.y1 < $1.box.y1 }
        let bottoms = byBottom.map(\.box.y1)
        let tallest = words.map(\.box.height).max() ?? 0
        return rules.filter { r in
            guard r.orientation == .horizontal else { return true }
            var covered = 0.0
            var lo = Double.infinity, hi = -Double.infinity
            var lower = 0, upper = bottoms.count
            while lower < upper { let m = (lower + upper) / 2; if bottoms[m] < r.position - 2.5 { lower = m + 1 } else { upper = m } }
            for w in byBottom[lower...] {
                if w.box.y1 > r.position + tallest * 0.3 { break }
                guard w.box.x1 > r.start, w.box.x0 < r.end else { continue }
                let b = w.box
                guard r.position >= b.y1 - b.height * 0.3, r.position <= b.y1 + 2.5 else { continue }
                covered += max(0, min(b.x1, r.end) - max(b.x0, r.start))
                lo = min(lo, b.x0); hi = max(hi, b.x1)
            }
            guard covered >= r.length * 0.7 else { return true }
            let slack = max(3, r.length * 0.05)
            return r.start < lo - slack || r.end > hi + slack
        }
    }

    /// Drops the axes and grid lines of charts: a connected set of rules whose box holds a
    /// large curved or slanted path (a data line, a pie) or a large non-rectangular shape.
    /// A table holds text, never such a path. (A path as large as the box itself is a
    /// rounded frame around a table, not a chart.) A chart's data table drawn under (or
    /// over) its plot and joined to it by the category lines is kept: the rules beyond the
    /// plot's extent, when they still form a grid of several columns, are that table.
    /// A frame around a picture (a chart pasted as an image), with no rule crossing the
    /// picture, is a figure's frame and is dropped too. `plots` adds the boxes of bar
    /// groups (`ChartAreas.bars`), which are filled rectangles rather than paths.
    static func removingCharts(_ rules: [Ruling], graphics: PageGraphics, tolerance t: Double,
                               plots barPlots: [Rect] = []) -> [Ruling] {
        var paths: [Int: Rect] = [:]
        for s in graphics.strokes where s.curved || orientation(s) == nil {
            let b = Rect(x0: min(s.x0, s.x1), y0: min(s.y0, s.y1), x1: max(s.x0, s.x1), y1: max(s.y0, s.y1))
            paths[s.order] = paths[s.order].map { $0.union(b) } ?? b
        }
        var shapes = Array(paths.values)
        shapes += graphics.fills.filter { !$0.isRect }.map(\.box)
        shapes += barPlots
        guard !shapes.isEmpty || !graphics.images.isEmpty, rules.count <= 4000 else { return rules }
        let components = connected(rules, tolerance: t)
        var drop = Set<Int>()
        var kept: [Ruling] = []
        for component in components {
            var box = rules[component[0]].box
            for i in component.dropFirst() { box = box.union(rules[i].box) }
            let size = max(box.width, box.height)
            let plots = shapes.filter { p in
                p.midX >= box.x0 - t && p.midX <= box.x1 + t && p.midY >= box.y0 - t && p.midY <= box.y1 + t
                    && max(p.width, p.height) >= size * 0.25
                    && !(p.width >= box.width * 0.9 && p.height >= box.height * 0.9)
            }
            if let first = plots.first {
                drop.formUnion(component)
                let plot = plots.dropFirst().reduce(first) { $0.union($1) }
                kept += gridBeside(plot: plot, rules: component.map { rules[$0] }, tolerance: t)
            } else if framesPicture(box: box, rules: component.map { rules[$0] }, images: graphics.images, tolerance: t) {
                drop.formUnion(component)
            }
        }
        return drop.isEmpty ? rules : rules.indices.filter { !drop.contains($0) }.map { rules[$0] } + kept
    }

    /// The rules of a chart's component above or below its plot: horizontals wholly beyond
    /// the plot's rows, verticals cut where they enter it. Kept only when they make a grid
    /// of at least two rows and two columns (an axis with its ticks, or gridlines under a
    /// data line framed by the plot's two sides, do not).
    static func gridBeside(plot: Rect, rules: [Ruling], tolerance t: Double) -> [Ruling] {
        // A plot spans the width of its data table; shapes in a few columns of a table
        // (a flowchart drawn in an SOP's cells) are not a plot beside a table.
        var box = rules[0].box
        for r in rules.dropFirst() { box = box.union(r.box) }
        guard plot.width >= box.width * 0.5 else { return [] }
        var out: [Ruling] = []
        for part in [(lo: -Double.infinity, hi: plot.y0 - t), (lo: plot.y1 + t, hi: Double.infinity)] {
            let hs = rules.filter { $0.orientation == .horizontal && $0.position > part.lo && $0.position < part.hi }
            guard hs.count >= 2 else { continue }
            let top = hs.map(\.position).min()!, bottom = hs.map(\.position).max()!
            let vs: [Ruling] = rules.compactMap { r in
                guard r.orientation == .vertical else { return nil }
                var c = r
                c.start = max(r.start, part.lo, top); c.end = min(r.end, part.hi, bottom)
                guard c.end - c.start >= (bottom - top) * 0.5, c.end - c.start >= 4 else { return nil }
                // A column line meets at least two of the rows' rules (a frame's side cut at
                // the plot meets only the frame's top).
                let meets = hs.filter { h in
                    c.position >= h.start - t && c.position <= h.end + t && h.position >= c.start - t && h.position <= c.end + t
                }
                return meets.count >= 2 ? c : nil
            }
            guard Set(vs.map { Int(clampingFinite: ($0.position / max(t, 0.5)).rounded()) }).count >= 3 else { continue }
            out += hs + vs
        }
        return out
    }

    /// A connected set of rules around a picture that fills at least a quarter of its box,
    /// with no rule running across the picture (a table drawn over an image crosses it).
    static func framesPicture(box: Rect, rules: [Ruling], images: [Rect], tolerance t: Double) -> Bool {
        guard box.width > 0, box.height > 0 else { return false }
        return images.contains { img in
            let inner = Rect(x0: max(img.x0, box.x0), y0: max(img.y0, box.y0), x1: min(img.x1, box.x1), y1: min(img.y1, box.y1))
            guard inner.width > 0, inner.height > 0, inner.width * inner.height >= box.width * box.height * 0.25 else { return false }
            return !rules.contains { r in
                switch r.orientation {
                case .horizontal:
                    return r.position > inner.y0 + t && r.position < inner.y1 - t
                        && min(r.end, inner.x1) - max(r.start, inner.x0) > inner.width * 0.5
                case .vertical:
                    return r.position > inner.x0 + t && r.position < inner.x1 - t
                        && min(r.end, inner.y1) - max(r.start, inner.y0) > inner.height * 0.5
                }
            }
        }
    }

    /// Groups of rules that touch or cross (indices into `rules`).
    static func connected(_ rules: [Ruling], tolerance t: Double) -> [[Int]] {
        var parent = Array(rules.indices)
        func find(_ i: Int) -> Int { var i = i; while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }; return i }
        let hs = rules.indices.filter { rules[$0].orientation == .horizontal }
        let vs = rules.indices.filter { rules[$0].orientation == .vertical }
        for h in hs {
            for v in vs {
                let a = rules[h], b = rules[v]
                if b.position >= a.start - t, b.position <= a.end + t, a.position >= b.start - t, a.position <= b.end + t {
                    let ra = find(h), rb = find(v)
                    if ra != rb { parent[ra] = rb }
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        var order: [Int] = []
        for i in rules.indices {
            let r = find(i)
            if groups[r] == nil { order.append(r) }
            groups[r, default: []].append(i)
        }
        return order.map { groups[$0]! }
    }

    /// Drops a decorative frame around the whole page: four rules enclosing every word,
    /// spanning most of the page, with no rule inside running from one side to the other
    /// (when one does, the frame is the border of a table that fills the page).
    static func removingPageFrame(_ rules: [Ruling], words: [Word], width: Double, height: Double,
                                  tolerance t: Double) -> [Ruling] {
        let hs = rules.filter { $0.orientation == .horizontal && $0.length >= width * 0.6 }
        let vs = rules.filter { $0.orientation == .vertical && $0.length >= height * 0.6 }
        guard let top = hs.min(by: { $0.position < $1.position }), let bottom = hs.max(by: { $0.position < $1.position }),
              let left = vs.min(by: { $0.position < $1.position }), let right = vs.max(by: { $0.position < $1.position }),
              bottom.position - top.position >= height * 0.6, right.position - left.position >= width * 0.6 else { return rules }
        let frame = Rect(x0: left.position, y0: top.position, x1: right.position, y1: bottom.position)
        let inside = words.filter { $0.box.midX > frame.x0 && $0.box.midX < frame.x1 && $0.box.midY > frame.y0 && $0.box.midY < frame.y1 }
        guard !words.isEmpty, Double(inside.count) >= Double(words.count) * 0.9 else { return rules }
        let frameRules = [top, bottom, left, right]
        let crossing = rules.contains { r in
            guard !frameRules.contains(r) else { return false }
            switch r.orientation {
            case .horizontal:
                return r.position > frame.y0 + t && r.position < frame.y1 - t && r.start <= frame.x0 + t && r.end >= frame.x1 - t
            case .vertical:
                return r.position > frame.x0 + t && r.position < frame.x1 - t && r.start <= frame.y0 + t && r.end >= frame.y1 - t
            }
        }
        if crossing { return rules }
        return rules.filter { !frameRules.contains($0) }
    }
}

extension Ruling {
    /// The rule as a (zero-width) rectangle.
    var box: Rect {
        orientation == .horizontal ? Rect(x0: start, y0: position, x1: end, y1: position)
            : Rect(x0: position, y0: start, x1: position, y1: end)
    }
}

/// The fills of a page, to ask what colour shows at a point (the topmost fill there, or
/// white paper) and where a fill's edge meets a different colour.
struct Surface {
    private let fills: [Fill]
    /// Fills by horizontal band of `band` points, for quick lookups.
    private let bands: [[Int]]
    private let band = 24.0

    init(fills: [Fill]) {
        self.fills = fills.sorted { $0.order < $1.order }
        var maxY = 0.0
        for f in self.fills { maxY = max(maxY, f.box.y1) }
        let count = Int(min(4096, max(1, (maxY / band).rounded(.down) + 1)))
        var bands = Array(repeating: [Int](), count: count)
        for (i, f) in self.fills.enumerated() {
            let a = min(count - 1, Self.bandIndex(f.box.y0, band: band, limit: count))
            let b = min(count - 1, Self.bandIndex(f.box.y1, band: band, limit: count))
            for k in a...b { bands[k].append(i) }
        }
        self.bands = bands
    }

    /// The band of `y`, at most `limit`: clamped before the conversion to Int, which traps
    /// on a coordinate far off the page (a hostile PDF draws at 1e300).
    private static func bandIndex(_ y: Double, band: Double, limit: Int) -> Int {
        let k = (max(0, y) / band).rounded(.down)
        return k < Double(limit) ? Int(k) : limit
    }

    private func candidates(_ y: Double) -> [Int] {
        guard !bands.isEmpty else { return [] }
        let k = Self.bandIndex(y, band: band, limit: bands.count)
        return k < bands.count ? bands[k] : []
    }

    /// Index of the topmost fill containing (x, y) painted before `order` (any, when nil).
    private func top(atX x: Double, y: Double, below order: Int? = nil) -> Int? {
        var best: Int? = nil
        for i in candidates(y) {
            let f = fills[i]
            if let order, f.order >= order { continue }
            let b = f.box
            if x >= b.x0, x <= b.x1, y >= b.y0, y <= b.y1 { best = i }   // sorted by order: last wins
        }
        return best
    }

    /// The colour showing at (x, y) under whatever is painted at `order`.
    func color(atX x: Double, y: Double, below order: Int) -> RGBColor {
        top(atX: x, y: y, below: order).map { fills[$0].color } ?? .white
    }

    /// Whether a rule of `color` from `a` to `b`, painted at `order`, stands out from what lies
    /// under it: at its middle, or else at most of a few points along it (a rule whose middle
    /// happens to lie on a crossing rule of its own colour is still seen everywhere else).
    /// A rule of the colour under it still marks a boundary when the colours seen on its two
    /// sides differ: a dark rule along the edge of a dark band is that band's edge
    /// (`halfWidth`: half the rule's thickness, to look just beyond it).
    func standsOut(_ color: RGBColor, from a: (Double, Double), to b: (Double, Double), below order: Int,
                   minContrast: Double, halfWidth: Double = 0) -> Bool {
        func point(_ t: Double) -> (Double, Double) { (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t) }
        func at(_ t: Double) -> Bool {
            let p = point(t)
            return color.distance(to: self.color(atX: p.0, y: p.1, below: order)) >= minContrast
        }
        if at(0.5) { return true }
        if [0.1, 0.3, 0.7, 0.9].filter(at).count >= 3 { return true }
        let horizontal = abs(b.1 - a.1) <= abs(b.0 - a.0)
        let off = halfWidth + 0.5
        func edge(_ t: Double) -> Bool {
            let p = point(t)
            let one = horizontal ? visible(atX: p.0, y: p.1 - off) : visible(atX: p.0 - off, y: p.1)
            let two = horizontal ? visible(atX: p.0, y: p.1 + off) : visible(atX: p.0 + off, y: p.1)
            // As for a band's own edges: its side opening onto bare paper is no column boundary.
            if !horizontal, one.index == nil || two.index == nil { return false }
            return one.color.distance(to: two.color) >= minContrast
        }
        return [0.3, 0.5, 0.7].filter(edge).count >= 2
    }

    private func visible(atX x: Double, y: Double) -> (index: Int?, color: RGBColor) {
        let i = top(atX: x, y: y)
        return (i, i.map { fills[$0].color } ?? .white)
    }

    /// The parts of a fill's four edges where it shows on its side and a different colour
    /// shows on the other: boundaries a reader sees.
    /// Widest white gap between two fills that still reads as a boundary between cells.
    static let gapLimit = 4.0

    func visibleEdges(of fill: Fill, minContrast: Double) -> [Ruling] {
        let b = fill.box
        let e = 0.3   // how far to either side of the edge the colours are read
        var out: [Ruling] = []
        for (orientation, position, start, end, outward) in [
            (Ruling.Orientation.horizontal, b.y0, b.x0, b.x1, -1.0), (.horizontal, b.y1, b.x0, b.x1, 1.0),
            (.vertical, b.x0, b.y0, b.y1, -1.0), (.vertical, b.x1, b.y0, b.y1, 1.0),
        ] {
            // Break the edge where another fill's side crosses it; judge each part at its middle.
            var cuts = [start, end]
            let near = nearby(orientation, position, start, end, margin: e)
            for o in near {
                let ob = fills[o].box
                let (s0, s1) = orientation == .horizontal ? (ob.x0, ob.x1) : (ob.y0, ob.y1)
                if s0 > start, s0 < end { cuts.append(s0) }
                if s1 > start, s1 < end { cuts.append(s1) }
            }
            cuts.sort()
            var open: Ruling? = nil
            for (a, c) in zip(cuts, cuts.dropFirst()) where c - a > 0.01 {
                let m = (a + c) / 2
                let (inX, inY, outX, outY) = orientation == .horizontal
                    ? (m, position - outward * e, m, position + outward * e)
                    : (position - outward * e, m, position + outward * e, m)
                let inside = visible(atX: inX, y: inY), outside = visible(atX: outX, y: outY)
                let shows = inside.index.map { fills[$0].order == fill.order && fills[$0].box == fill.box } ?? false
                // The side of a shaded band that opens onto bare paper (a zebra row's end, a
                // shaded column's edge) is not a column boundary: columns are seen in the text.
                // Across a narrow gap to another fill it is one (cells parted by white gaps).
                let openSide = orientation == .vertical && outside.index == nil
                    && !stride(from: 1.0, through: Self.gapLimit, by: 1).contains { d in
                        top(atX: position + outward * (e + d), y: m) != nil
                    }
                if shows, !openSide, inside.color.distance(to: outside.color) >= minContrast {
                    if var r = open, r.end >= a - 0.01 { r.end = c; open = r }
                    else { if let r = open { out.append(r) }; open = Ruling(orientation, at: position, from: a, to: c) }
                }
            }
            if let r = open { out.append(r) }
        }
        return out
    }

    /// Fills touching the strip around an edge.
    private func nearby(_ o: Ruling.Orientation, _ position: Double, _ start: Double, _ end: Double, margin: Double) -> [Int] {
        let (y0, y1) = o == .horizontal ? (position - margin, position + margin) : (start, end)
        let (x0, x1) = o == .horizontal ? (start, end) : (position - margin, position + margin)
        guard !bands.isEmpty else { return [] }
        let a = min(bands.count - 1, Self.bandIndex(y0, band: band, limit: bands.count))
        let b = max(a, min(bands.count - 1, Self.bandIndex(y1, band: band, limit: bands.count)))
        var out: [Int] = []
        for k in a...b {
            for i in bands[k] {
                let fb = fills[i].box
                // A fill listed in several bands is taken in the first one of the range.
                if k > a, Self.bandIndex(fb.y0, band: band, limit: bands.count) < k { continue }
                if fb.x1 >= x0, fb.x0 <= x1, fb.y1 >= y0, fb.y0 <= y1 { out.append(i) }
            }
        }
        return out
    }
}
