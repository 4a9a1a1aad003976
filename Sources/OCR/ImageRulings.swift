import KinerjaModel

/// Table rules found in a raster: long thin dark runs, horizontal and vertical.
///
/// The image is binarised with one global (Otsu) threshold. Every row (for horizontal
/// rules) and every column (for vertical ones) is cut into dark runs; runs separated by
/// small breaks (JPEG blur, a scanner's dropout) are bridged as long as the bridged run
/// stays mostly dark. Runs on neighbouring rows that overlap become one band; a band that
/// is long (a few percent of the page) and thin (a few pixels on average) is a rule.
/// Text does not qualify: a row through a line of text is mostly light, and where it is
/// not (the tops of capitals) the dark stretch is as short as a word.
///
/// Work on the upright, deskewed image (a residual tilt of a degree still works: the
/// band then spans several rows and its average thickness stays small).
public enum ImageRulings {
    public struct Options: Sendable, Hashable {
        /// A rule is at least this fraction of the page's extent along it (width for
        /// horizontal rules, height for vertical ones).
        public var minLengthFraction: Double
        /// Largest average thickness of a rule, in points (table rules are 0.5–1.5 pt).
        public var maxThickness: Double
        /// Breaks up to this long (points) are bridged.
        public var maxGap: Double
        /// A bridged run must be at least this fraction dark.
        public var minCoverage: Double
        /// Pixels darker than this are ink; nil = Otsu's threshold of the image.
        public var threshold: Int?
        /// Largest fraction of ink allowed on the lines just either side of a rule (the
        /// tops of a line of capitals make a long thin run too, but with strokes below).
        public var maxSideInk: Double
        /// Also look for rules that wander a pixel sideways all along (a thin rule on a
        /// cheap scanner): no single row or column holds enough of them (see `wandering`).
        public var findWanderingRules: Bool

        public init(minLengthFraction: Double = 0.04, maxThickness: Double = 3.0, maxGap: Double = 2.5,
                    minCoverage: Double = 0.8, threshold: Int? = nil, maxSideInk: Double = 0.15,
                    findWanderingRules: Bool = true) {
            self.minLengthFraction = minLengthFraction; self.maxThickness = maxThickness
            self.maxGap = maxGap; self.minCoverage = minCoverage; self.threshold = threshold
            self.maxSideInk = maxSideInk; self.findWanderingRules = findWanderingRules
        }
    }

    /// A rule in pixel space.
    public struct Rule: Sendable, Hashable {
        public var orientation: Ruling.Orientation
        /// Centre row (horizontal) or column (vertical), in pixels.
        public var position: Double
        /// First and last pixel along the rule.
        public var start: Int
        public var end: Int
        /// Average thickness in pixels.
        public var thickness: Double
        /// Lowest and highest row (column) the rule's runs touch — more than its
        /// thickness when the rule is slightly tilted.
        public var across: ClosedRange<Int>
        /// The dark runs the rule is made of (for erasing exactly its pixels).
        var runs: [Segment] = []

        public var length: Int { end - start + 1 }
    }

    /// The rulings of a page image, in page points (origin top-left).
    /// The image is taken to cover the whole page (`pageWidth` x `pageHeight` points).
    public static func rulings(in image: GrayImage, pageWidth: Double, pageHeight: Double,
                               options: Options = Options()) -> [Ruling] {
        guard image.width > 0, image.height > 0, pageWidth > 0, pageHeight > 0 else { return [] }
        let sx = pageWidth / Double(image.width), sy = pageHeight / Double(image.height)
        let rules = detect(in: image, pixelsPerPoint: Double(image.width) / pageWidth, options: options)
        return rules.map { toPoints($0, sx: sx, sy: sy) }
    }

    static func toPoints(_ r: Rule, sx: Double, sy: Double) -> Ruling {
        switch r.orientation {
        case .horizontal:
            return Ruling(.horizontal, at: (r.position + 0.5) * sy, from: Double(r.start) * sx, to: Double(r.end + 1) * sx)
        case .vertical:
            return Ruling(.vertical, at: (r.position + 0.5) * sx, from: Double(r.start) * sy, to: Double(r.end + 1) * sy)
        }
    }

