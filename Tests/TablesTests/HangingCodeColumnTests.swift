import KinerjaModel
@testable import Tables
import Testing

/// A ruled column whose entries set a code before their text, the text's lines hanging at
/// an indent, has a gutter in every row like a column rule that was lost. Its header, one
/// text centred over the whole ruled cell, says it is one column; a lost rule leaves a
/// heading on either side of it.
@Suite("Tables: hanging code column")
struct HangingCodeColumnTests {
    /// No | Indikator (code, then text hanging at x 120) | Target; `header` sets the words
    /// over the middle column.
    static func page(header: [(String, Double, Double)]) -> Page {
        let ys: [Double] = [100, 120, 160, 200, 240, 280]
        let g = GridSpec(xs: [40, 60, 300, 360], ys: ys, cells: [
            (0, 0, 1, 1, ["No"]), (0, 2, 1, 1, ["Target"]),
            (1, 0, 1, 1, ["1"]), (2, 0, 1, 1, ["2"]), (3, 0, 1, 1, ["3"]), (4, 0, 1, 1, ["4"]),
            (1, 2, 1, 1, ["10"]), (2, 2, 1, 1, ["20"]), (3, 2, 1, 1, ["30"]), (4, 2, 1, 1, ["40"]),
        ])
        let entries: [(String, [String])] = [
            ("1.1.1", ["Jumlah unit usaha yang", "dibina untuk penerapan"]),
            ("1.1.2", ["Jumlah rekomendasi tindak", "lanjut hasil surveilans"]),
            ("1.2.1", ["Jumlah sampel pengujian", "titer antibodi pasca"]),
            ("1.2.2", ["Tingkat kekebalan hewan", "terhadap penyakit rabies"]),
        ]
        var extra = header
        for (i, e) in entries.enumerated() {
            let top = ys[i + 1] + 3
            extra.append((e.0, 73, top))
            for (l, line) in e.1.enumerated() { extra.append((line, 120, top + Double(l) * PageFixture.pitch)) }
        }
        return PageFixture.page(1, grid: g, extra: extra)
    }

    @Test func codeHangingBeforeItsTextIsOneColumn() throws {
        // "Indikator Kinerja" (76.5 points) centred over 60...300.
        let p = Self.page(header: [("Indikator Kinerja", 141.75, 103)])
        let ruled = try #require(RuledGrids().grids(on: p).first)
        let g = TableReader.refined(ruled, page: p)
        #expect(g.columnCount == 3)
        #expect(g.cells[1][1].text.hasPrefix("1.1.1 Jumlah unit usaha"))
    }

    @Test func aHeadingOnEitherSideIsALostRule() throws {
        let p = Self.page(header: [("Kode", 73, 103), ("Indikator", 180, 103)])
        let ruled = try #require(RuledGrids().grids(on: p).first)
        let g = TableReader.refined(ruled, page: p)
        #expect(g.columnCount == 4)
    }
}
