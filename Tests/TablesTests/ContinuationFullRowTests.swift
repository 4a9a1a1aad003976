import KinerjaModel
@testable import Tables
import Testing

/// A table whose rows are one line each (no cell wraps anywhere), stitched over a page break:
/// the continuation's first row fills every column the row above fills, so it is a row of
/// its own, even with no cell that looks like an entry start (`PKW Tasikmalaya | Sedang`).
@Suite("Tables: a one-line row at the top of a continuation")
struct ContinuationFullRowTests {
    static func cell(_ text: String, page: Int, left: Double) -> Cell {
        let line = CellLine(text: text, top: 100, page: page, x0: left + 3, x1: left + 3 + Double(text.count) * 4.5,
                            firstWordWidth: Double(text.split(separator: " ").first?.count ?? 0) * 4.5)
        return Cell(text: text, lines: [line], left: left, right: left + 150)
    }

    static func row(_ a: String, _ b: String, page: Int) -> [Cell] {
        [cell(a, page: page, left: 0), cell(b, page: page, left: 150)]
    }

    static func stitched(_ top: [[Cell]], _ bottom: [[Cell]]) -> Table {
        var t = Table(id: "t1", pages: [1, 2], caption: nil, columns: [Column(header: ""), Column(header: "")],
                      rows: top + bottom, rowPages: top.map { _ in 1 } + bottom.map { _ in 2 })
        t.segmentStarts = [top.count]
        t.borderless = true
        return t
    }

    @Test func aFullOneLineRowStaysARow() {
        let t = Self.stitched([Self.row("PKN Bodebek", "Tinggi", page: 1), Self.row("PKN Cirebon", "Sedang", page: 1)],
                              [Self.row("PKW Tasikmalaya", "Sedang", page: 2), Self.row("PKW Kadipaten", "Rendah", page: 2)])
        let out = TableContinuation.joined(t)
        #expect(out.rows.map { $0.map(\.text) } == [["PKN Bodebek", "Tinggi"], ["PKN Cirebon", "Sedang"],
                                                    ["PKW Tasikmalaya", "Sedang"], ["PKW Kadipaten", "Rendah"]])
    }

    /// The rest of a cut cell fills only its own column: still joined.
    @Test func aPartialRowIsStillJoined() {
        let t = Self.stitched([Self.row("PKN Bodebek", "Tinggi", page: 1), Self.row("PKN Metropolitan", "Sedang", page: 1)],
                              [[Self.cell("Bandung Raya", page: 2, left: 0), .empty], Self.row("PKW Kadipaten", "Rendah", page: 2)])
        let out = TableContinuation.joined(t)
        #expect(out.rows.map { $0.map(\.text) } == [["PKN Bodebek", "Tinggi"], ["PKN Metropolitan Bandung Raya", "Sedang"],
                                                    ["PKW Kadipaten", "Rendah"]])
    }
}
