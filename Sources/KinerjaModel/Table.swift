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
    /// The year of the plan a column stands for (`3` under `Target Renstra Tahun ke-`).
    public var tahunKe: Int? = nil

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
    /// Left and right ends of the line's text, and the width of its first word: a line
    /// that left room for the next line's first word ended a paragraph, not a wrap.
    public var x0: Double
    public var x1: Double
    public var firstWordWidth: Double
    public init(text: String, top: Double, page: Int, x0: Double = 0, x1: Double = 0, firstWordWidth: Double = 0) {
        self.text = text; self.top = top; self.page = page
        self.x0 = x0; self.x1 = x1; self.firstWordWidth = firstWordWidth
    }
}

/// A table cell: its text (line wraps joined) and its lines.
public struct Cell: Sendable, Hashable {
    public var text: String
    public var lines: [CellLine]
    /// True when this is a copy of a cell that starts in an earlier row (a row span):
    /// the text is carried, the cell is not new.
    public var carried: Bool
    /// Left and right edges of the cell (rules or column bounds), when known.
    public var left: Double?
    public var right: Double?
    /// The lowest OCR confidence (0...100) of the cell's words; nil for native text.
    public var confidence: Double?
    /// True when a fill covers most of the cell in a colour that sets it apart from the
    /// rest of its row (not a header band, zebra row or shaded column): a mark drawn as
    /// shading. Found from the page's fills; false for OCR'd pages.
    public var shaded: Bool = false
    /// The colour of the fill covering the cell, when one does.
    public var fill: RGBColor? = nil
    public init(text: String, lines: [CellLine] = [], carried: Bool = false, left: Double? = nil, right: Double? = nil,
                confidence: Double? = nil) {
        self.text = text; self.lines = lines; self.carried = carried; self.left = left; self.right = right
        self.confidence = confidence
    }

    /// The cell's lines grouped into paragraphs. A new paragraph starts where the line above
    /// ended with room to spare for this line's first word (so it was not wrapped), or where
    /// the line pitch clearly exceeds the cell's usual pitch (paragraph spacing). The usual
    /// pitch is the lower quartile, not the minimum (OCR'd line positions jitter by a point
    /// or two) nor the median (paragraph breaks may be half the gaps).
    public var paragraphs: [[CellLine]] {
        guard let first = lines.first else { return [] }
        let pitches = zip(lines, lines.dropFirst()).filter { $0.page == $1.page }.map { $1.top - $0.top }
        let base = pitches.sorted()[safe: pitches.count / 4] ?? 0
        let padding = left.map { max(0, (lines.map(\.x0).min() ?? $0) - $0) } ?? 0
        var out: [[CellLine]] = [[first]]
        for (prev, line) in zip(lines, lines.dropFirst()) {
            // A cell cut by the page break goes on in the same paragraph (the break is no
            // paragraph end): the room left on the line above decides, as on one page.
            var newParagraph = false
            if let right {
                let room = right - padding - prev.x1
                let letters = max(1, SpaceTokens.first(line.text)?.count ?? 1)
                let space = max(2, line.firstWordWidth / Double(letters) * 0.6)
                if room > line.firstWordWidth + space + 1 { newParagraph = true }
            }
            if pitches.count >= 2, line.top - prev.top > base + max(1.0, base * 0.12) { newParagraph = true }
            // A line opening with a bullet is a list item of its own, however full the line
            // above it is (a hanging indent makes the cell's padding look wide, so the
            // room test cannot see the line above end short).
            if let c = line.text.first, Self.bullets.contains(c) { newParagraph = true }
            if newParagraph { out.append([line]) } else { out[out.count - 1].append(line) }
        }
        return out
    }
    /// Glyphs that open a list item (not `-`, `o` or `*`: a wrapped line may open with those).
    static let bullets: Set<Character> = ["•", "·", "◦", "▪", "➢", "➤", "►", "▶", "○", "●", "■", "□", "◆", "◇"]
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
    /// Merged cells, in `rows` coordinates: each spans rows `row0...row1` and columns
    /// `col0...col1` (inclusive). The text stands once, at (row0, col0); the other
    /// positions are empty in the output (`Cell.carried` copies are for Interpretation).
    public var spans: [Span] = []

    public struct Span: Sendable, Hashable {
        public var row0: Int, col0: Int, row1: Int, col1: Int
        public init(row0: Int, col0: Int, row1: Int, col1: Int) {
            self.row0 = row0; self.col0 = col0; self.row1 = row1; self.col1 = col1
        }
    }

    public init(id: String, pages: [Int], caption: String?, columns: [Column], rows: [[Cell]], rowPages: [Int]) {
        self.id = id; self.pages = pages; self.caption = caption
        self.columns = columns; self.rows = rows; self.rowPages = rowPages
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
