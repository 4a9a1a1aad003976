import KinerjaModel

/// Ruled cells that hold ink but no word: what Tesseract's page layout analysis drops.
///
/// A lone `0` (or `5`, `-`) in a narrow cell beside a vertical rule is too small a blob for
/// the page segmenter, which takes it for noise on the rule (measured on a 200-dpi PK scan:
/// both `0` targets of its page gone, the `55` below them kept). Read on its own, as one
/// line, the cell reads fine; so the engine looks for such cells after the page reading.
enum EmptyCells {
    /// A cell's inside (pixels, rules excluded) and the box of the ink in it.
    struct Cell: Sendable, Hashable {
        var inside: (x0: Int, y0: Int, x1: Int, y1: Int)
        var ink: (x0: Int, y0: Int, x1: Int, y1: Int)

        static func == (a: Cell, b: Cell) -> Bool { a.inside == b.inside && a.ink == b.ink }
        func hash(into h: inout Hasher) { h.combine(inside.x0); h.combine(inside.y0); h.combine(ink.x0); h.combine(ink.y0) }
    }

    /// Lines of ink with no word over them, in cells bounded by rules on all four sides
    /// (consecutive horizontal rules, and consecutive vertical rules crossing both): one
    /// `Cell` per line, its `inside` narrowed to the line's stretch of the cell.
    ///
    /// - Parameters:
    ///   - wordBoxes: the words already read, in pixels.
    ///   - minInk: the smallest ink box side that can be a character (pixels).
    ///   - maxInkHeight: taller ink is not one line of text (a stamp, a signature).
    static func find(in image: GrayImage, rules: [ImageRulings.Rule], wordBoxes: [Rect], threshold: UInt8,
                     minInk: Int, maxInkHeight: Int) -> [Cell] {
        let hs = rules.filter { $0.orientation == .horizontal }.sorted { $0.position < $1.position }
        let vs = rules.filter { $0.orientation == .vertical }.sorted { $0.position < $1.position }
        guard hs.count >= 2, vs.count >= 2 else { return [] }
        let tol = 3
        var out: [Cell] = []
        for k in 0..<(hs.count - 1) {
            let top = hs[k], bottom = hs[k + 1]
            guard bottom.across.lowerBound - top.across.upperBound >= minInk * 2 else { continue }
            // Verticals that run from the top rule to the bottom one.
            let crossing = vs.filter { $0.start <= top.across.upperBound + tol && $0.end >= bottom.across.lowerBound - tol }
            guard crossing.count >= 2 else { continue }
            for j in 0..<(crossing.count - 1) {
                let left = crossing[j], right = crossing[j + 1]
                let lx = Int(left.position.rounded()), rx = Int(right.position.rounded())
                guard top.start <= lx + tol, top.end >= rx - tol, bottom.start <= lx + tol, bottom.end >= rx - tol else { continue }
                // The inside, kept clear of the rules (and of their tilt) by a margin.
                let margin = 2
                let x0 = left.across.upperBound + margin + 1, x1 = right.across.lowerBound - margin - 1
                let y0 = top.across.upperBound + margin + 1, y1 = bottom.across.lowerBound - margin - 1
                guard x1 - x0 >= minInk, y1 - y0 >= minInk else { continue }
                // Each line of ink on its own: a cell of values stacked one per line (no rule
                // between the entries) may have lost one of them and kept the others.
                for band in inkBands(image, x0: x0, y0: y0, x1: x1, y1: y1, threshold: threshold, maxGap: minInk) {
                    let height = band.y1 - band.y0 + 1
                    guard height <= maxInkHeight,
                          let ink = inkBox(image, x0: x0, y0: band.y0, x1: x1, y1: band.y1, threshold: threshold),
                          ink.y1 - ink.y0 + 1 >= minInk else { continue }
                    let box = Rect(x0: Double(ink.x0), y0: Double(ink.y0), x1: Double(ink.x1 + 1), y1: Double(ink.y1 + 1))
                    if wordBoxes.contains(where: { $0.x0 < box.x1 && $0.x1 > box.x0 && $0.y0 < box.y1 && $0.y1 > box.y0 }) {
                        continue
                    }
                    // The line's own stretch of the cell: its ink with a line's height of room
                    // above and below, not the other lines.
                    let room = ink.y1 - ink.y0 + 1
                    let top = max(y0, band.previousEnd.map { max($0 + 1, ink.y0 - room) } ?? ink.y0 - room)
                    let bottom = min(y1, band.nextStart.map { min($0 - 1, ink.y1 + room) } ?? ink.y1 + room)
                    out.append(Cell(inside: (x0, top, x1, bottom), ink: ink))
                }
            }
        }
        return out
    }

    /// The lines of ink in a region: runs of rows holding two dark pixels or more, broken by
    /// more than `maxGap` clear rows, with the end of the line above and the start of the
    /// line below.
    static func inkBands(_ image: GrayImage, x0: Int, y0: Int, x1: Int, y1: Int, threshold: UInt8, maxGap: Int)
        -> [(y0: Int, y1: Int, previousEnd: Int?, nextStart: Int?)] {
        let x0 = max(0, x0), y0 = max(0, y0), x1 = min(image.width - 1, x1), y1 = min(image.height - 1, y1)
        guard x1 > x0, y1 > y0 else { return [] }
        var inked: [Int] = []
        image.pixels.withUnsafeBufferPointer { p in
            for y in y0...y1 {
                let row = y * image.width
                var n = 0
                for x in x0...x1 where p[row + x] < threshold { n += 1; if n >= 2 { break } }
                if n >= 2 { inked.append(y) }
            }
        }
        var spans: [(Int, Int)] = []
        for y in inked {
            if let last = spans.last, y - last.1 - 1 <= maxGap { spans[spans.count - 1].1 = y } else { spans.append((y, y)) }
        }
        return spans.indices.map { k in
            (spans[k].0, spans[k].1, k > 0 ? spans[k - 1].1 : nil, k + 1 < spans.count ? spans[k + 1].0 : nil)
        }
    }

    /// The box of the dark pixels in a region, ignoring rows and columns with a single dark
    /// pixel (dust); nil when there are too few.
    static func inkBox(_ image: GrayImage, x0: Int, y0: Int, x1: Int, y1: Int, threshold: UInt8)
        -> (x0: Int, y0: Int, x1: Int, y1: Int)? {
        let x0 = max(0, x0), y0 = max(0, y0), x1 = min(image.width - 1, x1), y1 = min(image.height - 1, y1)
        guard x1 > x0, y1 > y0 else { return nil }
        var rows = [Int](repeating: 0, count: y1 - y0 + 1), cols = [Int](repeating: 0, count: x1 - x0 + 1)
        image.pixels.withUnsafeBufferPointer { p in
            for y in y0...y1 {
                let row = y * image.width
                for x in x0...x1 where p[row + x] < threshold {
                    rows[y - y0] += 1; cols[x - x0] += 1
                }
            }
        }
        guard let top = rows.firstIndex(where: { $0 >= 2 }), let bottom = rows.lastIndex(where: { $0 >= 2 }),
              let left = cols.firstIndex(where: { $0 >= 2 }), let right = cols.lastIndex(where: { $0 >= 2 }) else { return nil }
        return (x0 + left, y0 + top, x0 + right, y0 + bottom)
    }
}
