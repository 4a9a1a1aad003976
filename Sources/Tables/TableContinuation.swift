import FoundationEssentials
import KinerjaModel
import Layout

/// The shape of a row's cells, without their meaning: what starts a row (a number, a value,
/// a short code) and which columns hold such things. Used by the steps that join rows.
enum RowShape {
    /// A cell whose text starts an entry by its shape: a list number, a value (`80%`, `62`,
    /// `-`), a short code or grade (`WTP`, `BB`, `III`), any text opening with a digit
    /// (`73 people`, `1.1 Share of …`) or a list marker (`- Ducks`, `a. Rice`). A wrapped line seldom does.
    static func startsEntry(_ text: String) -> Bool {
        let t = text.trimmingWhitespace()
        guard let first = t.first else { return false }
        if first.isNumber || TextGrids.looksLikeValue(t) || TextGrids.isListMarker(t) { return true }
        // A list item (`- Ducks`, `a. Rice`, `➢ Share …`, a bullet font's `»`): a new entry.
        if let word = t.split(separator: " ").first.map(String.init), word.count < t.count,
           TextGrids.isListMarker(word) || (word.count == 1 && !first.isLetter && !first.isNumber) { return true }
        return isCode(t)
    }

    /// `WTP`, `BB`, `A`, `III`: one to three capitals.
    static func isCode(_ t: String) -> Bool {
        t.hasAtMostCharacters(3) && t.allSatisfy { $0.isUppercase && $0.isLetter }
    }

    /// Columns whose own cells are mostly whole values, numbers or codes (a numbering column,
    /// measure columns): text of its own there is a new entry, never the rest of a cut cell.
    static func keyColumns(_ rows: [[Cell]]) -> Set<Int> {
        guard let width = rows.first?.count else { return [] }
        return Set((0..<width).filter { c in
            let texts = rows.compactMap { r -> String? in
                let cell = r[c]
                return cell.carried || cell.isEmpty ? nil : cell.text.trimmingWhitespace()
            }
            guard texts.count >= 2 else { return false }
            let whole = texts.filter { TextGrids.looksLikeValue($0) || TextGrids.isListMarker($0) || isCode($0) }
            return whole.count * 10 >= texts.count * 7
        })
    }

    /// Text set right to left (Hebrew, Arabic): most letters of the cells are of those
    /// scripts. Such a table reads from its right edge: its key column (a numbering, the
    /// labels) stands on the right, its values on the left.
    static func readsRightToLeft(_ rows: [[Cell]]) -> Bool {
        var rtl = 0, letters = 0
        for row in rows {
            for cell in row where !cell.carried {
                for u in cell.text.unicodeScalars where u.properties.isAlphabetic {
                    letters += 1
                    if (0x0590...0x08FF).contains(u.value) || (0xFB1D...0xFDFF).contains(u.value) || (0xFE70...0xFEFF).contains(u.value) {
                        rtl += 1
                    }
                }
            }
        }
        return rtl * 2 > letters
    }

    /// At least one word of two letters, or a digit: not scan specks or shading read as `= =`.
    static func isSubstantial(_ row: [Cell]) -> Bool {
        row.contains { cell in
            cell.text.contains(where: \.isNumber) ||
                cell.text.split(whereSeparator: { !$0.isLetter }).contains { $0.count >= 2 }
        }
    }

    /// Appends `fragment` to the cell at (row, col) — to its origin and to every copy that
    /// carries it above and below — so a spanning cell keeps one text.
    static func append(_ fragment: Cell, to table: inout Table, row r0: Int, col c: Int) {
        let before = table.rows[r0][c].text
        let joined = before.isEmpty ? fragment.text : before + " " + fragment.text
        var r = r0
        while r >= 0, table.rows[r][c].text == before, r == r0 || table.rows[r + 1][c].carried {
            table.rows[r][c].text = joined
            if r == r0 { table.rows[r][c].lines += fragment.lines }
            r -= 1
        }
        var k = r0 + 1
        while k < table.rows.count, table.rows[k][c].carried, table.rows[k][c].text == before {
            table.rows[k][c].text = joined
            k += 1
        }
    }

    /// How many columns the cell covering (row, col) spans, counted from `col` (1 when it
    /// spans none). A group row across the table is no continuation of one cell above.
    static func columnSpan(_ table: Table, row r: Int, col c: Int) -> Int {
        guard let sp = table.spans.first(where: { $0.row0 <= r && r <= $0.row1 && $0.col0 <= c && c <= $0.col1 }) else { return 1 }
        return sp.col1 - c + 1
    }

