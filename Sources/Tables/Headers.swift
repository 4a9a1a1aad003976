import Foundation
import KinerjaModel

/// Reads the header block of a grid: which top rows are headers, the column-number row
/// under them, and each column's header text and group.
enum Headers {
    /// Words that make a row a header row in these documents (compared folded, prefix-wise).
    static let vocabulary = [
        "no", "sasaran", "indikator", "target", "realisasi", "realiasi", "capaian", "program",
        "kegiatan", "anggaran", "pagu", "pelaksana", "keterangan", "ket", "uraian", "tujuan",
        "tahun", "jumlah", "status", "komponen", "bobot", "nilai", "rentang", "kategori",
        "subbagian", "area", "sub", "kinerja", "rencana", "triwulan", "bulan", "satuan", "output",
    ]

    /// The vocabulary's words of six letters or more, as bytes (searched inside run-together words).
    private static let longVocabulary = vocabulary.filter { $0.count >= 6 }.map { Array($0.utf8) }

    /// A header-looking cell: at least one word from the vocabulary. Narrow header cells
    /// break words without a hyphen (`REALIS` / `ASI`), so the letters run together count too.
    static func isHeaderText(_ s: String) -> Bool {
        let ws = HeaderText.words(s)
        guard !ws.isEmpty else { return false }
        // `No` names a numbering column only as the cell's whole text (`NO`, `No. Urut`):
        // inside a longer header it is the English "No. of …", which says nothing.
        let candidates = ws.count <= 2 ? vocabulary : vocabulary.filter { $0 != "no" }
        if ws.contains(where: { w in candidates.contains { w.hasPrefix($0) && (w.count <= $0.count + 4) } }) { return true }
        let run = ws.joined()
        if run.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: a plain byte search finds what Foundation's `contains` finds, far faster.
            let bytes = Array(run.utf8)
            return longVocabulary.contains { v in
                bytes.count >= v.count && (0...(bytes.count - v.count)).contains { i in bytes[i..<(i + v.count)].elementsEqual(v) }
            }
        }
        return vocabulary.contains { $0.count >= 6 && run.contains($0) }
    }

    /// Short labels that sit under a group header: years, schedule labels, header words.
    static func isSubLabel(_ s: String) -> Bool {
        let t = s.trimmingCharacters(in: .whitespaces)
        if t.count <= 4, !t.isEmpty, t.allSatisfy({ $0.isNumber }) { return true }
        return HeaderText.isScheduleLabel(t) || isHeaderText(t)
    }

    /// Number of header rows at the top of `grid` (0 when the grid starts with body rows).
    static func headerRowCount(_ grid: PageGrid) -> Int {
        guard grid.rowCount > 0 else { return 0 }
        let first = nonEmpty(grid, row: 0)
        guard !first.isEmpty else { return 0 }
        // Header words, or labels such as years beside them (`NO … INDIKATOR | 2020 … 2024`).
        let vocabularyCells = first.filter { isHeaderText($0.text) }.count
        let labelCells = first.filter { isSubLabel($0.text) }.count
        guard labelCells * 2 >= first.count, vocabularyCells >= min(2, first.count) else { return 0 }
        var count = 1
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
            let allLabels = !cells.isEmpty && cells.allSatisfy { isSubLabel($0.text) }
            if (spansDown || groupAbove) && allLabels && (!isColumnNumberRow(grid, row: r) || isUnderGroups(grid, row: r)) {
                count += 1
            } else {
                break
            }
        }
        return count
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
    /// spanning several columns): numbers there (`1 … 12` under `PELAKSANAAN (BULAN)`) label
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
    }

    /// Marks OCR adds around column numbers (built once: a CharacterSet is costly to make).
    private static let numberMarks = CharacterSet(charactersIn: "()[] .,:;'")

    static func isColumnNumbers(_ texts: [String], columns: Int) -> Bool {
        guard texts.count >= max(3, (columns * 6 + 9) / 10) else { return false }
        // A scan may garble one cell (`7` read as `vd`): most must be increasing numbers,
        // the rest short scraps.
        var last = 0, numbers = 0
        for t in texts {
            // OCR adds marks around the numbers (`2:`, `(7`, `4.`).
            let s = t.trimmingCharacters(in: numberMarks)
            if let n = Int(s) {
                guard n > last, n <= 60 else { return false }
                last = n
                numbers += 1
            } else if s.count > 3 {
                return false
            }
        }
        return numbers >= 3 && numbers * 4 >= texts.count * 3
    }

    /// Header and group text for every column, from the header block rows 0..<count.
    static func columns(_ grid: PageGrid, headerRows count: Int) -> [Column] {
        (0..<grid.columnCount).map { c in
            guard count > 0 else { return Column(header: "") }
            var texts: [String] = []
            var lastOrigin: PageGrid.GridPos? = nil
            for r in 0..<count {
                let o = grid.origin[r][c]
                if o == lastOrigin { continue }
                lastOrigin = o
                let t = grid.cells[o.row][o.col].text
                if !t.isEmpty { texts.append(t) }
            }
            guard let leaf = texts.last else { return Column(header: "") }
            let group = texts.count > 1 ? texts.dropLast().joined(separator: " > ") : nil
            return Column(header: leaf, group: group)
        }
    }
}
