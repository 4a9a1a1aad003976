import FoundationEssentials
import KinerjaModel
import Layout

/// What sits beside the indicator records: Rencana Aksi RB records, schedules, budget rows,
/// the decree number, signature blocks and the parties of an agreement. Runs after
/// `IndicatorReader` on its tables and records, and only adds to them.
public enum DocumentExtras {
    public struct Result: Sendable {
        public var indicators: [Indicator]
        public var budget: [BudgetItem]
        public var warnings: [Warning]
    }

    public static func apply(tables: [Table], indicators input: [Indicator]) -> Result {
        // Records of plan tables without measures (Rencana Aksi RB), in table order.
        var byTable: [String: [Indicator]] = [:]
        for rec in input { byTable[rec.table, default: []].append(rec) }
        var indicators: [Indicator] = []
        var seen = Set<String>()
        for table in tables {
            seen.insert(table.id)
            var records = byTable[table.id] ?? []
            if records.isEmpty { records = RencanaAksiRBReader.records(table) }
            // The schedule of records made by IndicatorReader (Rencana Aksi kinerja).
            if let columns = ScheduleReader.columns(of: table), records.contains(where: { $0.jadwal == nil }) {
                let rows = ScheduleReader.recordRows(table, records: records)
                for k in records.indices where records[k].jadwal == nil && !rows[k].isEmpty {
                    records[k].jadwal = ScheduleReader.schedule(table, rows: rows[k], columns: columns)
                }
            }
            ActivityColumns(table).fill(&records, in: table)
            indicators += records
        }
        // Records of tables not passed in (none today) keep their place at the end.
        indicators += input.filter { !seen.contains($0.table) }
        let budget = BudgetReader.read(tables, indicators: indicators)
        return Result(indicators: indicators, budget: budget.items, warnings: budget.warnings)
    }

    /// Decree number, signatures and parties from the text lines of every page.
    public static func documentInfo(_ info: DocumentInfo, pages: [(number: Int, lines: [TextLine])]) -> DocumentInfo {
        let r = SignatureReader.read(pages: pages)
        var info = info
        info.nomor = r.nomor
        info.signed = r.signed
        info.parties = r.parties
        // The promise of an agreement is PIHAK KESATU's: when its jabatan heads a technical
        // unit (`Kepala Balai Pengembangan Perbibitan Ternak Domba Margawati`), the document is
        // that unit's, though the dinas above it (PIHAK KEDUA) is named more often.
        if info.type == .perjanjianKinerja,
           let jabatan = r.parties.first(where: { $0.role == .pertama })?.jabatan,
           let unit = AgencyNames.unitHeaded(by: jabatan) {
            info.instansi = unit
        }
        return info
    }
}

/// The program, activity and output columns beside a plan's indicators (Rencana Aksi, RKT:
/// `Program`, `Kegiatan` / `Nama Kegiatan/Aksi`, `Sub Kegiatan`, `Target Kegiatan/Aksi` /
/// `Output`): their text on the rows a record covers, filled into records that have none yet
/// (Rencana Aksi RB records get theirs from `RencanaAksiRBReader`).
struct ActivityColumns {
    var kegiatan: Int?
    var subKegiatan: Int?
    var output: Int?
    var program: Int?

    init(_ table: Table) {
        let roles = table.columns.map(\.role)
        let kegiatanCols = roles.indices.filter { roles[$0] == .kegiatan }
        kegiatan = kegiatanCols.first
        subKegiatan = kegiatanCols.dropFirst().first
        output = roles.firstIndex(of: .targetKegiatan) ?? table.columns.firstIndex {
            $0.role == .other && HeaderText.words($0.header).contains("output")
        }
        program = roles.firstIndex(of: .program)
    }

    var isEmpty: Bool { kegiatan == nil && subKegiatan == nil && output == nil && program == nil }

