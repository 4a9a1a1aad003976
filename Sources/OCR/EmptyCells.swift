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

    /// Cells bounded by rules on all four sides (consecutive horizontal rules, and
    /// consecutive vertical rules crossing both), with ink but no word over them.
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
                let inside = Rect(x0: Double(x0), y0: Double(y0), x1: Double(x1), y1: Double(y1))
                if wordBoxes.contains(where: { $0.x0 < inside.x1 && $0.x1 > inside.x0 && $0.y0 < inside.y1 && $0.y1 > inside.y0 }) {
                    continue
                }
                guard let ink = inkBox(image, x0: x0, y0: y0, x1: x1, y1: y1, threshold: threshold),
                      ink.y1 - ink.y0 + 1 >= minInk, ink.y1 - ink.y0 + 1 <= maxInkHeight else { continue }
                out.append(Cell(inside: (x0, y0, x1, y1), ink: ink))
            }
        }
        return out
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
