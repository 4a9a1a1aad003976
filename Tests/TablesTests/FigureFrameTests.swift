import KinerjaModel
import Layout
import Testing
@testable import Tables

/// Charts are figures, not tables: the rules drawn around or through a chart make no
/// table, and a real table beside a chart is never lost with it.
@Suite("Tables: figures are not tables")
struct FigureFrameTests {
    private func line(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, order: Int = 1) -> Stroke {
        Stroke(x0: x0, y0: y0, x1: x1, y1: y1, width: 0.5, color: .black, order: order)
    }

    private func page(_ graphics: PageGraphics, words: [Word]) -> Page {
        let rules = VectorRulings().find(in: graphics, words: words, width: 595, height: 842)
        return Page(number: 1, width: 595, height: 842, words: words, rulings: rules, source: .native)
    }

    /// Words of `texts` set at the given x positions on one line.
    private func row(_ texts: [String], xs: [Double], y: Double) -> [Word] {
        zip(texts, xs).flatMap { PageFixture.words($0, x: $1, y: y) }
    }

    @Test func aFrameAroundAChartPictureIsNotATable() {
        // A frame (100…500 × 100…400) around a pasted chart picture, its axis labels beside
        // the picture, and under it the chart's data table in its own small grid.
        var strokes = [line(100, 100, 500, 100), line(100, 400, 500, 400), line(100, 100, 100, 400), line(500, 100, 500, 400)]
        let tableYs = [330.0, 350, 370], tableXs = [120.0, 220, 320, 420, 480]
        strokes += tableYs.map { line(120, $0, 480, $0, order: 2) } + tableXs.map { line($0, 330, $0, 370, order: 2) }
        let picture = Rect(x0: 150, y0: 110, x1: 490, y1: 300)
        var words: [Word] = []
        for (i, label) in ["400", "300", "200", "100"].enumerated() { words += PageFixture.words(label, x: 110, y: 115 + Double(i) * 45) }
        words += row(["2013", "2014", "2015", "2016"], xs: [180, 260, 340, 420], y: 305)
        words += row(["Tahun", "2013", "2014", "2015"], xs: [123, 223, 323, 423], y: 333)
        words += row(["Anggaran", "185", "245", "306"], xs: [123, 223, 323, 423], y: 353)
        let tables = TableReader().tables(in: [page(PageGraphics(strokes: strokes, images: [picture]), words: words)])
        #expect(tables.count == 1)
        #expect(tables.first?.rows.last?.map(\.text) == ["Anggaran", "185", "245", "306"])
        // A table drawn over a picture (its rules cross it) stays a table.
        let background = Rect(x0: 110, y0: 320, x1: 490, y1: 380)
        let over = TableReader().tables(in: [page(PageGraphics(strokes: Array(strokes.dropFirst(4)), images: [background]), words: words)])
        #expect(over.contains { $0.rows.last?.map(\.text) == ["Anggaran", "185", "245", "306"] })
    }

    @Test func aDataTableJoinedToItsChartIsKept() {
        // A line chart: plot 100…400 × 100…250 with grid lines, its category lines running
        // down into the data table under it (rows 270…310), and a slanted data line.
        var strokes = [100.0, 150, 200, 250].map { line(100, $0, 400, $0) }
        strokes += [100.0, 200, 300, 400].map { line($0, 100, $0, 310) }
        strokes += [270.0, 290, 310].map { line(100, $0, 400, $0) }
        strokes += [line(150, 230, 250, 140, order: 5), line(250, 140, 350, 180, order: 5)]
        var words = row(["RSUD A", "RSUD B"], xs: [203, 303], y: 254)
        words += row(["Dokter", "12", "7"], xs: [103, 203, 303], y: 274)
        words += row(["Perawat", "30", "41"], xs: [103, 203, 303], y: 294)
        let tables = TableReader().tables(in: [page(PageGraphics(strokes: strokes), words: words)])
        #expect(tables.count == 1)
        #expect(tables.first?.borderless == false)
        #expect(tables.first.map { $0.rows.suffix(2).map { $0.map(\.text) } } == [["Dokter", "12", "7"], ["Perawat", "30", "41"]])
        #expect(tables.first?.rows.contains { $0.allSatisfy(\.isEmpty) } == false)
    }
}
