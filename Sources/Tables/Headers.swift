import FoundationEssentials
import KinerjaModel

/// Reads the header block of a grid: which top rows are headers, the column-number row
/// under them, and each column's header text and group.
enum Headers {
    /// A short label that sits under a group header: a year or small number (known by its
    /// shape, in any language), or a label the hints know (a month, a quarter, a header word).
    static func isSubLabel(_ s: String, hints: HeaderHints) -> Bool {
        let t = s.trimmingWhitespace()
        if t.count <= 4, !t.isEmpty, t.allSatisfy({ $0.isNumber }) { return true }
        return hints.isSubLabel(t) || hints.isHeaderText(t)
    }

    /// Number of header rows at the top of `grid` (0 when the grid starts with body rows).
    /// Found by structure — the rows above a column-number row (`1 2 3`, `(1) (2)`) are the
    /// header block, in any language — and, where the hints know header words, by a top row
    /// of such words extended down through cells spanning into the rows below.
    static func headerRowCount(_ grid: PageGrid, hints: HeaderHints = .none) -> Int {
        guard grid.rowCount > 0 else { return 0 }
        let first = nonEmpty(grid, row: 0)
        guard !first.isEmpty else { return 0 }
        // Header words, or labels such as years beside them (`# … Measure | 2020 … 2024`).
        let vocabularyCells = first.filter { hints.isHeaderText($0.text) }.count
        let labelCells = first.filter { isSubLabel($0.text, hints: hints) }.count
        guard labelCells * 2 >= first.count, vocabularyCells >= min(2, first.count) else {
            // Groups over a lower level of repeating labels (`2015 | 2016` over `TARGET |
            // REALISASI | …` twice): a header by its shape, whatever its words.
            if grid.rowCount > 2, isLowerLevel(grid, row: 1), (0..<grid.columnCount).contains(where: { grid.origin[0][$0].col == $0 && grid.colSpan(0, $0) > 1 && !grid.cells[0][$0].isEmpty }),
               !first.contains(where: { TextGrids.looksLikeValue($0.text) && !($0.text.count == 4 && $0.text.allSatisfy(\.isNumber)) }) {
                // (A third level of such labels, or column numbers under them, are the header's too.)
                var count = 2
                while count < grid.rowCount - 1, isLowerLevel(grid, row: count) { count += 1 }
                return max(count, numberedHeaderRowCount(grid))
            }
            return numberedHeaderRowCount(grid)
        }
        var count = 1
        var afterLowerLevel = false
        // Extend while a header cell spans down into the next row (NO over two header rows),
        // or a group header spans columns and the next row holds its sub-labels.
        while count < grid.rowCount {
            let r = count
            var spansDown = false
            var groupAbove = false
            for c in 0..<grid.columnCount {
                let o = grid.origin[r][c]
                if o.row < r, !grid.cells[o.row][o.col].isEmpty { spansDown = true }
                let above = grid.origin[r - 1][c]
                if grid.colSpan(above.row, above.col) > 1, !grid.cells[above.row][above.col].isEmpty,
                   above.row == r - 1 { groupAbove = true }
            }
            let cells = nonEmpty(grid, row: r)
            let allLabels = !cells.isEmpty && cells.allSatisfy { isSubLabel($0.text, hints: hints) }
            let lowerLevel = !allLabels && isLowerLevel(grid, row: r)
            // Column numbers under a lower level of labels number the columns that level named.
            let numbersUnderLabels = afterLowerLevel && {
                let texts = nonEmpty(grid, row: r).map(\.text)
                return isColumnNumbers(texts, columns: texts.count)
            }()
            if (spansDown || groupAbove), allLabels || lowerLevel, !numbersUnderLabels,
               !isColumnNumberRow(grid, row: r) || isUnderGroups(grid, row: r) {
                afterLowerLevel = lowerLevel
                count += 1
            } else {
                break
            }
        }
        // A column-number row further down still closes the header block: every row above it
        // names the columns it numbers (a lower level of labels beside words the hints do not
        // know, `2014 … 2018 | Kebijakan | Program`).
        return max(count, numberedHeaderRowCount(grid))
    }

