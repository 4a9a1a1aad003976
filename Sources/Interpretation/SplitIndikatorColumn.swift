import FoundationEssentials
import KinerjaModel

extension IndicatorReader {
    /// One indikator header over two columns whose rule runs only through some rows: a narrow
    /// list-number column (`1)`, `2)`) beside the names, and rows whose name stands in the
    /// second column alone (`a. Teh`). The records are read from the first column of such a
    /// run, so each row's text across the run is that row's indikator: the second column's
    /// text joins the first's (`1) Luas Intensifikasi (Ha)`), or stands alone where the first
    /// is empty or only carries a cell from above.
    func joinSplitIndikatorColumn(_ table: inout Table, indikatorCol ic: Int) {
        let headers = table.columns.map { HeaderText.fold($0.header) }
        var run: [Int] = []
        var c = ic + 1
        while c < table.columns.count, table.columns[c].role == .indikator, headers[c] == headers[ic] {
            run.append(c)
            c += 1
        }
        guard !run.isEmpty else { return }
        for r in table.rows.indices {
            for k in run {
                let cell = table.rows[r][k]
                guard !cell.isEmpty, !cell.carried else { continue }
                let first = table.rows[r][ic]
                if first.isEmpty || first.carried {
                    table.rows[r][ic] = cell
                } else {
                    table.rows[r][ic].text = first.text + " " + cell.text
                    table.rows[r][ic].lines += cell.lines
                }
                table.rows[r][k] = .empty
            }
        }
    }
}

extension IndicatorReader {
    /// In a cascade (`Indikator Sasaran` | … | `Indikator Kinerja Program` | `Target`) the
    /// records are the last level's; a row where that level is empty but an upper level's
    /// indicator starts, with measures of its own (the sasaran indicator's targets on its own
    /// line), is that indicator's record.
    func upperLevelIndikator(_ table: Table, row r: Int, indikatorCol ic: Int) -> String? {
        let row = table.rows[r]
        guard row[ic].isEmpty,
              table.columns.indices.contains(where: { Self.measures.contains(table.columns[$0].role) && !row[$0].carried && !row[$0].text.isEmpty }),
              let upper = (0..<ic).last(where: { table.columns[$0].role == .indikator && !row[$0].carried && !row[$0].isEmpty })
        else { return nil }
        return row[upper].text
    }
}
