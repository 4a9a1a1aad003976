import KinerjaModel
@testable import Tables
import Testing

/// A table whose title, column labels and first group label are repeated at the top of
/// the next page, none of them read as a header (no header words known): the repeated
/// rows are not the continuation's body.
@Suite("Tables: a continuation repeating the table's top rows")
struct ContinuationRepeatedTopRowsTests {
    private let xs: [Double] = [40, 200, 260, 320, 380, 540]

    private func top() -> [(Int, Int, Int, Int, [String])] {
        [(0, 0, 1, 5, ["Ringkasan faktor luar"]),
         (1, 0, 1, 1, ["Faktor luar"]), (1, 1, 1, 1, ["Bobot"]), (1, 2, 1, 1, ["Nilai"]),
         (1, 3, 1, 1, ["Skor"]), (1, 4, 1, 1, ["Catatan"]),
         (2, 0, 1, 5, ["A. Peluang"])]
    }

    private func row(_ r: Int, _ label: String, _ a: String, _ b: String, _ c: String, _ note: String) -> [(Int, Int, Int, Int, [String])] {
        [(r, 0, 1, 1, [label]), (r, 1, 1, 1, [a]), (r, 2, 1, 1, [b]), (r, 3, 1, 1, [c]), (r, 4, 1, 1, [note])]
    }

    private func pages(repeatTop: Bool) -> [Page] {
        let first = PageFixture.page(1, grid: GridSpec(xs: xs, ys: [640, 670, 700, 730, 760, 790],
            cells: top() + row(3, "Regulasi mendukung", "0.05", "3", "0.15", "kebijakan mendukung")
                + row(4, "Pasar terbuka luas", "0.07", "3", "0.21", "pasar luas")))
        let body = row(0, "Produktivitas rendah", "0.08", "3.5", "0.28", "hambatan usaha")
            + row(1, "Sertifikasi kurang", "0.07", "2.5", "0.175", "kepercayaan turun")
        let next = repeatTop
            ? PageFixture.page(2, grid: GridSpec(xs: xs, ys: [60, 90, 120, 150, 180, 210],
                cells: top() + body.map { ($0.0 + 3, $0.1, $0.2, $0.3, $0.4) }))
            : PageFixture.page(2, grid: GridSpec(xs: xs, ys: [60, 90, 120], cells: body))
        return [first, next]
    }

    @Test func theRepeatedRowsAreDropped() throws {
        let tables = TableReader(hints: .none).tables(in: pages(repeatTop: true))
        #expect(tables.count == 1)
        let t = try #require(tables.first)
        #expect(t.pages == [1, 2])
        let labels = t.rows.map { $0[0].text }.filter { !$0.isEmpty }
        // Each row once: the title, labels and group of the first page, then the entries.
        #expect(labels.filter { $0 == "A. Peluang" }.count <= 1)
        #expect(labels.suffix(4) == ["Regulasi mendukung", "Pasar terbuka luas", "Produktivitas rendah", "Sertifikasi kurang"])
        #expect(t.rows.count == (try #require(TableReader(hints: .none).tables(in: pages(repeatTop: false)).first)).rows.count)
    }

    @Test func topRowsRepeatOnlyTextForText() {
        let top = [["ringkasan faktor luar"], ["faktor luar", "bobot", "nilai"]]
        let grid = PageFixture.page(1, grid: GridSpec(xs: [40, 200, 260, 320], ys: [60, 90, 120], cells: [
            (0, 0, 1, 3, ["Ringkasan faktor luar"]),
            (1, 0, 1, 1, ["Faktor luar"]), (1, 1, 1, 1, ["Bobot"]), (1, 2, 1, 1, ["Nilai"])]))
        let g = RuledGrids().grids(on: grid)
        #expect(g.count == 1)
        if let g = g.first {
            #expect(TableReader.repeatedTopRows(g, of: top) == 2)
            // One short label met again is no header.
            #expect(TableReader.repeatedTopRows(g, of: [["ringkasan faktor luar"], ["lain"]]) == 0)
        }
    }
}
