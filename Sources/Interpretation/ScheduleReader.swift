import FoundationEssentials
import KinerjaModel

/// Reads the schedule of a Rencana Aksi row: which months or quarters are marked.
///
/// Schedule columns are those with role `jadwal` (a month or quarter under a schedule group:
/// `B1`…`B12`, `1`…`12` under PELAKSANAAN (BULAN), `I`…`IV` under Triwulan), and runs of three
/// or more columns whose own header names a month or quarter (`Jan`…`Des`, `TW I`,
/// `Triwulan II`). A cell holding a mark (`√`, `v`, `x`, `•`) schedules its period; so does a
/// cell Tables found shaded apart from its row (a filled month, no text; a shaded cell merged
/// over several months schedules each of them); one holding a quantity (`36 Pegawai`)
/// schedules it too and keeps its text as a note; `-` or an empty unshaded cell does not.
public enum ScheduleReader {
    /// The schedule columns of a table: column index → period, and the unit.
    public struct Columns: Sendable, Equatable {
        public var unit: Schedule.Unit
        public var periods: [Int: Int]
    }

    static let monthNames = ["jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov", "des"]
    static let monthAliases = ["agt": 8, "agus": 8, "may": 5, "aug": 8, "oct": 10, "dec": 12, "dese": 12]
    static let romans = ["i": 1, "ii": 2, "iii": 3, "iv": 4]

    /// What a schedule header label names: (month or quarter number, unit when the label says).
    static func label(_ header: String) -> (Int, Schedule.Unit?)? {
        let w = HeaderText.words(header)
        guard !w.isEmpty, w.count <= 2 else { return nil }
        let last = w[w.count - 1]
        if w.count == 2 {
            // `TW I`, `Triwulan 2`, `Q 3`, `Bulan 4`
            let unit: Schedule.Unit? = ["tw", "triwulan", "q", "trw"].contains(w[0]) ? .triwulan : (w[0] == "bulan" ? .bulan : nil)
            guard let unit else { return nil }
            if let n = romans[last] ?? Int(last), (1...(unit == .triwulan ? 4 : 12)).contains(n) { return (n, unit) }
            return nil
        }
        // `B1`, `TW1`, `Q2`
        for (prefix, unit) in [("tw", Schedule.Unit.triwulan), ("q", .triwulan), ("b", .bulan)] where last.hasPrefix(prefix) {
            if let n = Int(last.dropFirst(prefix.count)), (1...(unit == .triwulan ? 4 : 12)).contains(n) { return (n, unit) }
        }
        if let n = romans[last] { return (n, .triwulan) }
        if let n = Int(last), (1...12).contains(n) { return (n, nil) }
        if let i = monthNames.firstIndex(where: { last.hasPrefix($0) }), last.count <= 9 { return (i + 1, .bulan) }
        if let n = monthAliases[last] { return (n, .bulan) }
        return nil
    }

    /// The schedule columns of a table, or nil when it has fewer than three.
    public static func columns(of table: Table) -> Columns? {
        var found: [(col: Int, n: Int, unit: Schedule.Unit?)] = []
        var run: [(col: Int, n: Int, unit: Schedule.Unit?)] = []
        func flushRun() { if run.count >= 3 { found += run }; run = [] }
        for (c, col) in table.columns.enumerated() {
            guard let (n, unit) = label(col.header) else { flushRun(); continue }
            if col.role == .jadwal { found.append((c, n, unit)); flushRun(); continue }
            // A month or quarter named by its own header (no group), in a run of at least three.
            if col.role == .other, unit != nil { run.append((c, n, unit)) } else { flushRun() }
        }
        flushRun()
        guard found.count >= 3 else { return nil }
        let groups = table.columns.compactMap(\.group).map(HeaderText.fold).joined(separator: " ")
        let unit: Schedule.Unit
        if let said = found.compactMap(\.unit).first {
            unit = said
        } else if groups.contains("triwulan") || groups.contains("tw") || (found.count == 4 && !groups.contains("bulan")) {
            unit = .triwulan
        } else {
            unit = .bulan
        }
        var periods: [Int: Int] = [:]
        for f in found { periods[f.col] = f.n }
        return Columns(unit: unit, periods: periods)
    }

    /// Marks that say "scheduled". Wingdings check marks come out of some PDFs as `ü`.
    static let marks: Set<String> = ["√", "✓", "✔", "v", "V", "x", "X", "•", "●", "■", "*", "ü", "✗", "☑"]