    func fill(_ records: inout [Indicator], in input: Table) {
        guard !isEmpty, !records.isEmpty else { return }
        let table = joinedAtPageBreaks(input)
        let rows = ScheduleReader.recordRows(table, records: records)
        for k in records.indices where !rows[k].isEmpty {
            let covered = rows[k]
            if records[k].kegiatan == nil { records[k].kegiatan = Self.text(table, column: kegiatan, rows: covered) }
            if records[k].subKegiatan == nil { records[k].subKegiatan = Self.text(table, column: subKegiatan, rows: covered) }
            if records[k].output == nil { records[k].output = Self.text(table, column: output, rows: covered) }
            if records[k].program == nil { records[k].program = Self.text(table, column: program, rows: covered) }
        }
    }

    /// A kegiatan cell spanning rows may be cut by a page break; the table's next part shows
    /// the rest on its first row, or leaves the cell empty there (its text stood on the page
    /// before). Where that row continues the group above (no number, no sasaran of its own),
    /// an empty cell takes the text above, and — in a table whose kegiatan cells span rows — a
    /// fragment without an output of its own ends the text above, on every row the cell spans (as IndicatorReader does for sasaran, indikator and program cells).
    func joinedAtPageBreaks(_ input: Table) -> Table {
        var table = input
        let roles = table.columns.map(\.role)
        let groupCols = [roles.firstIndex(of: .no), roles.firstIndex(of: .sasaran)].compactMap { $0 }
        let own = { (r: Int, c: Int) in !table.rows[r][c].text.isEmpty && !table.rows[r][c].carried }
        for s in ScheduleReader.pageStarts(table).sorted() where s > 0 && s < table.rows.count {
            guard !groupCols.contains(where: { own(s, $0) }) else { continue }
            for c in [kegiatan, subKegiatan].compactMap({ $0 }) {
                let above = table.rows[s - 1][c]
                guard !above.text.isEmpty else { continue }
                if table.rows[s][c].text.isEmpty {
                    // The rest of the cell, empty: every row down to the next text or group.
                    var k = s
                    while k < table.rows.count, table.rows[k][c].text.isEmpty, !groupCols.contains(where: { own(k, $0) }) {
                        var cell = above
                        cell.carried = true
                        table.rows[k][c] = cell
                        k += 1
                    }
                } else if !table.rows[s][c].carried, output.map({ !own(s, $0) }) ?? true,
                          table.rows.contains(where: { $0[c].carried }),
                          // (Opening with the first word of the cell above, `Program …` under `Program …`:
                          // the next activity of the list, not the rest of this one.)
                          Self.firstWord(table.rows[s][c].text) != Self.firstWord(above.text) {
                    // Only where kegiatan cells span rows (an activity over several indicators);
                    // where each row has its own, or its own output, the text is a new activity.
                    let joined = above.text + " " + table.rows[s][c].text
                    var top = s - 1
                    while top > 0, table.rows[top][c].carried, table.rows[top - 1][c].text == above.text { top -= 1 }
                    var k = s + 1
                    while k < table.rows.count, table.rows[k][c].carried, table.rows[k][c].text == table.rows[s][c].text { k += 1 }
                    for r in top..<k { table.rows[r][c].text = joined; table.rows[r][c].carried = r != top }
                }
            }
        }
        return table
    }

    static func firstWord(_ text: String) -> String {
        text.split(separator: " ").first.map { $0.lowercased() } ?? ""
    }

    /// The column's text on the rows: each cell once (a cell spanning the rows is carried onto
    /// them), several activities of one indicator joined with `; ` in row order; nil when all
    /// are empty.
    static func text(_ table: Table, column c: Int?, rows: [Int]) -> String? {
        guard let c else { return nil }
        var texts: [String] = []
        for r in rows where r < table.rows.count {
            let cell = table.rows[r][c]
            guard !cell.text.isEmpty, !(cell.carried && r != rows.first) else { continue }
            texts.append(cell.text)
        }
        return texts.isEmpty ? nil : texts.joined(separator: "; ")
    }
}