    /// The header's lower level written in words no hint knows (`TARGET | COST | TARGET | BL |
    /// BTL` under year groups): every text cell stands under a group cell spanning several
    /// columns, is a short word or two with no digit, and at least one label repeats under
    /// another group — the pattern of a sub-header, never of a body row, which holds figures
    /// or varied text.
    static func isLowerLevel(_ grid: PageGrid, row r: Int) -> Bool {
        let cells = nonEmpty(grid, row: r)
        guard cells.count >= 3, isUnderGroups(grid, row: r) else { return false }
        let cores = cells.map { labelCore($0.text) }
        for t in cores {
            guard t.count <= 16, t.split(separator: " ").count <= 2,
                  t.allSatisfy({ $0.isLetter || $0 == " " || $0 == "." || $0 == "/" || $0 == "-" }),
                  t.contains(where: \.isLetter) else { return false }
        }
        // A label repeating under a second group (`TARGET` under 2017 and under 2018).
        let keys = cores.map { $0.lowercased() }
        return Set(keys).count < keys.count
    }

    /// A lower-level label without what only qualifies it: a unit in brackets (`Target (%)`,
    /// `Realisasi ( %)`) and the year of its group (`Capkin 2014 (%)` under `Tahun 2014`).
    static func labelCore(_ text: String) -> String {
        var kept = ""
        var bracket: String? = nil
        for ch in text {
            if ch == "(" { if let b = bracket { kept += b }; bracket = "("; continue }
            if var b = bracket {
                b.append(ch)
                if ch == ")" { bracket = nil } else if b.count > 8 { kept += b; bracket = nil } else { bracket = b }
                continue
            }
            kept.append(ch)
        }
        if let b = bracket { kept += b }
        let year = { (w: Substring) in w.count == 4 && w.allSatisfy(\.isNumber) && (w.hasPrefix("19") || w.hasPrefix("20")) }
        return kept.split(separator: " ").filter { !year($0) }.joined(separator: " ")
    }

    /// The rows above a column-number row near the top (not under group cells: those
    /// number a group's own columns) are the header block: they name what the numbers number.
    static func numberedHeaderRowCount(_ grid: PageGrid) -> Int {
        for r in 1..<min(grid.rowCount, 4) where isColumnNumberRow(grid, row: r) && !isUnderGroups(grid, row: r) {
            // Every row above must be labels (text, years), never a body row with values.
            let above = (0..<r).flatMap { nonEmpty(grid, row: $0) }
            let year = { (t: String) in t.count == 4 && t.allSatisfy(\.isNumber) }
            guard !above.isEmpty, !above.contains(where: { TextGrids.looksLikeValue($0.text) && !year($0.text) }) else { return 0 }
            // The numbered columns must be the body's: a boundary between two numbers that no
            // body row divides at runs through the body's cells (a header drawn over a body laid
            // out apart from it). Then which header names which body column cannot be told.
            func divides(_ row: Int, _ k: Int) -> Bool { grid.origin[row][k - 1] != grid.origin[row][k] }
            let numbered = (1..<grid.columnCount).filter { k in divides(r, k) }
            guard numbered.allSatisfy({ k in ((r + 1)..<grid.rowCount).contains { divides($0, k) } }) else { return 0 }
            return r
        }
        return 0
    }

    /// The cells that start in `row` and hold text.
    static func nonEmpty(_ grid: PageGrid, row r: Int) -> [Cell] {
        (0..<grid.columnCount).compactMap { c in
            let o = grid.origin[r][c]
            guard o.row == r, o.col == c else { return nil }
            let cell = grid.cells[r][c]
            return cell.isEmpty ? nil : cell
        }
    }

