/// The role a column plays, from its header (CONTRACT.md, Column roles).
public enum ColumnRole: String, Sendable, Codable, CaseIterable {
    case no, sasaran, indikator, target, realisasi, capaian, program, kegiatan
    case targetKegiatan = "target_kegiatan"
    case anggaran
    case realisasiAnggaran = "realisasi_anggaran"
    case pelaksana, jadwal, keterangan, other
}

public struct Column: Sendable, Hashable {
    /// The column's own header text (the lowest header level).
    public var header: String
    /// The header above it in a multi-level header (`TAHUN 2023`, `RENCANA PELAKSANAAN`).
    public var group: String?
    public var role: ColumnRole
    /// The year of a multi-period column (`2023` under `TAHUN 2023`, or a year header).
    public var tahun: Int?

    public init(header: String, group: String? = nil, role: ColumnRole = .other, tahun: Int? = nil) {
        self.header = header; self.group = group; self.role = role; self.tahun = tahun
    }
}

/// One line of text inside a cell, kept so that stacked cells (several indicators in one
/// cell, one per paragraph, beside a cell of stacked targets) can be split by position.
public struct CellLine: Sendable, Hashable {
    public var text: String
    /// Top of the line (points) and the page it is on.
    public var top: Double
    public var page: Int
    public init(text: String, top: Double, page: Int) { self.text = text; self.top = top; self.page = page }
}

/// A table cell: its text (line wraps joined) and its lines.
public struct Cell: Sendable, Hashable {
    public var text: String
    public var lines: [CellLine]
    /// True when this is a copy of a cell that starts in an earlier row (a row span):
    /// the text is carried, the cell is not new.
    public var carried: Bool
    public init(text: String, lines: [CellLine] = [], carried: Bool = false) {
        self.text = text; self.lines = lines; self.carried = carried
    }
    public static let empty = Cell(text: "")
    public var isEmpty: Bool { text.isEmpty }
}

/// A reconstructed table: one grid of text cells, possibly stitched over several pages.
public struct Table: Sendable {
    public var id: String
    /// 1-based pages the table covers.
    public var pages: [Int]
    /// The caption (`Tabel 9: ...`) when one stands next to the table.
    public var caption: String?
    public var columns: [Column]
    /// Body rows (headers and column-number rows removed); every row has `columns.count` cells.
    public var rows: [[Cell]]
    /// The page each body row starts on.
    public var rowPages: [Int]
    /// Indices of rows that open a continuation on a later page: a cell cut by the page
    /// break may continue there (Interpretation joins it once it knows the column roles).
    public var segmentStarts: [Int] = []
    /// True when the grid came from text alignment, not rules.
    public var borderless: Bool = false

    public init(id: String, pages: [Int], caption: String?, columns: [Column], rows: [[Cell]], rowPages: [Int]) {
        self.id = id; self.pages = pages; self.caption = caption
        self.columns = columns; self.rows = rows; self.rowPages = rowPages
    }
}
