import FoundationEssentials
import KinerjaModel

extension IndicatorReader {
    /// A row cut from the one above at a wrapped line (a scan's grid cut at every text line,
    /// a rule-less table's rows found line by line): its indikator opens no entry — it goes
    /// on in lower case or with a bracket (`pembangunan peternakan (%)`, `(konten)`) — it has
    /// no number of its own, and every other cell it fills either goes on the same way (a
    /// sasaran's rest) or stands where the row above has nothing (the values set beside an
    /// indicator's last line). Then it is the rest of the row above: its cells are appended
    /// there and the row goes. A value beside a value above is a row of its own.
    func joinContinuationRows(_ table: inout Table, indikatorCol ic: Int) {
        let roles = table.columns.map(\.role)
        let textRoles: [ColumnRole] = [.sasaran, .indikator, .program, .kegiatan]
        // (A list item, `a. Teh`, opens an entry; so does a line of the cell that starts one.)
        func opensItem(_ line: String) -> Bool {
            let first = line.trimmingWhitespace().split(separator: " ").first.map(String.init) ?? ""
            return Self.isListNumber(first) || Self.bulletItem(line) != nil
        }
        // A section number inside the text (`(sam pel) 1.1.1.1.1 Jumlah …`) opens the next indicator.
        func numbersSection(_ s: String) -> Bool {
            s.split(separator: " ").contains { t in
                let parts = t.split(separator: ".", omittingEmptySubsequences: true)
                return parts.count >= 3 && parts.allSatisfy { $0.count <= 2 && $0.allSatisfy(\.isNumber) }
            }
        }
        // (Or the cell above stops on a word no phrase ends with, `… yang bersertifikat di` /
        // `Bidang Pelayanan`: what follows is its rest, whatever its case.)
        func goesOn(_ cell: Cell, after above: Cell) -> Bool {
            guard let f = cell.text.trimmingWhitespace().first,
                  f.isLowercase || f == "(" || Self.endsOpen(above.text) else { return false }
            return !opensItem(cell.text) && !cell.lines.contains { opensItem($0.text) } && !numbersSection(cell.text)
        }
        var r = table.rows.count - 1
        while r >= 1 {
            defer { r -= 1 }
            let row = table.rows[r], above = table.rows[r - 1]
            let own = row.indices.filter { !row[$0].isEmpty && !row[$0].carried }
            guard own.contains(ic), goesOn(row[ic], after: above[ic]), !above[ic].isEmpty, !above[ic].carried,
                  !Self.isHeaderLike(above[ic], table.columns[ic]) else { continue }
            let fits = own.allSatisfy { c in
                if roles[c] == .no || (!Self.measures.contains(roles[c]) && Self.isListNumber(row[c].text)) { return false }
                if textRoles.contains(roles[c]) { return goesOn(row[c], after: above[c]) && !above[c].isEmpty }
                return above[c].isEmpty
            }
            guard fits else { continue }
            for c in own {
                let before = table.rows[r - 1][c].text, fragment = row[c].text
                if before.isEmpty {
                    table.rows[r - 1][c] = row[c]
                    continue
                }
                let joined = before + " " + fragment
                table.rows[r - 1][c].text = joined
                table.rows[r - 1][c].lines += row[c].lines
                // The copies of a spanning cell (a sasaran carried down) carry the joined text.
                var k = r - 2
                while k >= 0, table.rows[k + 1][c].carried, table.rows[k][c].text == before {
                    table.rows[k][c].text = joined
                    k -= 1
                }
                k = r + 1
                while k < table.rows.count, table.rows[k][c].carried,
                      table.rows[k][c].text == before || table.rows[k][c].text == fragment {
                    table.rows[k][c].text = joined
                    k += 1
                }
            }
            Self.removeRow(r, from: &table)
        }
    }

    /// Words a sasaran or indikator never ends with (prepositions, conjunctions, `yang`): a
    /// cell that stops on one was cut, and its rest stands in the cell below.
    static let openEndings: Set<String> = [
        "di", "ke", "dari", "dan", "atau", "serta", "yang", "untuk", "dengan", "pada", "bagi", "terhadap",
        "melalui", "oleh", "dalam", "antara", "sebagai", "maupun", "guna", "kepada", "tentang", "dan/atau",
    ]

    /// True when `text` stops on a word no phrase ends with (`… Penataan Ruang di`).
    static func endsOpen(_ text: String) -> Bool {
        guard let last = SpaceTokens.last(text) else { return false }
        return openEndings.contains(last.lowercased())
    }

    /// A cell that reads as its column's header (the header repeated in the body).
    static func isHeaderLike(_ cell: Cell, _ column: Column) -> Bool { repeatsHeader(cell, column) }

    /// Removes row `s`, keeping `rowPages`, `segmentStarts` and `spans` in step (a span over
    /// the row shrinks; one that started on it starts on the row above).
    static func removeRow(_ s: Int, from table: inout Table) {
        table.rows.remove(at: s)
        table.rowPages.remove(at: s)
        table.segmentStarts = table.segmentStarts.compactMap { $0 == s ? nil : ($0 > s ? $0 - 1 : $0) }
        table.spans = table.spans.compactMap { sp in
            var sp = sp
            if sp.row0 > s || (sp.row0 == s && s > 0) { sp.row0 -= 1 }
            if sp.row1 >= s { sp.row1 -= 1 }
            return sp.row1 >= sp.row0 && (sp.row1 > sp.row0 || sp.col1 > sp.col0) ? sp : nil
        }
    }

    /// Replaces row `r` by `parts` (one row cut into several), keeping `rowPages`,
    /// `segmentStarts` and `spans` in step: a span over the row covers all its parts, the
    /// rows below move down (later steps read spans by row).
    static func replaceRow(_ r: Int, with parts: [[Cell]], in table: inout Table) {
        let extra = parts.count - 1
        table.rows.replaceSubrange(r...r, with: parts)
        table.rowPages.replaceSubrange(r...r, with: Array(repeating: table.rowPages[r], count: parts.count))
        guard extra > 0 else { return }
        table.segmentStarts = table.segmentStarts.map { $0 > r ? $0 + extra : $0 }
        table.spans = table.spans.map { sp in
            var sp = sp
            if sp.row0 > r { sp.row0 += extra }
            if sp.row1 >= r { sp.row1 += extra }
            return sp
        }
    }
}
