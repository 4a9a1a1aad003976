import KinerjaModel
import Testing
@testable import Tables

/// A zebra-shaded table cut by the page break: the piece on one page holds a single shaded
/// body band (too few bands to show the alternation), the next page shows the zebra with
/// the same fills. The piece is read by its bands too: the band's two lines are one row,
/// though the second starts with text in the first column.
@Suite("Tables: a zebra table's page piece")
struct ZebraOverPagesTests {
    static let xs = ZebraRowsTests.xs

    /// The header band and one shaded body band, fills as `ZebraRowsTests` paints them.
    static func piece(fillColour: RGBColor) -> Page {
        var words: [Word] = []
        var fills: [Fill] = []
        let bands: [(top: Double, bottom: Double, colour: RGBColor, lines: [[String]])] = [
            (100, 115, ZebraRowsTests.grey, [["Sasaran", "Indikator Kinerja", "Target"]]),
            (115, 140, fillColour, [["Meningkatnya", "Jumlah Ketersediaan", "1 Dokumen"],
                                    ["Ketersediaan Rencana", "Kajian Perda", ""]]),
        ]
        for band in bands {
            for (l, line) in band.lines.enumerated() {
                for (c, text) in line.enumerated() where !text.isEmpty {
                    words += PageFixture.words(text, x: xs[c] + 3, y: band.top + 3 + Double(l) * PageFixture.pitch)
                }
            }
            for c in 0..<(xs.count - 1) {
                fills.append(Fill(box: Rect(x0: xs[c], y0: band.top, x1: xs[c + 1], y1: band.bottom), color: band.colour, order: fills.count))
            }
        }
        var page = PageFixture.page(1, grid: nil)
        page.words = words
        page.shading = fills
        return page
    }

    static func firstRow(fillColour: RGBColor) throws -> [Cell] {
        var next = ZebraRowsTests.page(header: ["Sasaran", "Indikator Kinerja", "Target"])
        next.number = 2
        let tables = TableReader(hints: .testWords).tables(in: [piece(fillColour: fillColour), next])
        let t = try #require(tables.first { $0.pages.first == 1 })
        return try #require(t.rows.first)
    }

    @Test func pieceReadByTheNextPagesBands() throws {
        let row = try Self.firstRow(fillColour: ZebraRowsTests.blue)
        #expect(row.map(\.text) == ["Meningkatnya Ketersediaan Rencana", "Jumlah Ketersediaan Kajian Perda", "1 Dokumen"])
    }

    /// Painted in another colour than the zebra of the next page: not that table's piece,
    /// read without bands (a line with text in the first column starts a row).
    @Test func otherFillsGiveNoEvidence() throws {
        let row = try Self.firstRow(fillColour: RGBColor(r: 0.95, g: 0.85, b: 0.7))
        #expect(row.map(\.text) == ["Meningkatnya", "Jumlah Ketersediaan", "1 Dokumen"])
    }
}
