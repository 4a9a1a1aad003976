import FoundationEssentials
import KinerjaModel
import Layout
import Values

/// Composite indicators: a parent line (`1.1. Jumlah produksi yang dihasilkan (ton) :`) over
/// bulleted sub-items (`- Daging`, `- Telur`, `- Susu`), each with its own target on its own
/// line. ANNOTATION rule 2 (and the analyst's spreadsheet) wants one record per printed row:
/// the parent with its own measures (often none) and one per sub-item, bullet dropped.
extension IndicatorReader {
    /// `- Daging` → `Daging`; `• Sapi potong` → `Sapi potong`; `➢ Padi` (extracted as `»`
    /// from some fonts) or a symbol font's bullet (a private-use character, `\u{F0D8} Padi`) → `Padi`; nil when the text is not a
    /// bulleted item. A minus before a digit is a negative number, not a bullet.
    static func bulletItem(_ s: String) -> String? {
        let t = s.trimmingWhitespace()
        guard let first = t.first else { return nil }
        let privateUse = first.unicodeScalars.first.map { (0xE000...0xF8FF).contains($0.value) } ?? false
        guard privateUse || ["-", "–", "•", "·", "◦", "▪", "➢", "➤", "►", "▶", "○", "●", "■", "□", "◆", "◇", "»"].contains(first) else { return nil }
        let rest = t.dropFirst().trimmingWhitespace()
        guard let r = rest.first, r.isLetter else { return nil }
        return rest
    }

    /// A cell of the indikator column holding several items — bulleted sub-items under a
    /// parent line, or items each opened by a bullet or a list number of its own (`1.1.1.1 …`,
    /// `- Ayam Buras`, `➢ Jumlah rekomendasi …`) — beside measure cells whose value lines each
    /// stand level with one of them, becomes one row per item. A line is matched to the item
    /// whose lines it stands beside (by its top: a target printed at an item's foot pairs as
    /// surely as one at its head); two values beside one item, a value that is not a number,
    /// a value beside no item or items on two pages leave the row as it is (its raw text, read
    /// as no value). Key cells (no, sasaran, program) are carried to the sub-rows; other cells
    /// are cut the same way when their lines match items one to one, else they stay with the
    /// first part. A wrapped line (no bullet, no number) stays in its item.
    func splitBulletedCells(_ table: inout Table, measureCols: [Int], indikatorCol ic: Int) {
        var r = 0
        while r < table.rows.count {
            let row = table.rows[r]
            guard let (items, hasParent) = Self.itemSegments(row[ic]) else { r += 1; continue }
            // Per column: the item index of each line, or nil when the column cannot be cut.
            func assignment(_ cell: Cell) -> [Int]? {
                guard !cell.lines.isEmpty, cell.lines.allSatisfy({ $0.page == items[0][0].page }) else { return nil }
                var used = Set<Int>()
                var out: [Int] = []
                for line in cell.lines {
                    guard let k = Self.segment(for: line, in: items), !used.contains(k) else { return nil }
                    used.insert(k)
                    out.append(k)
                }
                return out
            }
            var cuts: [Int: [Int]] = [:]
            var measureOK = true
            var valued = Set<Int>()
            for c in measureCols where !row[c].carried && !row[c].text.isEmpty {
                // Each line a value, or one token with a digit that does not read (`s8` for a
                // misread `≤ 8`): it is cut like the others and kept raw, as no value.
                let values = row[c].lines.allSatisfy { l in
                    (ValueReader.read(l.text).value?.kind ?? .text) != .text
                        || (!l.text.contains(" ") && l.text.contains(where: \.isNumber))
                }
                guard values, let a = assignment(row[c]) else { measureOK = false; break }
                cuts[c] = a
                valued.formUnion(a)
            }
            // Items are sub-indicators only when they carry values of their own: bullets listing
            // the fields of one indicator (`Jumlah kesepakatan dalam bidang : - Pemerintahan …`,
            // its one target beside the parent) are its text. One value among items is enough
            // only when the items are of two kinds (`- Itik` then `➢ Jumlah bibit …`, a bullet
            // then a list number): a list of one indicator's fields is set with one mark. Items
            // numbered as siblings (`1.1.1.1`, `1.1.1.2`: as many levels) are indicators each.
            let first = hasParent ? 1 : 0
            let valuedItems = valued.filter { $0 >= first }.count, itemCount = items.count - first
            let marks = items[first...].map { Self.itemMark($0[0].text) }
            let siblings = marks.allSatisfy { $0.hasPrefix("#") } && Set(marks).count == 1
            let kinds = Set(marks.map { $0.hasPrefix("#") ? "#" : $0 })
            let enough = (valuedItems >= 2 && valuedItems * 2 >= itemCount)
                || (!hasParent && valuedItems >= 1 && (kinds.count >= 2 || siblings))
            guard measureOK, enough else { r += 1; continue }
            for c in row.indices where c != ic && cuts[c] == nil && !measureCols.contains(c) {
                let role = table.columns[c].role
                if row[c].carried || row[c].text.isEmpty || [.no, .sasaran, .program, .pelaksana].contains(role) { continue }
                if let a = assignment(row[c]), row[c].lines.count >= 2 { cuts[c] = a }
            }
            var parts: [[Cell]] = Array(repeating: row, count: items.count)
            for c in row.indices {
                let cell = row[c]
                let role = table.columns[c].role
                if c == ic {
                    for (k, lines) in items.enumerated() {
                        parts[k][c] = Cell(text: TextLines.joinCellLines(lines.map(\.text)), lines: lines,
                                           left: cell.left, right: cell.right, confidence: cell.confidence)
                    }
                } else if let a = cuts[c] {
                    for k in items.indices {
                        let lines = zip(cell.lines, a).filter { $0.1 == k }.map(\.0)
                        parts[k][c] = lines.isEmpty ? Cell(text: "", left: cell.left, right: cell.right)
                            : Self.piece(of: cell, lines: lines, isMeasure: measureCols.contains(c))
                    }
                } else if cell.carried || [.no, .sasaran, .program, .pelaksana].contains(role) {
                    for k in 1..<items.count { parts[k][c].carried = true }
                } else {
                    for k in 1..<items.count { parts[k][c] = Cell(text: "", left: cell.left, right: cell.right) }
                }
            }
            Self.replaceRow(r, with: parts, in: &table)
            r += items.count
        }
    }

