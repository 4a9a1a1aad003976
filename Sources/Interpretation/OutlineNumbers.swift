import KinerjaModel
import Layout

/// Outline numbers OCR read without their dots.
///
/// Tesseract reads the small close-set dots of `1.1.1.1.1` as nothing (`11111`) or as some
/// (`111.21` for `1.1.1.2.1`), with high confidence, so the number stays glued to the front
/// of the indicator's name and a stacked item it opens is not cut from the one above. The
/// document's own sequence says which number stands there: the number of the item before
/// (a row or a stacked item that kept its dots) gives the few that can follow it — itself
/// `.1` (a first sub-item), or one more at its own or any outer level. A leading run of
/// digits (and dots) that spells, digit for digit in order, exactly one of them is that
/// number; anything else is left as read. Only OCR'd cells are read this way: typed text
/// has its dots.
extension IndicatorReader {
    /// Rewrites the leading token of each OCR'd indikator line (a row, or an item stacked in
    /// one cell) that spells the expected outline number, with one `outline_number_repaired`
    /// warning each. Rows are read in order; an unreadable token ends the sequence (what
    /// follows it cannot be expected from it).
    static func repairOutlineNumbers(_ table: inout Table, indikatorCol: Int) -> [Warning] {
        var warnings: [Warning] = []
        var previous: [Int]? = nil
        for r in table.rows.indices {
            var cell = table.rows[r][indikatorCol]
            guard !cell.carried, !cell.text.isEmpty else { continue }
            let single = cell.lines.isEmpty
            var lines = single ? [CellLine(text: cell.text, top: 0, page: table.rowPages[r])] : cell.lines
            var changed = false
            for i in lines.indices {
                let text = lines[i].text
                if let own = ownNumber(text) {
                    let parts = own.no.split(separator: ".").compactMap { Int($0) }
                    previous = parts.count >= 2 ? parts : nil
                    continue
                }
                guard let token = undottedOutlineToken(text) else { continue }
                guard cell.confidence != nil, let before = previous else { previous = nil; continue }
                let matches = followers(of: before).filter { digits(of: $0) == token.digits }
                guard matches.count == 1, let number = matches.first else { previous = nil; continue }
                let no = number.map(String.init).joined(separator: ".")
                lines[i].text = no + String(text[token.end...])
                previous = number
                changed = true
                warnings.append(Warning(code: "outline_number_repaired",
                                        message: "\(table.id): \"\(text[..<token.end])\" read as outline number \(no) (the number the items around it expect there)",
                                        page: lines[i].page))
            }
            guard changed else { continue }
            if single {
                cell.text = lines[0].text
            } else {
                cell.lines = lines
                cell.text = TextLines.joinCellLines(lines.map(\.text))
            }
            table.rows[r][indikatorCol] = cell
        }
        return warnings
    }

    /// The numbers that can follow `n` in an outline: `n.1`, then `n` with one more at its
    /// own level and at each outer level (`1.1.2.3` → `1.1.2.3.1`, `1.1.2.4`, `1.1.3`, `1.2`, `2`).
    static func followers(of n: [Int]) -> [[Int]] {
        var out = [n + [1]]
        for depth in stride(from: n.count, through: 1, by: -1) {
            var next = Array(n[..<depth])
            next[depth - 1] += 1
            out.append(next)
        }
        return out
    }

    static func digits(of n: [Int]) -> String { n.map(String.init).joined() }

    /// A leading token of digits and dots, at least three digits, no list number
    /// `ownNumber` reads (`11111`, `111.21`, `21112.`), followed by spaces and a letter.
    /// Returns its digits in order and where the token (with one final dot) ends.
    static func undottedOutlineToken(_ s: String) -> (digits: String, end: String.Index)? {
        var i = s.startIndex
        while i < s.endIndex, s[i] == " " { i = s.index(after: i) }
        var digits = ""
        var j = i
        while j < s.endIndex, s[j] == "." || ("0"..."9").contains(s[j]) {
            if s[j] != "." { digits.append(s[j]) }
            j = s.index(after: j)
        }
        guard digits.count >= 3, s[i] != ".", j < s.endIndex, s[j] == " " else { return nil }
        var k = j
        while k < s.endIndex, s[k] == " " { k = s.index(after: k) }
        guard k < s.endIndex, s[k].isLetter else { return nil }
        return (digits, j)
    }
}