    /// Otsu's global threshold: pixels `< threshold` are ink.
    public static func otsuThreshold(_ image: GrayImage) -> Int {
        var hist = [Int](repeating: 0, count: 256)
        image.pixels.withUnsafeBufferPointer { p in
            for v in p { hist[Int(v)] += 1 }
        }
        let total = Double(image.pixels.count)
        guard total > 0 else { return 128 }
        var sumAll = 0.0
        for i in 0..<256 { sumAll += Double(i) * Double(hist[i]) }
        var sumB = 0.0, wB = 0.0, best = -1.0, threshold = 128
        for t in 0..<256 {
            wB += Double(hist[t])
            if wB == 0 { continue }
            let wF = total - wB
            if wF == 0 { break }
            sumB += Double(t) * Double(hist[t])
            let mB = sumB / wB, mF = (sumAll - sumB) / wF
            let between = wB * wF * (mB - mF) * (mB - mF)
            if between > best { best = between; threshold = t + 1 }
        }
        return threshold
    }

    /// The rules of `image` in pixel space. `pixelsPerPoint` converts the point-valued
    /// options (300 dpi = 300/72).
    public static func detect(in image: GrayImage, pixelsPerPoint: Double, options: Options = Options()) -> [Rule] {
        guard image.width > 1, image.height > 1 else { return [] }
        let threshold = UInt8(clamping: options.threshold ?? otsuThreshold(image))
        var rules = candidates(in: image, threshold: threshold, pixelsPerPoint: pixelsPerPoint, options: options)
        if options.findWanderingRules {
            rules = wandering(rules, in: image, threshold: threshold, pixelsPerPoint: pixelsPerPoint, options: options)
        }
        let clearance = max(2, Int((0.6 * pixelsPerPoint).rounded()))
        return rules.filter { r in
            let (a, b) = sideInk(r, in: image, threshold: threshold, distance: clearance)
            return max(a, b) <= options.maxSideInk
        }.sorted { ($0.orientation == .horizontal ? 0 : 1, $0.position, $0.start) < ($1.orientation == .horizontal ? 0 : 1, $1.position, $1.start) }
    }

    /// Rules a thin scanned rule makes when it wanders a pixel either way along its
    /// length (the scanner's jitter; seen on a ruled Perjanjian Kinerja whose rule
    /// between Indikator and Target went unseen in the header, so the header's two titles
    /// read as one). Each column then holds the rule only in short broken stretches, too
    /// short or too patchy to be a run. Read on a copy of the page where every pixel takes
    /// the darkest of itself and its two neighbours across the rule's direction, the
    /// wandering rule is one solid run again. Such a rule replaces the rules of the plain
    /// reading it covers when it adds length they lack (`wanderingGain`); it is not taken
    /// where the plain reading already has the whole length — the widened copy would
    /// fuse a double border into one rule.
    static func wandering(_ plain: [Rule], in image: GrayImage, threshold: UInt8, pixelsPerPoint: Double,
                          options: Options) -> [Rule] {
        var out = plain
        let gain = max(8, Int((wanderingGain * pixelsPerPoint).rounded()))
        for orientation in [Ruling.Orientation.horizontal, .vertical] {
            let widened = darkestAcross(image, orientation: orientation)
            let loose = candidates(in: widened, threshold: threshold, pixelsPerPoint: pixelsPerPoint, options: options,
                                   orientations: [orientation])
            for d in loose {
                // The plain rules lying along `d`: on its band and overlapping its extent.
                let along = out.indices.filter { k in
                    let r = out[k]
                    return r.orientation == orientation
                        && r.position >= Double(d.across.lowerBound - 1) && r.position <= Double(d.across.upperBound + 1)
                        && r.start <= d.end && r.end >= d.start
                }
                // Each must lie within `d` (else `d` is not simply the longer reading).
                guard along.allSatisfy({ out[$0].start >= d.start - gain && out[$0].end <= d.end + gain }) else { continue }
                let covered = along.reduce(0) { $0 + out[$1].length }
                guard d.length - covered >= gain else { continue }
                for k in along.reversed() { out.remove(at: k) }
                out.append(d)
            }
        }
        return out
    }