    /// A piece of a cell cut into rows. A value piece that reads cleanly as a value does not
    /// keep the whole cell's OCR confidence (the stack's lowest word, most often another
    /// line's): a piece that does not read keeps it, and its warning.
    static func piece(of cell: Cell, lines: [CellLine], isMeasure: Bool) -> Cell {
        let text = TextLines.joinCellLines(lines.map(\.text))
        var confidence = cell.confidence
        if isMeasure, confidence != nil, let v = ValueReader.read(text).value, v.kind != .text { confidence = nil }
        return Cell(text: text, lines: lines, left: cell.left, right: cell.right, confidence: confidence)
    }

    /// A row with a unit and values of its own but no number, no indikator and nothing else,
    /// right under an indicator's row, is a second measure line of that indicator (`Jumlah
    /// UTTP dan BDKT`: `Buah 6,831,222 …` then `Buah 3,900 …`): a record of its own under the
    /// indikator above. Beside the values it may fill what the row above fills too (its own
    /// `Kategori`, `Keterangan`): the same line again, not a row of another kind. Returns that
    /// indikator's text.
    func secondMeasureLine(_ table: Table, row r: Int, indikatorCol ic: Int, satuanCol: Int?) -> String? {
        let row = table.rows[r], above = table.rows[r - 1]
        let measureCols = table.columns.indices.filter { Self.measures.contains(table.columns[$0].role) }
        let own = row.indices.filter { !row[$0].text.isEmpty && !row[$0].carried }
        let keyRoles: [ColumnRole] = [.no, .sasaran, .indikator, .program, .kegiatan]
        let alongside = { (c: Int) in !keyRoles.contains(table.columns[c].role) && !above[c].text.isEmpty }
        guard let satuanCol, own.contains(satuanCol), !above[ic].text.isEmpty,
              own.allSatisfy({ $0 == satuanCol || measureCols.contains($0) || alongside($0) }),
              own.contains(where: { c in measureCols.contains(c) && (ValueReader.read(row[c].text).value?.kind ?? .text) != .text }),
              !above[satuanCol].text.isEmpty else { return nil }
        // `RATA-RATA`, `Jumlah`, `Total` there label a summary row, not a unit.
        let label = HeaderText.fold(row[satuanCol].text)
        guard !["rata", "rerata", "jumlah", "total", "capaian", "nilai"].contains(where: { label.hasPrefix($0) }) else { return nil }
        return above[ic].text
    }

