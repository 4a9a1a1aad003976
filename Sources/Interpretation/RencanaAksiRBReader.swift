import FoundationEssentials
import KinerjaModel

/// Records of a Rencana Aksi Reformasi Birokrasi (and any plan table like it): an indikator
/// (keberhasilan) column and a schedule, but no target, realisasi or capaian column. Each row
/// with an indikator of its own gives a record whose measures are null and whose `jadwal`
/// says when it is done; the area of change stands in `sasaran`, the activity in `kegiatan`
/// (and `sub_kegiatan`), the output in `output`.
public enum RencanaAksiRBReader {
    static let measures: Set<ColumnRole> = [.target, .realisasi, .capaian]

    /// True when the table is such a plan: records come from this reader, not IndicatorReader.
    public static func applies(to table: Table) -> Bool {
        let roles = table.columns.map(\.role)
        return roles.contains(.indikator) && !roles.contains(where: measures.contains)
            && ScheduleReader.columns(of: table) != nil
    }

    /// The records of one table (empty when the table is not such a plan).
    public static func records(_ table: Table) -> [Indicator] {
        guard applies(to: table), let schedule = ScheduleReader.columns(of: table),
              let ic = table.columns.firstIndex(where: { $0.role == .indikator }) else { return [] }
        let table = carried(table)
        let col = { (role: ColumnRole) in table.columns.firstIndex(where: { $0.role == role }) }
        let noCol = col(.no)
        let sasaranCol = col(.sasaran) ?? table.columns.firstIndex {
            $0.role == .other && HeaderText.words($0.header).contains("area")
        }
        let kegiatanCols = table.columns.indices.filter { table.columns[$0].role == .kegiatan }
        let outputCol = col(.targetKegiatan) ?? table.columns.firstIndex {
            $0.role == .other && HeaderText.words($0.header).contains("output")
        }
        var out: [Indicator] = []
        for (r, row) in table.rows.enumerated() {
            let cell = row[ic]
            guard !cell.text.isEmpty, !cell.carried else { continue }
            var rows = [r]
            var k = r + 1
            while k < table.rows.count, table.rows[k][ic].carried, table.rows[k][ic].text == cell.text { rows.append(k); k += 1 }
            let text = { (c: Int?) -> String? in
                guard let c, !row[c].text.isEmpty else { return nil }
                return row[c].text
            }
            var rec = Indicator(table: table.id, page: table.rowPages[r],
                                no: text(noCol).map(IndicatorReader.listNumber),
                                sasaran: text(sasaranCol), indikator: cell.text)
            rec.kegiatan = text(kegiatanCols.first)
            rec.subKegiatan = kegiatanCols.count > 1 ? text(kegiatanCols[1]) : nil
            rec.output = text(outputCol)
            rec.jadwal = ScheduleReader.schedule(table, rows: rows, columns: schedule)
            out.append(rec)
        }
        return out
    }

    /// A table continued on the next page shows its spanning cells (no, area, kegiatan) only
    /// on its first part: an indicator row without a number of its own takes the empty ones
    /// from the row above.
    static func carried(_ input: Table) -> Table {
        var table = input
        let roles = table.columns.map(\.role)
        guard let ic = roles.firstIndex(of: .indikator), table.rows.count > 1 else { return table }
        let keyCols = table.columns.indices.filter { c in
            roles[c] == .no || roles[c] == .sasaran || roles[c] == .kegiatan
                || (roles[c] == .other && HeaderText.words(table.columns[c].header).contains("area"))
        }.filter { $0 < ic }
        let noCol = roles.firstIndex(of: .no)
        for r in 1..<table.rows.count {
            let row = table.rows[r]
            guard !row[ic].text.isEmpty else { continue }
            if let noCol, !row[noCol].text.isEmpty, !row[noCol].carried { continue }
            // Only the columns left of the first cell this row fills itself are carried.
            let firstOwn = keyCols.first { !row[$0].text.isEmpty && !row[$0].carried } ?? ic
            for c in keyCols where c < firstOwn && row[c].text.isEmpty {
                var cell = table.rows[r - 1][c]
                guard !cell.text.isEmpty else { continue }
                cell.carried = true
                table.rows[r][c] = cell
            }
        }
        return table
    }
}
