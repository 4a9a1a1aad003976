import KinerjaModel

/// Finds table rules in a raster of the page: long, thin, dark runs.
///
/// Born-digital tables draw their rules as strokes or thin filled rectangles; rendering the
/// page at low resolution and looking for long dark runs finds both, without parsing the
/// content stream. Text never makes a run this long and thin; an underline does, and it is
/// harmless (it never closes a grid on its own).
public struct RasterRulings: Sendable {
    /// A pixel darker than this is ink.
    public var darkThreshold: UInt8 = 170
    /// Shortest rule, in points.
    public var minLength: Double = 10
    /// Thickest rule, in points (thicker dark areas are fills, not rules).
    public var maxThickness: Double = 3.5
    /// Breaks shorter than this (points) inside a rule are bridged (dashes, JPEG, joins).
    public var maxGap: Double = 1.5

    public init() {}

    /// Rules found in `image`, which shows the page at `scale` pixels per point.
    /// Rules are read twice: in the image paired across their direction (`pairedAcross`),
    /// which finds a thin rule that fell between two pixel lines, and in the image as
    /// rendered, where a scan's thick, skewed border (a pixel thicker once paired, then
    /// passing for a blob) still reads as a rule. The second reading only adds what the
    /// first did not find.
    public func find(in image: GrayImage, scale: Double) -> [Ruling] {
        var out: [Ruling] = []
        for horizontal in [true, false] {
            let plain = runs(in: image.pixels, width: image.width, height: image.height, scale: scale,
                             horizontal: horizontal, paired: false)
            let paired = runs(in: Self.pairedAcross(image, horizontal: horizontal), width: image.width,
                              height: image.height, scale: scale, horizontal: horizontal, paired: true)
            out += paired + Self.adding(plain, to: paired, tolerance: 1.5, minLength: minLength)
        }
        return out
    }

    /// The rules of `extra` that `rules` do not already show: each part of an extra rule
    /// that no rule within `tolerance` of its position covers, kept when long enough.
    static func adding(_ extra: [Ruling], to rules: [Ruling], tolerance: Double, minLength: Double) -> [Ruling] {
        let sorted = rules.sorted { $0.position < $1.position }
        let positions = sorted.map(\.position)
        var out: [Ruling] = []
        for e in extra {
            var lo = 0, hi = positions.count
            while lo < hi { let m = (lo + hi) / 2; if positions[m] < e.position - tolerance { lo = m + 1 } else { hi = m } }
            var spans: [(Double, Double)] = []
            var k = lo
            while k < sorted.count, sorted[k].position <= e.position + tolerance {
                spans.append((sorted[k].start, sorted[k].end)); k += 1
            }
            spans.sort { $0.0 < $1.0 }
            var from = e.start
            for (a, b) in spans where b > from {
                if a > from, min(a, e.end) - from >= minLength {
                    var piece = e; piece.start = from; piece.end = min(a, e.end); out.append(piece)
                }
                from = max(from, b)
                if from >= e.end { break }
            }
            if e.end - from >= minLength { var piece = e; piece.start = from; out.append(piece) }
        }
        return out
    }

    private struct Run { var line: Int; var start: Int; var end: Int }  // pixel coords, end exclusive

    /// The image with each pixel combined with its neighbour across a rule's direction (the
    /// next row for horizontal rules, the next column for vertical ones): the ink of both,
    /// added. A thin rule that falls between two pixel lines (a scan's line, downsampled)
    /// renders as two light lines, neither dark enough alone; added, they are as dark as the
    /// rule. A pixel dark on its own stays dark; every rule reads one pixel thicker (`merge`
    /// takes that off), which can still push a thick border with a light fringe past the
    /// thickest rule (`find` keeps what the image as rendered shows for that).
    static func pairedAcross(_ img: GrayImage, horizontal: Bool) -> [UInt8] {
        let w = img.width, h = img.height
        var out = [UInt8](repeating: 255, count: w * h)
        img.pixels.withUnsafeBufferPointer { px in
            out.withUnsafeMutableBufferPointer { o in
                for y in 0..<h {
                    let row = y * w
                    for x in 0..<w {
                        let next: Int
                        if horizontal { next = y + 1 < h ? Int(px[row + w + x]) : 255 }
                        else { next = x + 1 < w ? Int(px[row + x + 1]) : 255 }
                        o[row + x] = UInt8(max(0, Int(px[row + x]) + next - 255))
                    }
                }
            }
        }
        return out
    }

