import KinerjaModel
@testable import Tables
import Testing

/// Text set at an angle (a stamp, a seal) is read glyph by glyph: letters stacked in
/// columns, which line up like a table's and are not one.
@Suite("Tables: scattered letters are not a table")
struct ScatteredLettersTests {
    private func page(_ placed: [(String, Double, Double)]) -> Page {
        Page(number: 1, width: 595, height: 842,
             words: placed.flatMap { PageFixture.words($0.0, x: $0.1, y: $0.2) }, rulings: [], source: .native)
    }

    @Test func aStampReadGlyphByGlyphIsNoTable() {
        // "BUY NOW" twice, one letter a line, in two columns, and a line of letters under it.
        var placed: [(String, Double, Double)] = []
        for (i, ch) in "BUYNOW".enumerated() {
            placed.append((String(ch), 400, 60 + Double(i) * 12))
            placed.append((String(ch), 470, 60 + Double(i) * 12))
        }
        placed.append(("w w w . d o c", 380, 140))
        placed.append(("w w w . d o c", 460, 140))
        #expect(TableReader().tables(in: [page(placed)]).isEmpty)
    }

    @Test func aLetterSpacedTableIsStillATable() {
        var placed: [(String, Double, Double)] = []
        for (i, row) in [("6.", "P e r a t u r a n D a e r a h", "61"), ("7.", "P e r a t u r a n W a l i k o t a", "12"),
                         ("8.", "K e p u t u s a n M e n t e r i", "45")].enumerated() {
            let y = 100 + Double(i) * 14
            placed += [(row.0, 40, y), (row.1, 80, y), (row.2, 400, y)]
        }
        #expect(TableReader().tables(in: [page(placed)]).count == 1)
    }
}
