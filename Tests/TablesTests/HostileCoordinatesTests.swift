import KinerjaModel
@testable import Tables
import Testing

/// Hostile PDFs put words and rules at 1e300, at infinity, at NaN: converting such a coordinate
/// with `Int(_:)` traps. The table stage must read past them without crashing, and quickly.
@Suite("Tables: hostile coordinates never trap")
struct HostileCoordinatesTests {
    static let hostile: [Double] = [1e300, -1e300, .infinity, -.infinity, .nan]

    /// Two columns of running prose (enough for the page-column search to run) plus one word at `x`.
    static func prose(withWordAt x: Double) -> [Word] {
        var words: [Word] = []
        for r in 0..<30 {
            for c in 0..<5 {
                let y = 60 + Double(r) * 12
                words.append(Word(text: "kata", box: Rect(x0: 60 + Double(c) * 30, y0: y, x1: 85 + Double(c) * 30, y1: y + 9), fontSize: 9))
                words.append(Word(text: "kata", box: Rect(x0: 320 + Double(c) * 30, y0: y, x1: 345 + Double(c) * 30, y1: y + 9), fontSize: 9))
            }
        }
        words.append(Word(text: "jauh", box: Rect(x0: x, y0: 500, x1: x + 20, y1: 509), fontSize: 9))
        return words
    }

    @Test(arguments: hostile)
    func pageColumnsWithAWordFarOff(_ x: Double) {
        let words = Self.prose(withWordAt: x)
        let columns = TextGrids.pageColumns(words)
        #expect(columns.reduce(0) { $0 + $1.count } == words.count)
    }

    @Test(arguments: hostile)
    func tableReaderWithWordsAndRulesFarOff(_ v: Double) {
        var words = Self.prose(withWordAt: v)
        words.append(Word(text: "x", box: Rect(x0: 100, y0: v, x1: 110, y1: v), fontSize: v))
        let rulings = [Ruling(.horizontal, at: v, from: 50, to: 550), Ruling(.horizontal, at: 100, from: v, to: 550),
                       Ruling(.vertical, at: v, from: 50, to: 400), Ruling(.vertical, at: 300, from: 50, to: v),
                       Ruling(.horizontal, at: 50, from: 50, to: 550), Ruling(.horizontal, at: 400, from: 50, to: 550),
                       Ruling(.vertical, at: 50, from: 50, to: 400), Ruling(.vertical, at: 550, from: 50, to: 400)]
        let page = Page(number: 1, width: 600, height: 800, words: words, rulings: rulings, source: .native)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = TableReader().tables(in: [page]) }
        #expect(elapsed < .seconds(5))
    }
}