    /// Length (points) a wandering rule must add to what the plain reading found there.
    static let wanderingGain = 12.0

    /// A copy of `image` where each pixel is the darkest of itself and its neighbours
    /// across `orientation` (left and right for vertical rules, above and below for
    /// horizontal ones).
    static func darkestAcross(_ image: GrayImage, orientation: Ruling.Orientation) -> GrayImage {
        let w = image.width, h = image.height
        var out = image
        image.pixels.withUnsafeBufferPointer { src in
            out.pixels.withUnsafeMutableBufferPointer { dst in
                switch orientation {
                case .vertical:
                    for y in 0..<h {
                        let row = y * w
                        for x in 0..<w {
                            var v = src[row + x]
                            if x > 0 { v = min(v, src[row + x - 1]) }
                            if x + 1 < w { v = min(v, src[row + x + 1]) }
                            dst[row + x] = v
                        }
                    }
                case .horizontal:
                    for y in 0..<h {
                        let row = y * w, up = max(0, y - 1) * w, down = min(h - 1, y + 1) * w
                        for x in 0..<w { dst[row + x] = min(src[row + x], min(src[up + x], src[down + x])) }
                    }
                }
            }
        }
        return out
    }

    /// Long thin dark bands of `image` (before the side-ink test).
    static func candidates(in image: GrayImage, threshold: UInt8, pixelsPerPoint: Double, options: Options,
                           orientations: Set<Ruling.Orientation> = [.horizontal, .vertical]) -> [Rule] {
        let w = image.width, h = image.height
        let maxGap = max(1, Int((options.maxGap * pixelsPerPoint).rounded()))
        let maxThick = max(2.0, options.maxThickness * pixelsPerPoint)
        let minLenH = max(8, Int(options.minLengthFraction * Double(w)))
        let minLenV = max(8, Int(options.minLengthFraction * Double(h)))
        // A single row's run may be shorter than the rule when the rule is tilted.
        let minSegH = max(6, min(minLenH, Int(12 * pixelsPerPoint)))
        let minSegV = max(6, min(minLenV, Int(12 * pixelsPerPoint)))

        var hSegs: [Segment] = []
        var vSegs: [Segment] = []
        image.pixels.withUnsafeBufferPointer { px in
            // Horizontal: runs along each row.
            for y in 0..<h where orientations.contains(.horizontal) {
                let row = y * w
                var start = -1, last = -1, dark = 0
                for x in 0..<w where px[row + x] < threshold {
                    if start >= 0 && x - last - 1 > maxGap {
                        emit(&hSegs, line: y, start: start, end: last, dark: dark, minLen: minSegH, minCoverage: options.minCoverage)
                        start = -1
                    }
                    if start < 0 { start = x; dark = 0 }
                    last = x; dark += 1
                }
                if start >= 0 {
                    emit(&hSegs, line: y, start: start, end: last, dark: dark, minLen: minSegH, minCoverage: options.minCoverage)
                }
            }
            // Vertical: the same along each column, scanning rows (cache friendly).
            guard orientations.contains(.vertical) else { return }
            var start = [Int32](repeating: -1, count: w)
            var last = [Int32](repeating: -1, count: w)
            var dark = [Int32](repeating: 0, count: w)
            for y in 0..<h {
                let row = y * w
                for x in 0..<w where px[row + x] < threshold {
                    if start[x] >= 0 && y - Int(last[x]) - 1 > maxGap {
                        emit(&vSegs, line: x, start: Int(start[x]), end: Int(last[x]), dark: Int(dark[x]),
                             minLen: minSegV, minCoverage: options.minCoverage)
                        start[x] = -1
                    }
                    if start[x] < 0 { start[x] = Int32(y); dark[x] = 0 }
                    last[x] = Int32(y); dark[x] += 1
                }
            }
            for x in 0..<w where start[x] >= 0 {
                emit(&vSegs, line: x, start: Int(start[x]), end: Int(last[x]), dark: Int(dark[x]),
                     minLen: minSegV, minCoverage: options.minCoverage)
            }
        }
        vSegs.sort { ($0.line, $0.start) < ($1.line, $1.start) }

        var rules: [Rule] = []
        rules += bands(hSegs, orientation: .horizontal, minLength: minLenH, maxThickness: maxThick, maxGap: maxGap)
        rules += bands(vSegs, orientation: .vertical, minLength: minLenV, maxThickness: maxThick, maxGap: maxGap)
        return rules
    }

