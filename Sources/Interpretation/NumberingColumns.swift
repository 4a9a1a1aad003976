import Foundation
import KinerjaModel

extension IndicatorReader {
    /// A header cell spanning two columns (`INDIKATOR SASARAN` over `1.` | `Proporsi PAD …`,
    /// `Sasaran` over `2.1.1` | `Meningkatnya …`) names both; the first of the two holds only
    /// the list numbers of the second. That column numbers the items: it is not where their
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
            guard listed >= 2, listed * 10 >= numbers.count * 7, worded * 10 >= texts.count * 7 else { continue }
            table.columns[a].role = .other
            for r in table.rows.indices {
                let cell = table.rows[r][a]
                guard !cell.carried, !cell.isEmpty, !Self.isListNumber(cell.text) else { continue }
                let beside = table.rows[r][a + 1]
                if beside.isEmpty || (beside.carried && beside.text == cell.text) { table.rows[r][a + 1] = cell }
            }
        }
    }

    /// `1`, `1.`, `3,`, `6)`, `2.1.1`, `a.`: a list number and nothing else (not `1.000`).
    static func isListNumber(_ s: String) -> Bool {
        var t = Substring(s.trimmingWhitespace())
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
