import Foundation
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
        return info
    }
}