    /// Fraction of ink on the lines just outside a rule (above and below a horizontal
    /// one, left and right of a vertical one), over the rule's extent. A table rule has
    /// white on both sides; the tops or bottoms of a line of capitals have letter
    /// strokes on one side.
    static func sideInk(_ r: Rule, in image: GrayImage, threshold: UInt8, distance: Int) -> (Double, Double) {
        let w = image.width, h = image.height
        let lines = (r.across.lowerBound - distance, r.across.upperBound + distance)
        func ink(_ line: Int) -> Double {
            var n = 0, dark = 0
            image.pixels.withUnsafeBufferPointer { px in
                switch r.orientation {
                case .horizontal:
                    guard line >= 0, line < h else { return }
                    for x in max(0, r.start)...min(w - 1, r.end) { n += 1; if px[line * w + x] < threshold { dark += 1 } }
                case .vertical:
                    guard line >= 0, line < w else { return }
                    for y in max(0, r.start)...min(h - 1, r.end) { n += 1; if px[y * w + line] < threshold { dark += 1 } }
                }
            }
            guard n > 0 else { return 0 }
            let f = Double(dark) / Double(n)
            // Solid all along: a parallel rule (a double border), not letter strokes.
            return f >= 0.9 ? 0 : f
        }
        return (ink(lines.0), ink(lines.1))
    }

    /// Paints the rules white (plus one pixel either side, for the JPEG halo) so that
    /// the recogniser does not read them as `|`, `_` or `I`.
    public static func erase(_ rules: [Rule], from image: inout GrayImage) {
        let w = image.width, h = image.height
        image.pixels.withUnsafeMutableBufferPointer { px in
            for r in rules {
                for run in r.runs {
                    // The run, widened by one pixel along and across for the JPEG halo.
                    let s = max(0, run.start - 1)
                    switch r.orientation {
                    case .horizontal:
                        let e = min(w - 1, run.end + 1)
                        guard s <= e else { continue }
                        for y in max(0, run.line - 1)...min(h - 1, run.line + 1) {
                            for x in s...e { px[y * w + x] = 255 }
                        }
                    case .vertical:
                        let e = min(h - 1, run.end + 1)
                        guard s <= e else { continue }
                        for y in s...e {
                            for x in max(0, run.line - 1)...min(w - 1, run.line + 1) { px[y * w + x] = 255 }
                        }
                    }
                }
            }
        }
    }

    // MARK: - Internals

    struct Segment: Sendable, Hashable {
        var line: Int    // row for horizontal runs, column for vertical ones
        var start: Int
        var end: Int
        var dark: Int
    }

    @inline(__always)
    private static func emit(_ out: inout [Segment], line: Int, start: Int, end: Int, dark: Int,
                             minLen: Int, minCoverage: Double) {
        let len = end - start + 1
        guard len >= minLen, Double(dark) >= minCoverage * Double(len) else { return }
        out.append(Segment(line: line, start: start, end: end, dark: dark))
    }

    private struct Band {
        var firstLine: Int
        var lastLine: Int
        var start: Int
        var end: Int
        var dark: Int
        var weightedLine: Double  // sum of line * dark
        var runs: [Segment]
        /// Extent of the runs on the band's newest line, and on the line before it.
        var tail: (Int, Int)
        var previous: (Int, Int)?

        init(_ s: Segment) {
            firstLine = s.line; lastLine = s.line; start = s.start; end = s.end; dark = s.dark
            weightedLine = Double(s.line) * Double(s.dark); tail = (s.start, s.end); previous = nil
            runs = [s]
        }

