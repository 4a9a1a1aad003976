import KinerjaModel
@testable import Tables
import Testing

/// Sasaran | Indikator | Target (2014, 2015) | Cara (Kebijakan, Program): the years stand on a row beside a label
/// no header word names (`Kebijakan`), over a column-number row: every row above the numbers
/// is the header's.
private func grid(lowerLabel: String) -> GridSpec {
    GridSpec(xs: [40, 140, 260, 320, 380, 450, 540], ys: [100, 115, 130, 142, 180],
             cells: [
                (0, 0, 2, 1, ["Sasaran"]), (0, 1, 2, 1, ["Indikator Kinerja"]), (0, 2, 1, 2, ["Target Tahunan Ke"]),
                (0, 4, 1, 2, ["Cara mencapai"]),
                (1, 2, 1, 1, ["2014"]), (1, 3, 1, 1, ["2015"]), (1, 4, 1, 1, [lowerLabel]), (1, 5, 1, 1, ["Program"]),
                (2, 0, 1, 1, ["1"]), (2, 1, 1, 1, ["2"]), (2, 2, 1, 1, ["3"]), (2, 3, 1, 1, ["4"]), (2, 4, 1, 1, ["5"]),
                (2, 5, 1, 1, ["6"]),
                (3, 0, 1, 1, ["Meningkatnya mutu"]), (3, 1, 1, 1, ["Angka Partisipasi Kasar"]),
                (3, 2, 1, 1, ["61,85"]), (3, 3, 1, 1, ["75"]), (3, 5, 1, 1, ["Bidang PAUDNI"]),
             ])
}

@Suite("Tables: a column-number row closes the header block")
struct NumberedHeaderBelowLabelsTests {
    @Test func yearsBesideAnUnknownLabelAreTheHeaders() throws {
        let t = try #require(PageFixture.firstTable(grid(lowerLabel: "Kebijakan")))
        #expect(t.columns.map(\.header) == ["Sasaran", "Indikator Kinerja", "2014", "2015", "Kebijakan", "Program"])
        #expect(t.columns[2].group == "Target Tahunan Ke")
        #expect(t.rows.map { $0.map(\.text) } == [["Meningkatnya mutu", "Angka Partisipasi Kasar", "61,85", "75", "", "Bidang PAUDNI"]])
    }
}
