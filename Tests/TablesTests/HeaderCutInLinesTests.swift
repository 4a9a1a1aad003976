import KinerjaModel
@testable import Tables
import Testing

/// A header cell over one column that the grid cuts line by line (`Capaian` / `Terhadap
/// Target`, its lines falling in two header rows beside a group over two columns) is one
/// header, not a group over itself.
@Suite("Tables: a one-column header cut into header rows")
struct HeaderCutInLinesTests {
    @Test func oneColumnLevelsMakeOneHeader() throws {
        let grid = GridSpec(xs: [40, 70, 230, 300, 370, 450], ys: [100, 115, 130, 170],
                            cells: [
                                (0, 0, 2, 1, ["No"]), (0, 1, 2, 1, ["Indikator Kinerja"]),
                                (0, 2, 1, 2, ["Tahun 2016"]), (0, 4, 1, 1, ["Capaian"]),
                                (1, 2, 1, 1, ["Target"]), (1, 3, 1, 1, ["Realisasi"]), (1, 4, 1, 1, ["Terhadap Target"]),
                                (2, 0, 1, 1, ["1"]), (2, 1, 1, 1, ["Jumlah Perda"]), (2, 2, 1, 1, ["3"]),
                                (2, 3, 1, 1, ["2"]), (2, 4, 1, 1, ["66,67%"]),
                            ])
        let t = try #require(PageFixture.firstTable(grid))
        #expect(t.columns.map(\.header) == ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian Terhadap Target"])
        #expect(t.columns.map(\.group) == [nil, nil, "Tahun 2016", "Tahun 2016", nil])
        #expect(t.rows.map { $0.map(\.text) } == [["1", "Jumlah Perda", "3", "2", "66,67%"]])
    }
}