    /// The cell's lines as [item lines…]: an item opens with a bulleted line, or with a line
    /// opening with a list number of its own (`1.1.2.2 Prosentase …`); a line that opens
    /// neither continues the item above (a wrapped phrase is never cut). A first line that
    /// opens no item is the parent (`hasParent`). At least two items under a parent, or two
    /// items at all; a lettered line among items (`b. Jumlah …`, another indicator in a list
    /// this reading does not follow) gives nil, unless the cell opens with a lettered line:
    /// then the letters alone open its items.
    static func itemSegments(_ cell: Cell) -> (items: [[CellLine]], hasParent: Bool)? {
        guard !cell.carried, let first = cell.lines.first, cell.lines.count >= 2,
              cell.lines.allSatisfy({ $0.page == first.page }) else { return nil }
        // A lettered list (`a. Jumlah kesepakatan dalam bidang :` with its bullets, then `b. …`):
        // only its letters open items, each item's bullets are its own text.
        let lettered = opensLetteredItem(first.text)
        func opens(_ t: String) -> Bool { lettered ? opensLetteredItem(t) : bulletItem(t) != nil || ownNumber(t) != nil }
        let hasParent = !opens(first.text)
        var out: [[CellLine]] = [[first]]
        for line in cell.lines.dropFirst() {
            if opens(line.text) {
                out.append([line])
            } else if !lettered, out.count > 1, opensLetteredItem(line.text) {
                return nil
            } else {
                out[out.count - 1].append(line)
            }
        }
        return out.count >= (hasParent ? 3 : 2) ? (out, hasParent) : nil
    }

    /// The kind of mark an item opens with: its bullet, or `#` and the number's depth for a
    /// list number (`#4` for `1.1.1.2`).
    static func itemMark(_ t: String) -> String {
        if bulletItem(t) != nil, let f = t.trimmingWhitespace().first { return String(f) }
        guard let n = ownNumber(t) else { return "" }
        return "#\(n.no.split(separator: ".").count)"
    }

