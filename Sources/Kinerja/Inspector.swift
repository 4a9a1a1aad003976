import FoundationEssentials
import Glibc
import Interpretation
import KinerjaModel
import Layout
import PDFReading
import Tables

/// `kinerja inspect`: pictures of what the pipeline saw on a page — every word box, every
/// stroke and fill of the drawing, the rules found from them, each table's cell grid with
/// its id, and its columns tinted by the role Interpretation gave them.
public struct Inspector: Sendable {
    public var options: ExtractOptions
    /// Pixels per point of the pictures (1.25 ≈ 90 dpi).
    public var scale: Double
    public init(options: ExtractOptions = .init(), scale: Double = 1.25) {
        self.options = options; self.scale = scale
    }

    /// Colours by kind (also the README's legend).
    enum Palette {
        static let word = RGBColor(r: 0.1, g: 0.35, b: 0.9)
        static let rule = RGBColor(r: 0.9, g: 0.0, b: 0.0)
        static let stroke = RGBColor(r: 0.55, g: 0.55, b: 0.55)
        static let curve = RGBColor(r: 0.0, g: 0.6, b: 0.2)
        static let fill = RGBColor(r: 1.0, g: 0.55, b: 0.0)
        static let grid = RGBColor(r: 0.35, g: 0.0, b: 0.6)
        static let image = RGBColor(r: 0.0, g: 0.6, b: 0.6)
        static let shaded = RGBColor(r: 0.85, g: 0.0, b: 0.55)
        static let join = RGBColor(r: 0.0, g: 0.7, b: 0.0)
        static func role(_ role: ColumnRole) -> RGBColor? {
            switch role {
            case .no: return RGBColor(r: 0.6, g: 0.6, b: 0.6)
            case .sasaran: return RGBColor(r: 0.6, g: 0.4, b: 0.9)
            case .indikator: return RGBColor(r: 1.0, g: 0.85, b: 0.0)
            case .target, .targetKegiatan: return RGBColor(r: 0.1, g: 0.8, b: 0.2)
            case .realisasi, .realisasiAnggaran: return RGBColor(r: 0.1, g: 0.6, b: 1.0)
            case .capaian: return RGBColor(r: 1.0, g: 0.3, b: 0.6)
            case .program, .kegiatan: return RGBColor(r: 0.9, g: 0.6, b: 0.3)
            case .anggaran: return RGBColor(r: 0.3, g: 0.8, b: 0.8)
            case .pelaksana, .jadwal, .keterangan, .other: return nil
            }
        }
    }

    /// Writes one PNG per page in `pages` (1-based) to `output(page)`; returns the paths.
    public func inspect(path: String, pages wanted: ClosedRange<Int>, output: (Int) -> String) throws(ExtractError) -> [String] {
        let (data, document) = try Self.open(path)
        let read = PageReader(options: options, keepGraphics: true).read(document, data: data)
        let reader = TableReader(hints: .sakip)
        let tables = IndicatorReader().read(reader.tables(in: read.pages)).tables
        var written: [String] = []
        for page in read.pages where wanted.contains(page.number) {
            guard let pdfPage = document.page(at: page.number - 1) else { continue }
            _ = pdfPage.words()   // sets the sideways turn the picture must follow
            let marks = Self.marks(page: page, grids: reader.pageGrids(page), tables: tables)
            let out = output(page.number)
            if pdfPage.writePicture(marks: marks, scale: scale, to: out) { written.append(out) }
            else { throw .unreadable(out, detail: "cannot write the PNG") }
        }
        return written
    }

    /// Why a file could not be read: the system's words for its error number when there is one.
    static func readFailure(_ error: any Error) -> String {
        if let e = error as? CocoaError, let posix = e.userInfo["NSUnderlyingError"] as? POSIXError {
            return String(cString: strerror(posix.code.rawValue))
        }
        return String(describing: error)
    }

    static func open(_ path: String) throws(ExtractError) -> (Data, PDFDocument) {
        var isDir = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir else { throw .missing(path) }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch { throw .unreadable(path, detail: readFailure(error)) }
        guard !data.isEmpty else { throw .empty(path) }
        do { return (data, try PDFDocument(data: data)) } catch {
            switch error {
            case .notPDF: throw .notPDF(path)
            case .encrypted: throw .encrypted(path)
            case .damaged(let d): throw .damaged(path, detail: d)
            }
        }
    }