    private func runs(in pixels: [UInt8], width w: Int, height h: Int, scale: Double, horizontal: Bool,
                      paired: Bool) -> [Ruling] {
        let minLen = Int(clampingFinite: minLength * scale)
        let gap = max(1, Int(clampingFinite: maxGap * scale))
        var found: [Run] = []
        pixels.withUnsafeBufferPointer { px in
            if horizontal {
                for y in 0..<h {
                    var runStart = -1, lastDark = -1
                    let row = y * w
                    for x in 0..<w where px[row + x] < darkThreshold {
                        if runStart < 0 || x - lastDark - 1 > gap {
                            if runStart >= 0, lastDark + 1 - runStart >= minLen {
                                found.append(Run(line: y, start: runStart, end: lastDark + 1))
                            }
                            runStart = x
                        }
                        lastDark = x
                    }
                    if runStart >= 0, lastDark + 1 - runStart >= minLen {
                        found.append(Run(line: y, start: runStart, end: lastDark + 1))
                    }
                }
            } else {
                // Vertical runs, still reading the image row by row (cache-friendly):
                // one open run per column.
                var runStart = [Int](repeating: -1, count: w)
                var lastDark = [Int](repeating: -1, count: w)
                for y in 0..<h {
                    let row = y * w
                    for x in 0..<w where px[row + x] < darkThreshold {
                        if runStart[x] < 0 || y - lastDark[x] - 1 > gap {
                            if runStart[x] >= 0, lastDark[x] + 1 - runStart[x] >= minLen {
                                found.append(Run(line: x, start: runStart[x], end: lastDark[x] + 1))
                            }
                            runStart[x] = y
                        }
                        lastDark[x] = y
                    }
                }
                for x in 0..<w where runStart[x] >= 0 && lastDark[x] + 1 - runStart[x] >= minLen {
                    found.append(Run(line: x, start: runStart[x], end: lastDark[x] + 1))
                }
                found.sort { ($0.line, $0.start) < ($1.line, $1.start) }
            }
        }
        return merge(found, scale: scale, horizontal: horizontal, paired: paired)
    }

    /// Joins runs on adjacent pixel lines that overlap into one rule; drops thick blobs.
    /// Runs from the paired image (`pairedAcross`): a group of lines `first...last` there is
    /// ink on lines `first...last + 1` less the one line the pairing adds.
    private func merge(_ runs: [Run], scale: Double, horizontal: Bool, paired: Bool) -> [Ruling] {
        struct Group { var first: Int; var last: Int; var start: Int; var end: Int }
        var open: [Group] = []
        var done: [Group] = []
        var i = 0
        let sorted = runs  // already ordered by line
        while i < sorted.count {
            let line = sorted[i].line
            var j = i
            var next: [Group] = []
            var used = Array(repeating: false, count: open.count)
            while j < sorted.count, sorted[j].line == line {
                let r = sorted[j]
                var matched = false
                for (k, g) in open.enumerated() where !used[k] && g.last == line - 1 {
                    let overlap = min(g.end, r.end) - max(g.start, r.start)
                    if overlap > (min(g.end - g.start, r.end - r.start)) / 2 {
                        used[k] = true
                        next.append(Group(first: g.first, last: line, start: min(g.start, r.start), end: max(g.end, r.end)))
                        matched = true
                        break
                    }
                }
                if !matched { next.append(Group(first: line, last: line, start: r.start, end: r.end)) }
                j += 1
            }
            for (k, g) in open.enumerated() where !used[k] { done.append(g) }
            open = next
            i = j
        }
        done.append(contentsOf: open)
        let maxThick = max(1, Int(clampingFinite: maxThickness * scale))
        return done.compactMap { g in
            let thickness = paired ? max(1, g.last - g.first) : g.last - g.first + 1
            guard thickness <= maxThick else { return nil }
            let pos = (Double(g.first + g.last + (paired ? 2 : 1)) / 2) / scale
            return Ruling(horizontal ? .horizontal : .vertical, at: pos,
                          from: Double(g.start) / scale, to: Double(g.end) / scale)
        }.sorted { ($0.position, $0.start) < ($1.position, $1.start) }
    }
}

extension RasterRulings {
    /// Drops "rules" that run through words: strokes of large or bold glyphs, not table
    /// rules, which always lie between lines of text. (Underlines sit at a word's bottom
    /// edge and survive; they never close a grid on their own.)
    public static func removingGlyphStrokes(_ rulings: [Ruling], words: [Word]) -> [Ruling] {
        guard !words.isEmpty else { return rulings }
        let byTop = words.sorted { $0.box.y0 < $1.box.y0 }
        let tops = byTop.map(\.box.y0)
        let tallest = words.map(\.box.height).max() ?? 0
        return rulings.filter { r in
            var inside = 0.0
            switch r.orientation {
            case .horizontal:
                // Only words whose top lies within one word height above the rule can contain it.
                var i = lowerBound(tops, r.position - tallest)
                while i < byTop.count, byTop[i].box.y0 < r.position {
                    let b = byTop[i].box
                    let inset = b.height * 0.2
                    if r.position > b.y0 + inset, r.position < b.y1 - inset {
                        inside += max(0, min(b.x1, r.end) - max(b.x0, r.start))
                    }
                    i += 1
                }
            case .vertical:
                var i = lowerBound(tops, r.start - tallest)
                while i < byTop.count, byTop[i].box.y0 < r.end {
                    let b = byTop[i].box
                    let inset = min(b.width * 0.2, 1)
                    if r.position > b.x0 + inset, r.position < b.x1 - inset {
                        inside += max(0, min(b.y1, r.end) - max(b.y0, r.start))
                    }
                    i += 1
                }
            }
            return inside < r.length * 0.5
        }
    }

    private static func lowerBound(_ a: [Double], _ x: Double) -> Int {
        var lo = 0, hi = a.count
        while lo < hi { let m = (lo + hi) / 2; if a[m] < x { lo = m + 1 } else { hi = m } }
        return lo
    }
}
