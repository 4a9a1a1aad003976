import KinerjaModel

/// White text on a dark band (a table header printed white on black, a coloured title bar
/// gone dark in a bilevel scan). Tesseract reads dark text on light ground; its own
/// inverted-line retry (`tessedit_do_invert`) is off because it costs time on every line
/// and finds noise. So dark bands are found here and turned light-on-dark → dark-on-light
/// before recognition (table rules are taken from the image before this).
enum InvertedBands {
    /// A band in pixels, edges included.
    struct Band: Sendable, Hashable { var x0, y0, x1, y1: Int }

    /// Blocks this dark (share of dark pixels) are part of a band; text on light ground
    /// stays far below (strokes cover a fifth of a text line's area at most).
    static let blockDarkness = 0.5
    /// A band is at least this many points high and wide: a text line on a bar.
    static let minHeightPoints = 10.0
    static let minWidthPoints = 40.0
    /// Its dark blocks fill this much of its box (a bar, not a photo's blotch).
    static let minFill = 0.85

    /// The dark bands of a page.
    static func find(in image: GrayImage, threshold: UInt8, pixelsPerPoint: Double) -> [Band] {
        let b = max(3, Int((3 * pixelsPerPoint).rounded()))
        let cols = image.width / b, rows = image.height / b
        guard cols > 0, rows > 0 else { return [] }
        var dark = [Bool](repeating: false, count: cols * rows)
        image.pixels.withUnsafeBufferPointer { p in
            var counts = [Int](repeating: 0, count: cols)
            for r in 0..<rows {
                for i in 0..<cols { counts[i] = 0 }
                for y in (r * b)..<(r * b + b) {
                    let row = y * image.width
                    for x in 0..<(cols * b) where p[row + x] < threshold { counts[x / b] += 1 }
                }
                for c in 0..<cols { dark[r * cols + c] = Double(counts[c]) >= blockDarkness * Double(b * b) }
            }
        }
        // Connected dark blocks (4-neighbours).
        var seen = [Bool](repeating: false, count: cols * rows)
        var bands: [Band] = []
        let minH = Int((minHeightPoints * pixelsPerPoint / Double(b)).rounded(.up))
        let minW = Int((minWidthPoints * pixelsPerPoint / Double(b)).rounded(.up))
        for start in 0..<(cols * rows) where dark[start] && !seen[start] {
            var stack = [start], count = 0
            seen[start] = true
            var c0 = cols, c1 = 0, r0 = rows, r1 = 0
            while let k = stack.popLast() {
                count += 1
                let r = k / cols, c = k % cols
                c0 = min(c0, c); c1 = max(c1, c); r0 = min(r0, r); r1 = max(r1, r)
                for (dr, dc) in [(0, 1), (0, -1), (1, 0), (-1, 0)] {
                    let nr = r + dr, nc = c + dc
                    guard nr >= 0, nr < rows, nc >= 0, nc < cols else { continue }
                    let n = nr * cols + nc
                    if dark[n] && !seen[n] { seen[n] = true; stack.append(n) }
                }
            }
            let h = r1 - r0 + 1, w = c1 - c0 + 1
            guard h >= minH, w >= minW, Double(count) >= minFill * Double(h * w) else { continue }
            bands.append(Band(x0: c0 * b, y0: r0 * b, x1: min(image.width, (c1 + 1) * b) - 1, y1: min(image.height, (r1 + 1) * b) - 1))
        }
        return bands
    }

    /// The bands turned negative in place.
    static func invert(_ bands: [Band], in image: inout GrayImage) {
        let w = image.width
        image.pixels.withUnsafeMutableBufferPointer { p in
            for band in bands {
                for y in max(0, band.y0)...min(image.height - 1, band.y1) {
                    for x in max(0, band.x0)...min(w - 1, band.x1) { p[y * w + x] = 255 - p[y * w + x] }
                }
            }
        }
    }
}
