import KinerjaModel
@testable import Tables

/// Builds synthetic pages: a ruled grid with text in its cells, as poppler and the rule
/// finder would deliver them (words with boxes, rules as runs).
struct GridSpec {
    var xs: [Double]
    var ys: [Double]
    /// (row, col, rowSpan, colSpan, lines of text)
    var cells: [(Int, Int, Int, Int, [String])]
}

enum PageFixture {
    /// The header row of a `GridSpec`: one ruled cell a label in row 0, left to right.
    static func headerRow(_ labels: [String]) -> [(Int, Int, Int, Int, [String])] {
        labels.enumerated().map { (0, $0.offset, 1, 1, [$0.element]) }
    }

    static let charWidth = 4.5, size = 9.0, pitch = 11.0

    static func words(_ text: String, x: Double, y: Double) -> [Word] {
        var out: [Word] = []
        var cx = x
        for part in text.split(separator: " ") {
            let w = Double(part.count) * charWidth
            out.append(Word(text: String(part), box: Rect(x0: cx, y0: y, x1: cx + w, y1: y + size), fontSize: size))
            cx += w + charWidth
        }
        return out
    }

    static func page(_ number: Int, grid: GridSpec?, extra: [(String, Double, Double)] = [], width: Double = 595, height: Double = 842) -> Page {
        var words: [Word] = []
        var rules: [Ruling] = []
        if let g = grid {
            let rows = g.ys.count - 1, cols = g.xs.count - 1
            var owner = Array(repeating: Array(repeating: -1, count: cols), count: rows)
            for (i, c) in g.cells.enumerated() {
                for r in c.0..<(c.0 + c.2) { for k in c.1..<(c.1 + c.3) { owner[r][k] = i } }
                var y = g.ys[c.0] + 3
                for line in c.4 {
                    words += Self.words(line, x: g.xs[c.1] + 3, y: y)
                    y += pitch
                }
            }
            // Horizontal segments wherever the cells above and below differ (outer edges too).
            for r in 0...rows {
                for k in 0..<cols {
                    let above = r > 0 ? owner[r - 1][k] : -2, below = r < rows ? owner[r][k] : -3
                    if above != below || above == -1 { rules.append(Ruling(.horizontal, at: g.ys[r], from: g.xs[k], to: g.xs[k + 1])) }
                }
            }
            for k in 0...cols {
                for r in 0..<rows {
                    let left = k > 0 ? owner[r][k - 1] : -2, right = k < cols ? owner[r][k] : -3
                    if left != right || left == -1 { rules.append(Ruling(.vertical, at: g.xs[k], from: g.ys[r], to: g.ys[r + 1])) }
                }
            }
        }
        for (t, x, y) in extra { words += Self.words(t, x: x, y: y) }
        return Page(number: number, width: width, height: height, words: words, rulings: rules, source: .native)
    }

    /// The first table read from a one-page grid, with the tests' header words as hints.
    static func firstTable(_ grid: GridSpec) -> Table? {
        TableReader(hints: .testWords).tables(in: [page(1, grid: grid)]).first
    }
}

extension HeaderHints {
    /// Header words as a reader of these documents knows them — in the tool Interpretation
    /// hands its vocabulary over (`TableVocabulary`); here a small list of the fixtures'
    /// words, so the Tables tests stay inside their stage.
    static let testWords: HeaderHints = {
        let words = ["no", "sasaran", "indikator", "target", "realisasi", "capaian", "program", "kegiatan",
                     "anggaran", "uraian", "tahun", "satuan", "kinerja", "triwulan", "bulan", "pelaksanaan", "rencana"]
        let isHeader: @Sendable (String) -> Bool = { s in
            let ws = HeaderText.words(s)
            let candidates = ws.count <= 2 ? words : words.filter { $0 != "no" }
            if ws.contains(where: { w in candidates.contains { w.hasPrefix($0) && w.count <= $0.count + 4 } }) { return true }
            let run = ws.joined()
            return words.contains { $0.count >= 6 && run.contains($0) }
        }
        return HeaderHints(isHeaderText: isHeader, isSubLabel: { HeaderText.isScheduleLabel($0) },
                           startsRow: { h in HeaderText.words(h).contains { $0.hasPrefix("target") || $0.hasPrefix("realisasi") || $0 == "no" } },
                           isCaption: { $0.lowercased().hasPrefix("tabel") || $0.lowercased().hasPrefix("table") })
    }()
}

/// A small rule-less three-column table (header and three rows at `PageFixture.pitch`, from
/// y 100), the body that tests of what may follow such a table set their lines under.
enum RulelessTableFixture {
    static let rows: [[String]] = [
        ["Sasaran", "Indikator Kinerja", "Target"],
        ["Meningkatnya akses air", "Cakupan pelayanan", "70%"],
        ["Meningkatnya rumah layak", "Cakupan rumah layak", "92 %"],
        ["Pelayanan prima dinas", "Kepuasan masyarakat", "85 %"],
    ]
    static let xs: [Double] = [50, 200, 350]
    /// Where the line after the last row starts.
    static let bottom = 100 + Double(rows.count) * PageFixture.pitch

    /// The table's cells as `PageFixture.page` extra text.
    static var placed: [(String, Double, Double)] {
        rows.enumerated().flatMap { r, row in row.enumerated().map { c, text in (text, xs[c], 100 + Double(r) * PageFixture.pitch) } }
    }
}
