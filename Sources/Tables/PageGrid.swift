import KinerjaModel
import Layout

/// A table as found on one page, before headers are read and pages are stitched.
///
/// `cells[r][c]` is the text at grid position (r, c); a spanning cell appears once, at its
/// top-left position, and `origin[r][c]` points every covered position to it.
public struct PageGrid: Sendable {
    public var page: Int
    public var box: Rect
    /// x of the column boundaries (count = columns + 1) and y of the row boundaries.
    public var xs: [Double]
    public var ys: [Double]
    public var cells: [[Cell]]
    public var origin: [[GridPos]]
    /// True when the grid comes from text alignment rather than rules.
    public var borderless: Bool
    /// Row boundaries (y) the grid no longer has because the text row below was the wrapped
    /// rest of the row above and was joined into it (`mergingWraps`): for `inspect`.
    public var joinedAt: [Double] = []

    public struct GridPos: Sendable, Hashable { public var row: Int; public var col: Int }

    public var rowCount: Int { cells.count }
    public var columnCount: Int { xs.count - 1 }

    /// The cell covering (r, c), and whether it starts at that position.
    public func cell(_ r: Int, _ c: Int) -> (cell: Cell, isOrigin: Bool) {
        let o = origin[r][c]
        return (cells[o.row][o.col], o.row == r && o.col == c)
    }

    /// How many columns the cell starting at (r, c) spans.
    public func colSpan(_ r: Int, _ c: Int) -> Int {
        var n = 1
        while c + n < columnCount, origin[r][c + n] == GridPos(row: r, col: c) { n += 1 }
        return n
    }

    /// How many rows the cell starting at (r, c) spans.
    public func rowSpan(_ r: Int, _ c: Int) -> Int {
        var n = 1
        while r + n < rowCount, origin[r + n][c] == GridPos(row: r, col: c) { n += 1 }
        return n
    }
}

/// Makes a `Cell` from the words that fall in it.
enum CellText {
    /// OCR reads a cell border as `|` or `l` glued to the word beside it (`|Pembentukan`,
    /// `OKU|`). A bar at a word's end that touches the cell's edge is the border.
    static func withoutBorderBars(_ words: [Word], left: Double?, right: Double?) -> [Word] {
        guard words.contains(where: { $0.confidence != nil }) else { return words }   // native text is exact
        let bars: Set<Character> = ["|", "¦", "[", "]"]
        return words.compactMap { word in
            var w = word
            let charWidth = w.box.width / Double(max(1, w.text.count))
            let near = max(4, charWidth * 1.5)
            if let l = left, let f = w.text.first, bars.contains(f), w.box.x0 - l < near {
                w.text.removeFirst(); w.box.x0 += charWidth
            }
            if let r = right, let last = w.text.last, bars.contains(last), r - w.box.x1 < near {
                w.text.removeLast(); w.box.x1 -= charWidth
            }
            return w.text.isEmpty ? nil : w
        }
    }

    static func cell(from words: [Word], page: Int, left: Double?, right: Double?) -> Cell {
        let words = withoutBorderBars(words, left: left, right: right)
        guard !words.isEmpty else { return .empty }
        // One word (most cells of numbers) is one line: no sorting and grouping to do.
        let lines = words.count == 1 ? [TextLine(words: words)] : TextLines.lines(of: words)
        let cellLines = lines.map {
            CellLine(text: $0.text, top: $0.box.y0, page: page, x0: $0.box.x0, x1: $0.box.x1,
                     firstWordWidth: $0.words.first?.box.width ?? 0)
        }
        return Cell(text: TextLines.joinCellLines(lines.map(\.text)), lines: cellLines, left: left, right: right,
                    confidence: words.compactMap(\.confidence).min())
    }
}