    /// `b. Jumlah rekomendasi …`: a lettered list item opens another indicator.
    static let letteredItem = TextPattern(#"^\s*[a-zA-Z][.)]\s+\S"#)

    /// `letteredItem.matches(in:)`, read by bytes where the text is printable ASCII up to
    /// where the answer is known (compiling and running the expression on every line of
    /// an indikator cell was ~1 % of a Rencana Aksi's run, issue 10).
    static func opensLetteredItem(_ t: String) -> Bool {
        letteredItemASCII(t) ?? letteredItem.matches(in: t)
    }

    /// The expression's answer from the bytes: spaces, an ASCII letter, `.` or `)`, spaces,
    /// then anything but a space. Nil when a byte read before the answer is known is not
    /// printable ASCII (a tab, a line break, a non-breaking space or a mark then decide:
    /// the expression reads them).
    static func letteredItemASCII(_ t: String) -> Bool? {
        var phase = 0   // 0: leading spaces, 1: after the letter, 2: after `.`/`)`, 3: in the spaces after it
        for b in t.utf8 {
            guard b >= 0x20, b < 0x7F else { return nil }
            switch phase {
            case 0:
                if b == 0x20 { continue }
                guard b | 0x20 >= 0x61, b | 0x20 <= 0x7A else { return false }
                phase = 1
            case 1:
                guard b == 0x2E || b == 0x29 else { return false }
                phase = 2
            case 2:
                guard b == 0x20 else { return false }
                phase = 3
            default:
                if b != 0x20 { return true }
            }
        }
        return false
    }

    /// The item a value line stands beside: the one whose lines span its top (within half
    /// a line), else none.
    static func segment(for line: CellLine, in items: [[CellLine]]) -> Int? {
        let pitches = items.flatMap { seg in zip(seg, seg.dropFirst()).map { $1.top - $0.top } }
            + zip(items, items.dropFirst()).map { $1[0].top - $0.last!.top }
        let pitch = pitches.filter { $0 > 0 }.min() ?? 10
        let slack = pitch * 0.5
        let hits = items.indices.filter { k in
            line.top >= items[k][0].top - slack && line.top <= items[k].last!.top + slack
        }
        return hits.count == 1 ? hits[0] : nil
    }
}

extension IndicatorReader {
    /// A value cell spanning rows that each name their own indicator, its lines one value per
    /// row (a rule between two targets not drawn: `100%` beside the first indicator, `1
    /// dokumen` beside the second), holds each row's own value: every line goes to the row
    /// it stands beside. As many lines as rows: each line below its row's indikator top and
    /// above the next row's. Fewer lines (a parent row with no value among them): each line
    /// level with the first line of a row's indikator, one line a row; rows left without a
    /// line get none. A line that is no value, a single line (a value shared by the rows),
    /// or a line level with no row leaves the span alone.
    func splitSpannedValues(_ table: inout Table, valueCols: [Int]) {
        let roles = table.columns.map(\.role)
        let indikatorCols = roles.indices.filter { roles[$0] == .indikator }
        guard !indikatorCols.isEmpty else { return }
        var spans: [Table.Span] = []
        for sp in table.spans {
            guard sp.col0 == sp.col1, valueCols.contains(sp.col0), sp.row1 > sp.row0, sp.row1 < table.rows.count,
                  let rows = Self.spannedValueRows(table, span: sp, indikatorCols: indikatorCols) else {
                spans.append(sp); continue
            }
            let c = sp.col0
            let cell = table.rows[sp.row0][c]
            for r in sp.row0...sp.row1 {
                let lines = (rows[r] ?? nil).map { [$0] } ?? []
                table.rows[r][c] = Cell(text: lines.first?.text ?? "", lines: lines, left: cell.left, right: cell.right,
                                        confidence: cell.confidence)
            }
        }
        table.spans = spans
    }

    /// The line of the span's cell each covered row gets (nil: none), or nil when the cell
    /// is not one value per indicator row (see `splitSpannedValues`).
    static func spannedValueRows(_ table: Table, span sp: Table.Span, indikatorCols: [Int]) -> [Int: CellLine?]? {
        let c = sp.col0
        // The indicators the value stands beside: the nearest indikator column on its left.
        let ic = indikatorCols.last { $0 < c } ?? indikatorCols[0]
        let covered = Array(sp.row0...sp.row1)
        let cell = table.rows[sp.row0][c]
        guard cell.lines.count >= 2, cell.lines.count <= covered.count,
              cell.lines.allSatisfy({ $0.page == cell.lines[0].page }),
              cell.lines.allSatisfy({ l in (ValueReader.read(l.text).value?.kind ?? .text) != .text }) else { return nil }
        var tops: [Double] = []
        for r in covered {
            let ind = table.rows[r][ic]
            guard !ind.isEmpty, !ind.carried, let first = ind.lines.first, first.page == cell.lines[0].page else { return nil }
            tops.append(first.top)
        }
        let lines = cell.lines.sorted { $0.top < $1.top }
        var out: [Int: CellLine?] = Dictionary(uniqueKeysWithValues: covered.map { ($0, nil) })
        if lines.count == covered.count {
            for (i, line) in lines.enumerated() {
                guard line.top >= tops[i] - 3, i + 1 == lines.count || line.top < tops[i + 1] - 3 else { return nil }
                out[covered[i]] = line
            }
            return out
        }
        var used = Set<Int>()
        for line in lines {
            guard let i = tops.indices.min(by: { abs(tops[$0] - line.top) < abs(tops[$1] - line.top) }),
                  abs(tops[i] - line.top) <= 3, used.insert(i).inserted else { return nil }
            out[covered[i]] = line
        }
        return out
    }
}