    /// The marks of one page, back to front: role tints, fills, strokes, rules, words, grids.
    static func marks(page: Page, grids: [PageGrid], tables: [Table]) -> [PageMark] {
        var marks: [PageMark] = []
        // Column tints: each grid matched to the table it became (same page, same column
        // count, most cell texts in common).
        var labels: [PageMark] = []
        for grid in grids {
            let table = matchingTable(grid, tables: tables)
            if let table, table.columns.count == grid.columnCount {
                for (c, column) in table.columns.enumerated() {
                    guard let tint = Palette.role(column.role) else { continue }
                    marks.append(.box(Rect(x0: grid.xs[c], y0: grid.box.y0, x1: grid.xs[c + 1], y1: grid.box.y1),
                                      stroke: nil, fill: tint, alpha: 0.22))
                    labels.append(.label(column.role.rawValue, x: grid.xs[c] + 1, y: grid.box.y1 + 1, color: tint.darker, size: 5))
                }
            }
            labels.append(.label((table?.id ?? "grid") + (grid.borderless ? " (borderless)" : ""),
                                 x: grid.box.x0, y: max(0, grid.box.y0 - 9), color: Palette.grid, size: 7))
        }
        for image in page.graphics.images {
            marks.append(.box(image, stroke: Palette.image, fill: nil, width: 1))
        }
        for f in page.graphics.fills {
            if f.color.distance(to: .white) < 0.02 { continue }   // white cell backgrounds: only clutter
            marks.append(.box(f.box, stroke: Palette.fill, fill: f.color, alpha: 0.5, width: 0.3))
        }
        for s in page.graphics.strokes {
            marks.append(.line(x0: s.x0, y0: s.y0, x1: s.x1, y1: s.y1, color: s.curved ? Palette.curve : Palette.stroke,
                               width: 0.3, dashed: false))
        }
        for r in page.rulings {
            switch r.orientation {
            case .horizontal: marks.append(.line(x0: r.start, y0: r.position, x1: r.end, y1: r.position, color: Palette.rule, width: 0.8))
            case .vertical: marks.append(.line(x0: r.position, y0: r.start, x1: r.position, y1: r.end, color: Palette.rule, width: 0.8))
            }
        }
        for w in page.words { marks.append(.box(w.box, stroke: Palette.word, fill: nil, width: 0.3)) }
        for grid in grids {
            for y in grid.ys {
                marks.append(.line(x0: grid.box.x0, y0: y, x1: grid.box.x1, y1: y, color: Palette.grid, width: 0.6, dashed: true))
            }
            for x in grid.xs {
                marks.append(.line(x0: x, y0: grid.box.y0, x1: x, y1: grid.box.y1, color: Palette.grid, width: 0.6, dashed: true))
            }
        }
        marks += shadedCells(grids)
        marks += joins(page: page.number, grids: grids, tables: tables)
        return marks + labels
    }

    /// Where Tables joined text across a boundary, as thick green lines with a label: a
    /// wrapped text row joined into the row above (`wrap`: inside a ruled row, or a
    /// rule-less cell's lines that lie in several rows of its grid), and a row cut by the
    /// page break joined across the seam (`from p.N` on the continuation's first line,
    /// `to p.N` under the last line before the break).
    static func joins(page: Int, grids: [PageGrid], tables: [Table]) -> [PageMark] {
        var marks: [PageMark] = []
        func mark(_ x0: Double, _ x1: Double, _ y: Double, _ text: String) {
            marks.append(.line(x0: x0, y0: y, x1: x1, y1: y, color: Palette.join, width: 1.6))
            marks.append(.label(text, x: x0 + 1, y: y + 0.5, color: Palette.join, size: 5))
        }
        for grid in grids {
            for y in grid.joinedAt { mark(grid.box.x0, grid.box.x1, y, "wrap") }
        }
        for table in tables where table.pages.contains(page) {
            for row in table.rows {
                for cell in row where !cell.carried {
                    for (a, b) in zip(cell.lines, cell.lines.dropFirst()) {
                        guard a.x1 > 0, b.x1 > 0 else { continue }   // no position kept
                        let x0 = min(a.x0, b.x0), x1 = max(a.x1, b.x1, x0 + 20)
                        if a.page != b.page {
                            if b.page == page { mark(x0, x1, b.top - 1, "from p.\(a.page)") }
                            if a.page == page { mark(x0, x1, a.top + 10, "to p.\(b.page)") }
                            continue
                        }
                        guard a.page == page,
                              let grid = grids.first(where: { $0.box.x0 <= x0 + 1 && $0.box.x1 >= x1 - 1 && $0.box.y0 <= a.top + 1 && $0.box.y1 >= b.top }),
                              let k = grid.ys.firstIndex(where: { $0 > a.top + 2 && $0 <= b.top + 2 }), k > 0,
                              let rb = grid.ys.lastIndex(where: { $0 <= b.top + 2 }), rb < grid.rowCount,
                              let col = grid.xs.lastIndex(where: { $0 <= a.x0 + 1 }), col < grid.columnCount,
                              grid.origin[k - 1][col] != grid.origin[rb][col] else { continue }   // a spanning cell: no join
                        mark(x0, x1, grid.ys[k], "wrap")
                    }
                }
            }
        }
        return marks
    }

    /// The cells Tables found shaded apart from their row (`Cell.shaded`: a filled month of a
    /// schedule), hatched over their whole span; fills that are styling (a header band, zebra
    /// rows, a shaded column) get no hatch, only their own orange-outlined fill.
    static func shadedCells(_ grids: [PageGrid]) -> [PageMark] {
        var marks: [PageMark] = []
        for grid in grids where grid.ys.count == grid.rowCount + 1 {
            for r in 0..<grid.rowCount {
                for c in 0..<grid.columnCount {
                    let (cell, isOrigin) = grid.cell(r, c)
                    guard isOrigin, cell.shaded else { continue }
                    let box = Rect(x0: grid.xs[c], y0: grid.ys[r],
                                   x1: grid.xs[min(grid.columnCount, c + grid.colSpan(r, c))],
                                   y1: grid.ys[min(grid.rowCount, r + grid.rowSpan(r, c))])
                    marks.append(.hatch(box, color: Palette.shaded))
                }
            }
        }
        return marks
    }

    /// The table a page grid became: on its page, same columns, most cell texts shared.
    static func matchingTable(_ grid: PageGrid, tables: [Table]) -> Table? {
        let texts = Set(grid.cells.joined().map(\.text).filter { !$0.isEmpty })
        var best: (Table, Int)? = nil
        for t in tables where t.pages.contains(grid.page) && t.columns.count == grid.columnCount {
            var shared = 0
            for (r, row) in t.rows.enumerated() where t.rowPages[r] == grid.page {
                shared += row.filter { texts.contains($0.text) }.count
            }
            shared += t.columns.filter { texts.contains($0.header) }.count
            if shared > (best?.1 ?? 0) { best = (t, shared) }
        }
        return best?.0
    }
}

extension RGBColor {
    var darker: RGBColor { RGBColor(r: r * 0.6, g: g * 0.6, b: b * 0.6) }
}