    /// True when `cell`'s last line left no room for `next`'s first word: the text was cut
    /// there (a wrap), not ended (same test as `Cell.paragraphs`). Unknown edges: not cut.
    static func wasCut(_ cell: Cell, before next: Cell) -> Bool {
        guard let right = cell.right, let last = cell.lines.last, let first = next.lines.first else { return false }
        let padding = cell.left.map { max(0, (cell.lines.map(\.x0).min() ?? $0) - $0) } ?? 0
        let room = right - padding - last.x1
        let letters = max(1, SpaceTokens.first(first.text)?.count ?? 1)
        let space = max(2, first.firstWordWidth / Double(letters) * 0.6)
        return room <= first.firstWordWidth + space + 1
    }

    /// Removes row `s`, keeping `rowPages`, `segmentStarts` and `spans` in step: a span
    /// reaching over the row shrinks; one that started on it starts on the row above.
    static func removeRow(_ s: Int, from table: inout Table) {
        table.rows.remove(at: s)
        table.rowPages.remove(at: s)
        table.segmentStarts = table.segmentStarts.map { $0 > s ? $0 - 1 : $0 }
        var spans: [Table.Span] = []
        for var sp in table.spans {
            if sp.row0 > s || (sp.row0 == s && s > 0) { sp.row0 -= 1 }
            if sp.row1 >= s { sp.row1 -= 1 }
            guard sp.row1 >= sp.row0, sp.row1 > sp.row0 || sp.col1 > sp.col0 else { continue }
            // The cut cell's two parts are one span now.
            if let i = spans.firstIndex(where: { $0.col0 == sp.col0 && $0.col1 == sp.col1 && $0.row1 >= sp.row0 && $0.row0 <= sp.row0 }) {
                spans[i].row1 = max(spans[i].row1, sp.row1)
            } else {
                spans.append(sp)
            }
        }
        table.spans = spans
    }
}

/// A table continued on the next page (stitched by `TableReader`) may cut a row in two at the
/// page break. The continuation's first row is the rest of the row above when, by shape alone,
/// it opens no entry: none of its cells stands in a key column (numbering, values), none
/// starts like an entry (a number, a value, a code), and every one of them continues a cell
/// of the row above that holds text (and none repeats it). Then its cells are appended to the cells above and the
/// row goes. Marks with no word or number in them (a scan's shading read as `= =`) at the
/// seam open no row either. Rows that do open an entry are left alone: what a spanning cell
/// cut there means (the rest of a group's label?) needs the columns' roles, Interpretation's work.
public enum TableContinuation {
    public static func joined(_ input: Table) -> Table {
        var table = input
        // (Only a table continued from a page before has seams to look at: the key columns of
        // the others are never asked for.)
        let keys = table.segmentStarts.contains { $0 > 0 && $0 < table.rows.count } ? RowShape.keyColumns(table.rows) : []
        // A table none of whose cells wraps (every cell one line, as read) has rows of one
        // line: a continuation's first row that fills every column the row above fills is a
        // whole row of it, not the rest of a cut one (whose short cells end above the seam),
        // unless a cell above spanning columns (a group row) ran to its edge: cut mid-line by
        // the break. (A narrow column's one-word values fill it to the edge: no sign there.)
        let neverWraps = table.rows.allSatisfy { $0.allSatisfy { $0.isEmpty || $0.carried || $0.lines.count == 1 } }
        for s in table.segmentStarts.sorted(by: >) where s > 0 && s < table.rows.count {
            while s < table.rows.count, !RowShape.isSubstantial(table.rows[s]) {
                RowShape.removeRow(s, from: &table)
            }
            guard s < table.rows.count, table.rowPages[s] != table.rowPages[s - 1] else { continue }
            let row = table.rows[s]
            if neverWraps, row.indices.allSatisfy({ table.rows[s - 1][$0].isEmpty || !row[$0].isEmpty }),
               !row.indices.contains(where: { c in !row[c].isEmpty && RowShape.columnSpan(table, row: s - 1, col: c) > 1
                                                   && RowShape.wasCut(table.rows[s - 1][c], before: row[c]) }) { continue }
            let own = row.indices.filter { !row[$0].isEmpty && !row[$0].carried }
            guard !own.isEmpty, own.allSatisfy({ c in
                !keys.contains(c) && !RowShape.startsEntry(row[c].text) && !table.rows[s - 1][c].isEmpty
                    // A cell written again word for word (a unit repeated on every row) opens a row:
                    // the rest of a cut cell never repeats the cell it completes.
                    && row[c].text != table.rows[s - 1][c].text
                    && RowShape.columnSpan(table, row: s, col: c) == RowShape.columnSpan(table, row: s - 1, col: c)
                    // A group row across the table (a cell spanning columns) goes on only where the one
                    // above was cut mid-line: a complete group row is followed by the next one.
                    && (RowShape.columnSpan(table, row: s, col: c) == 1 || RowShape.wasCut(table.rows[s - 1][c], before: row[c]))
            }) else { continue }
            for c in own {
                RowShape.append(row[c], to: &table, row: s - 1, col: c)
                // Copies of the fragment below (a cut cell spanning on into the next rows) carry the joined text.
                var k = s + 1
                while k < table.rows.count, table.rows[k][c].carried, table.rows[k][c].text == row[c].text {
                    table.rows[k][c].text = table.rows[s - 1][c].text
                    k += 1
                }
            }
            RowShape.removeRow(s, from: &table)
        }
        return table
    }
}

