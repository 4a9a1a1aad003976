import KinerjaModel

/// Tables as the Tables stage hands them to Interpretation, built by hand for the suites
/// that read stacked and spanned cells.
extension Cell {
    /// A cell of these lines, its text their join with a space (as a multi-line cell reads).
    static func of(_ lines: [CellLine]) -> Cell {
        Cell(text: lines.map(\.text).joined(separator: " "), lines: lines)
    }
}

extension Table {
    /// A table on one page whose columns are headed `headers`, every row on that page.
    static func onePage(_ id: String, page: Int, headers: [String], rows: [[Cell]]) -> Table {
        Table(id: id, pages: [page], caption: nil, columns: headers.map { Column(header: $0) },
              rows: rows, rowPages: rows.map { _ in page })
    }

    /// The same, each cell given by its text alone (a one-line cell).
    static func onePage(_ id: String, page: Int, headers: [String], texts: [[String]]) -> Table {
        onePage(id, page: page, headers: headers, rows: texts.map { $0.map { Cell(text: $0) } })
    }
}