        /// Whether a run on `line` continues this band: it meets the runs of the band's
        /// newest line or of the line before. The line before counts on a new line too: a
        /// scanned rule drifts a pixel sideways now and then, and where it does, one column
        /// (row) may hold only a short stray piece of it; tested against that piece alone,
        /// the rule's next stretch would start a band of its own, lying beside the first
        /// one over their overlap — and each would then be dropped for the other's ink.
        func links(_ s: Segment, gap: Int) -> Bool {
            func overlaps(_ t: (Int, Int)) -> Bool { s.start <= t.1 + gap && s.end >= t.0 - gap }
            if let p = previous, overlaps(p) { return true }
            return overlaps(tail)
        }

        mutating func add(_ s: Segment) {
            if s.line > lastLine { previous = tail; tail = (s.start, s.end); lastLine = s.line }
            else { tail = (min(tail.0, s.start), max(tail.1, s.end)) }
            start = min(start, s.start); end = max(end, s.end)
            dark += s.dark; weightedLine += Double(s.line) * Double(s.dark)
            runs.append(s)
        }

        mutating func absorb(_ o: Band) {
            firstLine = min(firstLine, o.firstLine)
            start = min(start, o.start); end = max(end, o.end)
            dark += o.dark; weightedLine += o.weightedLine
            runs += o.runs
            if o.lastLine == lastLine { tail = (min(tail.0, o.tail.0), max(tail.1, o.tail.1)) }
            else if o.lastLine > lastLine { lastLine = o.lastLine; tail = o.tail; previous = o.previous }
        }
    }

    /// Links runs on adjacent lines into bands and keeps the long thin ones.
    /// `segs` must be sorted by line.
    static func bands(_ segs: [Segment], orientation: Ruling.Orientation, minLength: Int,
                      maxThickness: Double, maxGap: Int) -> [Rule] {
        var active: [Band] = []
        var done: [Band] = []
        for s in segs {
            // Retire bands that cannot continue (one missing line is tolerated).
            if active.contains(where: { $0.lastLine < s.line - 2 }) {
                done += active.filter { $0.lastLine < s.line - 2 }
                active.removeAll { $0.lastLine < s.line - 2 }
            }
            let hits = active.indices.filter { active[$0].links(s, gap: maxGap) }
            guard let first = hits.first else { active.append(Band(s)); continue }
            var b = active[first]
            for k in hits.dropFirst() { b.absorb(active[k]) }
            b.add(s)
            active[first] = b
            for k in hits.dropFirst().reversed() { active.remove(at: k) }
        }
        done += active

        var rules: [Rule] = []
        for b in done {
            let length = b.end - b.start + 1
            let thickness = Double(b.dark) / Double(length)
            guard thickness <= maxThickness else { continue }
            rules.append(Rule(orientation: orientation, position: b.weightedLine / Double(max(1, b.dark)),
                              start: b.start, end: b.end, thickness: thickness, across: b.firstLine...b.lastLine,
                              runs: b.runs))
        }
        // Join collinear pieces split by a break that was not on one line.
        rules.sort { ($0.position, $0.start) < ($1.position, $1.start) }
        var merged: [Rule] = []
        for r in rules {
            if let j = merged.lastIndex(where: { abs($0.position - r.position) <= max(2, $0.thickness) + 1 }),
               r.start - merged[j].end <= 2 * maxGap, r.end >= merged[j].start {
                var m = merged[j]
                let la = Double(m.length), lb = Double(r.length)
                m.position = (m.position * la + r.position * lb) / (la + lb)
                m.thickness = (m.thickness * la + r.thickness * lb) / (la + lb)
                m.start = min(m.start, r.start); m.end = max(m.end, r.end)
                m.across = min(m.across.lowerBound, r.across.lowerBound)...max(m.across.upperBound, r.across.upperBound)
                m.runs += r.runs
                merged[j] = m
            } else {
                merged.append(r)
            }
        }
        return merged.filter { $0.length >= minLength }
            .sorted { ($0.position, $0.start) < ($1.position, $1.start) }
    }
}
