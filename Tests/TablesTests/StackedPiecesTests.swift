import KinerjaModel
@testable import Tables
import Testing

/// A header drawn unlike its body is found as two pieces and read as one table. No
/// vocabulary: the header words are plain English.
@Suite("Tables: a header piece and a body piece are one table")
struct StackedPiecesTests {
    private static let xs: [Double] = [36, 196, 276, 356, 440]
    private static let rows: [(String, [String])] = [
        ("Kerala", ["5738", "6633", "8864"]), ("Tamil Nadu", ["7387", "10217", "5813"]),
        ("Karnataka", ["6453", "8138", "12606"]), ("Andhra Pradesh", ["5844", "9920", "9545"]),
    ]

    private func texts(_ t: Table) -> [[String]] { t.rows.map { $0.map(\.text) } }

    @Test func shadedHeaderBandOverARuledBody() throws {
        // Body: a ruled grid from y 140. Header: three lines on a blue band above it, no rules.
        let body = GridSpec(xs: Self.xs, ys: [140, 155, 170, 185, 200], cells: Self.rows.enumerated().flatMap { r, row in
            [(r, 0, 1, 1, [row.0])] + row.1.enumerated().map { (r, $0 + 1, 1, 1, [$1]) }
        })
        let band: [(String, Double, Double)] = [
            ("State", 40, 100), ("First", 200, 100), ("Second", 280, 100), ("Third", 360, 100),
            ("name", 40, 112), ("count", 200, 112), ("count", 280, 112), ("count", 360, 112),
            ("(1)", 40, 125), ("(2)", 200, 125), ("(3)", 280, 125), ("(4)", 360, 125),
        ]
        var page = PageFixture.page(1, grid: body, extra: band)
        page.shading = [Fill(box: Rect(x0: 36, y0: 96, x1: 440, y1: 138), color: RGBColor(r: 0.3, g: 0.5, b: 0.8))]
        let tables = TableReader().tables(in: [page])
        #expect(tables.count == 1)
        let t = try #require(tables.first)
        // The band is one header row (its lines are its cells' lines); the column numbers go.
        let header = t.columns.map(\.header).allSatisfy(\.isEmpty) ? texts(t).first : t.columns.map(\.header)
        #expect(header == ["State name", "First count", "Second count", "Third count"])
        #expect(texts(t).suffix(4) == Self.rows.map { [$0.0] + $0.1 })
    }

    @Test func ruledHeaderOverARulelessBody() throws {
        // A partial grid: the header boxed and ruled, the body below without any rule.
        let header = GridSpec(xs: Self.xs, ys: [96, 111], cells: [
            (0, 0, 1, 1, ["State"]), (0, 1, 1, 1, ["1975-79"]), (0, 2, 1, 1, ["1988-90"]), (0, 3, 1, 1, ["1996-97"]),
        ])
        var body: [(String, Double, Double)] = []
        for (i, row) in Self.rows.enumerated() {
            let y = 116 + Double(i) * 14
            body.append((row.0, 40, y))
            for (k, v) in row.1.enumerated() { body.append((v, Self.xs[k + 1] + 4, y)) }
        }
        let tables = TableReader().tables(in: [PageFixture.page(1, grid: header, extra: body)])
        #expect(tables.count == 1)
        let t = try #require(tables.first)
        #expect(t.columns.count == 4)
        let all = t.columns.map(\.header).allSatisfy(\.isEmpty) ? texts(t) : [t.columns.map(\.header)] + texts(t)
        #expect(all == [["State", "1975-79", "1988-90", "1996-97"]] + Self.rows.map { [$0.0] + $0.1 })
    }

    @Test func boxesOfRunningTextAreNotAHeader() {
        // Two framed paragraphs one above the other (a diagram) stay apart.
        let up = GridSpec(xs: [36, 236, 440], ys: [96, 140], cells: [
            (0, 0, 1, 1, ["The first goal of the programme is to raise", "the share of services delivered in time"]),
            (0, 1, 1, 1, ["The second goal of the programme is to", "lower the number of complaints received"]),
        ])
        var page = PageFixture.page(1, grid: up)
        let low = PageFixture.page(1, grid: GridSpec(xs: [36, 236, 440], ys: [146, 164, 182], cells: [
            (0, 0, 1, 1, ["Alpha"]), (0, 1, 1, 1, ["12"]), (1, 0, 1, 1, ["Beta"]), (1, 1, 1, 1, ["14"]),
        ]))
        page.words += low.words
        page.rulings += low.rulings
        page.shading = [Fill(box: Rect(x0: 36, y0: 96, x1: 440, y1: 140), color: RGBColor(r: 0.3, g: 0.5, b: 0.8))]
        #expect(TableReader().tables(in: [page]).count == 2)
    }
}