/// Without rules, a cell that spans a group of rows (a goal beside its measures) and is
/// taller than the group's first row wraps onto the next rows of the group, rows that have no
/// number of their own: there its lines are the rest of the cell above, not a new cell.
/// A group column is known by its shape: not a key column (values, numbers), it holds text on
/// most numbered rows and is empty on some unnumbered ones (an indicator column is filled on
/// all rows). Its text on an unnumbered row right under the group's text, opening no entry,
/// is moved up into that cell; the row keeps its other cells.
public enum WrappedRows {
    public static func joined(_ input: Table) -> Table {
        var table = input
        let rows = table.rows
        // The numbering stands where the rows start: on the left, or on the right in a table
        // set right to left (there the leftmost column holds values, not numbers).
        guard rows.count >= 2, let width = rows.first?.count else { return table }
        let rightToLeft = RowShape.readsRightToLeft(rows)
        let order = rightToLeft ? Array((0..<width).reversed()) : Array(0..<width)
        guard let k = order.firstIndex(where: { c in rows.contains { !$0[c].isEmpty } }) else { return table }
        let numbering = order[k]
        let numbered = rows.indices.filter { !rows[$0][numbering].isEmpty && !rows[$0][numbering].carried }
        let numbers = numbered.map { rows[$0][numbering].text.trimmingWhitespace() }
        guard numbered.count >= 2,
              numbers.filter({ TextGrids.isListMarker($0) || $0.allSatisfy { $0.isNumber || $0 == "." } }).count * 10 >= numbers.count * 8
        else { return table }
        let unnumbered = rows.indices.filter { !numbered.contains($0) }
        guard !unnumbered.isEmpty else { return table }
        let keys = RowShape.keyColumns(rows)
        for c in order[(k + 1)...] where !keys.contains(c) {
            let onNumbered = numbered.filter { !rows[$0][c].isEmpty }.count
            let onUnnumbered = unnumbered.filter { !rows[$0][c].isEmpty && !rows[$0][c].carried }.count
            guard onNumbered * 10 >= numbered.count * 7, onUnnumbered < unnumbered.count else { continue }
            var origin: Int? = nil
            for r in rows.indices {
                let cell = table.rows[r][c]
                if numbered.contains(r) {
                    origin = cell.isEmpty || cell.carried ? nil : r
                    continue
                }
                guard let o = origin, !cell.isEmpty, !cell.carried, !RowShape.startsEntry(cell.text) else { origin = nil; continue }
                RowShape.append(cell, to: &table, row: o, col: c)
                table.rows[r][c] = .empty
            }
        }
        return table
    }
}