    /// True when every text cell of `row` stands under a group cell of the row above (one
    /// spanning several columns): numbers there (`1 … 12` under a schedule's group header) label
    /// the group's columns, they do not number the table's columns.
    static func isUnderGroups(_ grid: PageGrid, row r: Int) -> Bool {
        guard r > 0 else { return false }
        var any = false
        for c in 0..<grid.columnCount {
            let o = grid.origin[r][c]
            guard o.row == r, o.col == c, !grid.cells[r][c].isEmpty else { continue }
            let above = grid.origin[r - 1][c]
            guard above.row == r - 1, grid.colSpan(above.row, above.col) > 1,
                  !grid.cells[above.row][above.col].isEmpty else { return false }
            any = true
        }
        return any
    }

    /// `1 2 3 …` or `(1) (2) …`: strictly increasing small integers filling most columns.
    static func isColumnNumberRow(_ grid: PageGrid, row r: Int) -> Bool {
        let cells = nonEmpty(grid, row: r)
        return isColumnNumbers(cells.map(\.text), columns: grid.columnCount)
            || isMisreadColumnNumbers(cells.map(\.text), columns: grid.columnCount)
    }

    /// `1 5 3 4` (a scan's `2` read as `5`) in the row under the header: every cell a single
    /// small integer, and all of them but one standing at their place in a run rising by one.
    /// Only for the row at the header's foot: a body row of bare counts elsewhere may rise too.
    static func isMisreadColumnNumbers(_ texts: [String], columns: Int) -> Bool {
        guard texts.count >= max(4, (columns * 6 + 9) / 10) else { return false }
        var offsets: [Int: Int] = [:]
        for (i, t) in texts.enumerated() {
            guard let n = Int(t.trimmingASCII(isNumberMark)), n >= 0, n <= 60 else { return false }
            offsets[n - i, default: 0] += 1
        }
        guard let best = offsets.max(by: { $0.value < $1.value }) else { return false }
        return best.key >= 0 && best.key <= 1 && best.value >= texts.count - 1
    }

    /// Marks OCR adds around column numbers.
    private static func isNumberMark(_ b: UInt8) -> Bool { "()[] .,:;'".utf8.contains(b) }

    static func isColumnNumbers(_ texts: [String], columns: Int) -> Bool {
        guard texts.count >= max(3, (columns * 6 + 9) / 10) else { return false }
        // A scan may garble one cell (`7` read as `vd`): most must be increasing numbers,
        // the rest short scraps.
        // Columns are numbered one by one, at least half of the steps (a form may hide some
        // of its columns, `2 3 7 8 9 10 14`): values that happen to rise (`23 26 29 32 35`)
        // are not column numbers.
        var last = 0, numbers = 0, ones = 0
        for t in texts {
            // OCR adds marks around the numbers (`2:`, `(7`, `4.`).
            let s = t.trimmingASCII(isNumberMark)
            if let n = Int(s) {
                guard n > last, n <= 60 else { return false }
                if numbers > 0, n - last == 1 { ones += 1 }
                last = n
                numbers += 1
            } else if s.count > 3 {
                return false
            }
        }
        return numbers >= 3 && numbers * 4 >= texts.count * 3 && ones * 2 >= numbers - 1
    }

    /// Header and group text for every column, from the header block rows 0..<count.
    static func columns(_ grid: PageGrid, headerRows count: Int) -> [Column] {
        (0..<grid.columnCount).map { c in
            guard count > 0 else { return Column(header: "") }
            var texts: [String] = [], spans: [Int] = []
            var lastOrigin: PageGrid.GridPos? = nil
            for r in 0..<count {
                let o = grid.origin[r][c]
                if o == lastOrigin { continue }
                lastOrigin = o
                let t = grid.cells[o.row][o.col].text
                if !t.isEmpty { texts.append(t); spans.append(grid.colSpan(o.row, o.col)) }
            }
            guard var leaf = texts.popLast() else { return Column(header: "") }
            // Levels over this column alone are one header cell the grid cut line by line
            // (`Capaian` / `Terhadap` / `Indikator Kinerja 2016`), not a group over columns.
            while let above = texts.last, spans[texts.count - 1] == 1 {
                leaf = above + " " + leaf
                texts.removeLast()
            }
            let group = texts.isEmpty ? nil : texts.joined(separator: " > ")
            return Column(header: leaf, group: group)
        }
    }
}
