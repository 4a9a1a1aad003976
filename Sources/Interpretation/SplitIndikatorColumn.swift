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
