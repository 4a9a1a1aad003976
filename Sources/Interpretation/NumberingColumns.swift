import FoundationEssentials
import KinerjaModel
import Values

extension IndicatorReader {
    /// A header cell spanning two columns (`INDIKATOR SASARAN` over `1.` | `Proporsi PAD …`,
    /// `Sasaran` over `2.1.1` | `Meningkatnya …`, `Indikator Kinerja` over `-` | `Jumlah …`)
    /// names both; the first of the two holds only the list numbers or bullets of the second. That column numbers the items: it is not where their
    /// text stands (taking it made records named `1.`, `2.`). Its role goes; a row whose text
    /// spans both columns (an unnumbered item written from the number's place) keeps its
    /// text in the text column.
    func demoteNumberingColumns(_ table: inout Table) {
        let keyRoles: [ColumnRole] = [.sasaran, .indikator, .program, .kegiatan]
        guard table.columns.count >= 2 else { return }
        for a in 0..<(table.columns.count - 1) {
            let num = table.columns[a], text = table.columns[a + 1]
            guard keyRoles.contains(num.role), text.role == num.role, !num.header.isEmpty,
                  HeaderText.fold(num.header) == HeaderText.fold(text.header), num.group == text.group else { continue }
            let rows = table.rows
            let own = { (c: Int) in rows.filter { !$0[c].carried && !$0[c].isEmpty }.map { $0[c].text } }
            let numbers = own(a), texts = own(a + 1)
            let listed = numbers.filter(Self.isListNumber).count
            let worded = texts.filter { !Self.isListNumber($0) && $0.contains(where: \.isLetter) }.count
            // (One item alone — a table cut per page holds one sasaran's number — counts when
            // it is all the column holds.)
            guard listed >= 2 || (listed == 1 && numbers.count == 1 && worded >= 1),
                  listed * 10 >= numbers.count * 7, worded * 10 >= texts.count * 7 else { continue }
            table.columns[a].role = .other
            for r in table.rows.indices {
                let cell = table.rows[r][a]
                guard !cell.carried, !cell.isEmpty, !Self.isListNumber(cell.text) else { continue }
                let beside = table.rows[r][a + 1]
                if beside.isEmpty || (beside.carried && beside.text == cell.text) { table.rows[r][a + 1] = cell }
            }
        }
    }

    /// `1`, `1.`, `3,`, `6)`, `2.1.1`, `a.`, or a bullet (`-`, `•`): a list number or marker and
    /// nothing else (not `1.000`).
    static func isListNumber(_ s: String) -> Bool {
        var t = Substring(s.trimmingWhitespace())
        if t.count == 1, let c = t.first, ["-", "–", "—", "•", "·", "◦", "▪", "➢", "➤", "►", "○", "●", "■", "□"].contains(c) {
            return true
        }
        if t.hasPrefix("(") { t = t.dropFirst() }
        if let last = t.last, ".,)".contains(last) { t = t.dropLast() }
        guard !t.isEmpty, t.count <= 9 else { return false }
        if t.count == 1, let c = t.first, c.isLetter, s.trimmingWhitespace().count == 2 { return true }
        // (Parts of two digits after the first: `1.000` is a thousand, not an item.)
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count <= 4 && parts.enumerated().allSatisfy { i, p in
            !p.isEmpty && p.count <= (i == 0 ? 3 : 2) && p.allSatisfy(\.isNumber)
        }
    }
}

extension IndicatorReader {
    /// `Target` (or `Target 2016`, `Realisasi`) printed over two columns, `Volume` | `Satuan`:
    /// the figure, then its unit (`16.078` | `Koperasi`, `5` | `%`). The unit column is no
    /// measure of its own: its role goes, and it types the figure beside it. Known by shape:
    /// the same header over both, figures in the first, words or `%` (no figures) in the second.
    /// Returns each figure column's unit column.
    func pairUnitColumns(_ table: inout Table) -> [Int: Int] {
        var out: [Int: Int] = [:]
        guard table.columns.count >= 2 else { return out }
        func isFigure(_ s: String) -> Bool { (ValueReader.read(s).value?.kind ?? .text) != .text }
        func isUnit(_ s: String) -> Bool {
            let t = s.trimmingWhitespace()
            return t == "%" || (t.count <= 20 && t.contains(where: \.isLetter) && !t.contains(where: \.isNumber))
        }
        for a in 0..<(table.columns.count - 1) {
            let fig = table.columns[a], unit = table.columns[a + 1]
            guard Self.measures.contains(fig.role), unit.role == fig.role, out[a - 1] == nil,
                  HeaderText.fold(fig.header) == HeaderText.fold(unit.header), fig.group == unit.group else { continue }
            let rows = table.rows.filter { !$0[a].carried && !$0[a + 1].carried }
            let figures = rows.map { $0[a].text }.filter { !$0.isEmpty }
            let units = rows.map { $0[a + 1].text }.filter { !$0.isEmpty }
            guard units.count >= 2, figures.count >= 2,
                  units.filter(isUnit).count * 10 >= units.count * 8,
                  figures.filter(isFigure).count * 10 >= figures.count * 7 else { continue }
            table.columns[a + 1].role = .other
            out[a] = a + 1
        }
        return out
    }
}