    /// The schedule of the given rows (an indicator that spans several activity rows is
    /// scheduled whenever any of them is).
    ///
    /// Nil when every schedule cell of the rows is empty and unshaded: a scanned schedule's
    /// shading is not seen (OCR'd pages have no fills), so "never" would be a guess. Cells
    /// holding only `-` do say "not in this period".
    public static func schedule(_ table: Table, rows: [Int], columns: Columns) -> Schedule? {
        var periods = Set<Int>()
        var notes: [Schedule.Note] = []
        var anyText = false
        for r in rows where r < table.rows.count {
            for (c, n) in columns.periods.sorted(by: { $0.key < $1.key }) {
                let cell = table.rows[r][c]
                if cell.shaded, !cell.carried || !rows.contains(r - 1) {
                    anyText = true
                    periods.insert(n)
                    // A shaded cell merged over the next months schedules them too.
                    for span in table.spans where span.col0 == c && span.row0 <= r && r <= span.row1 {
                        for k in span.col0...span.col1 { if let m = columns.periods[k] { periods.insert(m) } }
                    }
                }
                let t = cell.text.trimmingWhitespace()
                if !t.isEmpty { anyText = true }
                if t.isEmpty || t.allSatisfy({ "-–—".contains($0) }) { continue }
                if marks.contains(t) || t.split(separator: " ").allSatisfy({ marks.contains(String($0)) }) {
                    periods.insert(n)
                } else if t.contains(where: { $0.isLetter || $0.isNumber }) {
                    periods.insert(n)
                    let note = Schedule.Note(period: n, text: t)
                    if !notes.contains(note) { notes.append(note) }
                }
            }
        }
        guard anyText else { return nil }
        return Schedule(unit: columns.unit, periods: periods.sorted(), notes: notes.sorted { $0.period < $1.period })
    }

    /// For each record of `table` (in order), the rows it covers: the row whose indikator
    /// it is, and the rows below that carry the same indikator cell. Matching by text and
    /// page keeps this independent of how the records were made.
    public static func recordRows(_ table: Table, records: [Indicator]) -> [[Int]] {
        // A Rencana Aksi may have two indikator columns (the sasaran's and the kegiatan's);
        // each record is looked for in them in turn, each column read in order.
        let indikatorColumns = table.columns.indices.filter { table.columns[$0].role == .indikator }
        guard !indikatorColumns.isEmpty else { return records.map { _ in [] } }
        var out: [[Int]] = []
        var cursors = [Int: Int]()
        let starts = pageStarts(table)
        for rec in records {
            var found: (row: Int, col: Int)? = nil
            for col in indikatorColumns where found == nil {
                var r = cursors[col] ?? 0
                while r < table.rows.count {
                    let cell = table.rows[r][col]
                    if !cell.carried, cell.text == rec.indikator, table.rowPages[r] == rec.page { found = (r, col); break }
                    r += 1
                }
            }
            guard let (start, ic) = found else { out.append([]); continue }
            var rows = [start]
            var k = start + 1
            var crossed = false
            while k < table.rows.count, !startsNewGroup(table, row: k) {
                let cell = table.rows[k][ic]
                crossed = crossed || starts.contains(k)
                if cell.carried, cell.text == rec.indikator {
                    rows.append(k)
                } else if crossed, cell.isEmpty, !opensSasaran(table, row: k) {
                    // The indikator's cell cut by the page break: the rows that continue it on
                    // the next page leave it empty.
                    rows.append(k)
                } else {
                    break
                }
                k += 1
            }
            out.append(rows)
            cursors[ic] = start + 1
        }
        return out
    }

    /// The rows that begin the table's part on a new page. (From the rows' pages, not
    /// `segmentStarts`: IndicatorReader splits stacked rows after the parts were stitched.)
    static func pageStarts(_ table: Table) -> Set<Int> {
        Set(table.rowPages.indices.dropFirst().filter { table.rowPages[$0] != table.rowPages[$0 - 1] })
    }

    /// A row whose sasaran cell holds text of its own opens the next sasaran.
    static func opensSasaran(_ table: Table, row r: Int) -> Bool {
        guard let sc = table.columns.firstIndex(where: { $0.role == .sasaran }) else { return false }
        return !table.rows[r][sc].carried && !table.rows[r][sc].isEmpty
    }

    /// A row with a number of its own starts a new group (a programme heading, the next sasaran).
    static func startsNewGroup(_ table: Table, row r: Int) -> Bool {
        guard let nc = table.columns.firstIndex(where: { $0.role == .no }) else { return false }
        let cell = table.rows[r][nc]
        return !cell.carried && !cell.text.isEmpty
    }
}
