import KinerjaModel
@testable import Tables
import Testing

@Suite("Tables: a chart's labels are not a table")
struct ChartLabelsTests {
    /// A radar chart's value and axis labels left and right of its web: three lines, two
    /// columns, aligned like a table.
    static func labels() -> [Word] {
        var words: [Word] = []
        for (i, pair) in [("10,00%", "100,79%"), ("148,83% Axis4", "Axis2 97,66%"), ("127,13%", "100,39%")].enumerated() {
            let y = 185 + Double(i) * 12
            words += PageFixture.words(pair.0, x: 160, y: y) + PageFixture.words(pair.1, x: 380, y: y)
        }
        return words
    }

    @Test func labelsAroundAPlotAreNotATable() {
        var page = Page(number: 1, width: 595, height: 842, words: Self.labels(), rulings: [], source: .native)
        #expect(TableReader().tables(in: [page]).count == 1)   // what the labels alone look like
        page.charts = [Rect(x0: 210, y0: 110, x1: 390, y1: 290)]
        #expect(TableReader().tables(in: [page]).isEmpty)
    }
}