/// A table's continuation on the next page whose column rules are the table's own save a
/// sliver: a header that sets one column's rule a few points off the body's (a `SATUAN`
/// header over a `%` column) gives the first page an extra edge, the continuation, with no
/// header, lacks it. Its columns are then the table's, each covering one column or a column
/// and its sliver: same frame, every edge of the continuation on an edge of the table, and
/// every edge of the table it lacks within a sliver's width of one it has.
extension TableContinuation {
    /// For each column of the continuation (edges `continuation`), the columns of the table
    /// (edges `table`) it covers; nil when the frames differ, the edges do not line up within
    /// `tolerance`, or an edge the continuation lacks stands farther than `sliver` from the
    /// nearest one it has (a real column, not a sliver: another table).
    public static func columnCover(table: [Double], continuation: [Double], tolerance: Double,
                                   sliver: Double) -> [ClosedRange<Int>]? {
        guard continuation.count >= 2, table.count > continuation.count else { return nil }
        // Each continuation edge matched, in order, to the nearest table edge.
        var matched: [Int] = []
        for x in continuation {
            let from = (matched.last ?? -1) + 1
            guard from < table.count,
                  let j = (from..<table.count).min(by: { abs(table[$0] - x) < abs(table[$1] - x) }),
                  abs(table[j] - x) < tolerance else { return nil }
            matched.append(j)
        }
        guard matched.first == 0, matched.last == table.count - 1 else { return nil }
        let kept = Set(matched)
        for j in table.indices where !kept.contains(j) {
            guard matched.contains(where: { abs(table[$0] - table[j]) < sliver }) else { return nil }
        }
        return (0..<(matched.count - 1)).map { matched[$0]...(matched[$0 + 1] - 1) }
    }

    /// The continuation's rows and spans laid out on the table's columns (`cover` from
    /// `columnCover`): each cell stands in the first column it covers, the rest of its cover
    /// is a span of that cell, as the table's own grid reads a cell over a sliver.
    public static func widened(_ rows: [[Cell]], spans: [Table.Span], cover: [ClosedRange<Int>],
                               width: Int) -> (rows: [[Cell]], spans: [Table.Span]) {
        let out = rows.map { row in
            var wide = Array(repeating: Cell.empty, count: width)
            for (c, cell) in row.enumerated() where c < cover.count { wide[cover[c].lowerBound] = cell }
            return wide
        }
        var wideSpans = spans.filter { $0.col1 < cover.count }.map {
            Table.Span(row0: $0.row0, col0: cover[$0.col0].lowerBound, row1: $0.row1, col1: cover[$0.col1].upperBound)
        }
        for r in rows.indices {
            for c in rows[r].indices where c < cover.count && cover[c].count > 1 && !rows[r][c].isEmpty && !rows[r][c].carried {
                guard !wideSpans.contains(where: { $0.row0 <= r && r <= $0.row1 && $0.col0 <= cover[c].lowerBound && cover[c].lowerBound <= $0.col1 })
                else { continue }
                wideSpans.append(Table.Span(row0: r, col0: cover[c].lowerBound, row1: r, col1: cover[c].upperBound))
            }
        }
        return (out, wideSpans)
    }

    /// The mirror of `widened`: a continuation with a sliver column the table lacks (its own
    /// rules set one edge a few points off). `cover` from `columnCover(table: continuation's
    /// edges, continuation: table's edges)`: for each column of the table, the continuation's
    /// columns it covers. Each table column gets the text of the cells it covers, left to
    /// right (a sliver holds a stray piece of its neighbour's text, or nothing); spans shrink
    /// onto the table's columns.
    public static func narrowed(_ rows: [[Cell]], spans: [Table.Span], cover: [ClosedRange<Int>]) -> (rows: [[Cell]], spans: [Table.Span]) {
        let out = rows.map { row in
            cover.map { range -> Cell in
                let pieces = range.filter { $0 < row.count && !row[$0].isEmpty }.map { row[$0] }
                guard var cell = pieces.first else { return range.lowerBound < row.count ? row[range.lowerBound] : .empty }
                for p in pieces.dropFirst() where !p.carried || !cell.carried {
                    cell.text = cell.text.isEmpty ? p.text : cell.text + " " + p.text
                    cell.lines += p.lines
                    cell.right = p.right ?? cell.right
                    cell.carried = cell.carried && p.carried
                }
                return cell
            }
        }
        func column(_ c: Int) -> Int { cover.firstIndex { $0.contains(c) } ?? cover.count - 1 }
        var narrow: [Table.Span] = []
        for sp in spans {
            let n = Table.Span(row0: sp.row0, col0: column(sp.col0), row1: sp.row1, col1: column(sp.col1))
            guard n.row1 > n.row0 || n.col1 > n.col0, !narrow.contains(n) else { continue }
            narrow.append(n)
        }
        return (out, narrow)
    }
}
