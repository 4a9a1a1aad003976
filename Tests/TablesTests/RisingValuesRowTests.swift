import KinerjaModel
@testable import Tables
import Testing

/// A body row whose first lines read `-` and then values that happen to rise (`23 26 29 32
/// 35`, the label's text on the lines below) is not a row of column numbers: its values
/// are kept. Column numbers go one by one.
@Suite("Tables: rising values are not column numbers")
struct RisingValuesRowTests {
    @Test func valuesThatRiseByThreeAreKept() throws {
        let xs: [Double] = [30, 130, 180, 230, 280, 330, 380]
        let g = GridSpec(xs: xs, ys: [100, 115, 130, 150, 190], cells: [
            (0, 0, 1, 1, ["Indikator"]), (0, 1, 1, 1, ["2014"]), (0, 2, 1, 1, ["2015"]), (0, 3, 1, 1, ["2016"]),
            (0, 4, 1, 1, ["2017"]), (0, 5, 1, 1, ["2018"]),
            (1, 0, 1, 1, ["(1)"]), (1, 1, 1, 1, ["(2)"]), (1, 2, 1, 1, ["(3)"]), (1, 3, 1, 1, ["(4)"]),
            (1, 4, 1, 1, ["(5)"]), (1, 5, 1, 1, ["(6)"]),
            (2, 0, 1, 1, ["- Padi (%)"]), (2, 1, 1, 1, ["24"]), (2, 2, 1, 1, ["28"]), (2, 3, 1, 1, ["32"]),
            (2, 4, 1, 1, ["36"]), (2, 5, 1, 1, ["40"]),
            (3, 0, 1, 1, ["-", "Sayuran", "(%)"]), (3, 1, 1, 1, ["23"]), (3, 2, 1, 1, ["26"]), (3, 3, 1, 1, ["29"]),
            (3, 4, 1, 1, ["32"]), (3, 5, 1, 1, ["35"]),
        ])
        let t = try #require(TableReader().tables(in: [PageFixture.page(1, grid: g)]).first)
        let rows = t.rows.map { $0.map(\.text) }
        #expect(rows.contains(["- Sayuran (%)", "23", "26", "29", "32", "35"]))
        #expect(!rows.contains { $0.contains("(3)") })
    }
}
