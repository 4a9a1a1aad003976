import KinerjaModel
import Testing
@testable import Tables

/// A rule-less table whose header has a lower level: years set under `Realisasi (%)`, a unit
/// under each of `Target` and `Capaian` set close together. Header words are grouped into
/// phrases by their gaps, and the years (closer than that gap) read as one phrase with the
/// group over them: one column for three. The line of labels under the header splits the
/// phrase above it into a column per label.
@Suite("Tables: a rule-less header's lower line of labels splits the phrase over it")
struct BorderlessGroupHeaderTests {
    static func page() -> Page {
        let y0 = 100.0, pitch = PageFixture.pitch
        var extra: [(String, Double, Double)] = [
            ("No", 40, y0), ("Indikator", 80, y0), ("Realisasi (%)", 225, y0), ("Target", 380, y0), ("Capaian", 415, y0),
            ("2014", 215, y0 + pitch), ("2015", 243, y0 + pitch), ("2016", 271, y0 + pitch), ("(%)", 386, y0 + pitch), ("(%)", 424, y0 + pitch),
        ]
        let body = [("1", "Cakupan layanan", ["64,88", "65,65", "66,26", "68", "97,44"]),
                    ("2", "Cakupan limbah", ["63,59", "65,03", "65,64", "67,5", "97,24"]),
                    ("3", "Proporsi penduduk", ["65,43", "67,12", "71,14", "73,5", "96,79"])]
        for (r, row) in body.enumerated() {
            let y = y0 + Double(r + 2) * pitch + 4
            extra += [(row.0, 40, y), (row.1, 80, y)]
            for (k, x) in [215.0, 243, 271, 386, 424].enumerated() { extra.append((row.2[k], x, y)) }
        }
        return PageFixture.page(1, grid: nil, extra: extra, width: 595)
    }

    @Test func yearsUnderAGroupAndUnitsUnderCloseHeadersAreColumns() throws {
        let table = try #require(TableReader(hints: .testWords).tables(in: [Self.page()]).first)
        #expect(table.columns.map(\.header) == ["No", "Indikator", "Realisasi (%) 2014", "Realisasi (%) 2015", "Realisasi (%) 2016",
                                                "Target (%)", "Capaian (%)"])
        #expect(table.rows.count == 3)
        #expect(table.rows.first?.map(\.text) == ["1", "Cakupan layanan", "64,88", "65,65", "66,26", "68", "97,44"])
    }
}
