import KinerjaModel
@testable import Tables
import Testing

/// One ruled body row holding many entries whose first lines are text alone (a goal, a
/// group's label over its measures), with the entries' labels in a column too narrow to
/// tell their paragraphs by the room a line leaves: each line of values is an entry.
@Suite("Tables: entries under a goal in one ruled row")
struct GoalAboveEntriesTests {
    private let xs: [Double] = [30, 50, 150, 190, 250, 310, 370]

    private func table(_ body: [(Int, Int, Int, Int, [String])]) throws -> Table {
        let header = PageFixture.headerRow(["No", "Sasaran", "Indikator", "Target", "Realisasi", "Capaian"])
        let g = GridSpec(xs: xs, ys: [100, 115, 230], cells: header + body)
        return try #require(PageFixture.firstTable(g))
    }

    @Test func eachLineOfValuesUnderTextAloneIsAnEntry() throws {
        let t = try table([
            (1, 0, 1, 1, ["1."]),
            (1, 1, 1, 1, ["Increase", "food", "output"]),
            (1, 2, 1, 1, ["Output", "of food", "crops", "Rice (t)", "Corn (t)", "Soy", "beans (t)", "Peas", "(t)"]),
            (1, 3, 1, 1, ["", "", "", "11.610.016", "1.080.085", "48.848", "", "10.403"]),
            (1, 4, 1, 1, ["", "", "", "11.958.316", "1.134.089", "50.313", "", "10.611"]),
            (1, 5, 1, 1, ["", "", "", "12.317.066", "1.190.793", "51.823", "", "10.823"]),
        ])
        let rows = t.rows.map { $0.map(\.text) }
        #expect(rows.map { $0[2] } == ["Output of food crops Rice (t)", "Corn (t)", "Soy beans (t)", "Peas (t)"])
        #expect(rows.map { $0[3] } == ["11.610.016", "1.080.085", "48.848", "10.403"])
        #expect(rows.map { $0[5] } == ["12.317.066", "1.190.793", "51.823", "10.823"])
        #expect(rows[0][1] == "Increase food output" && rows[0][0] == "1.")
    }

    /// Values wrapped in narrow cells (`220.000.00` over `0`) or set at two heights (`88,10/`
    /// over `100.000KH` beside a label's last line) belong to one entry.
    @Test func wrappedValuesAreOneEntry() throws {
        let t = try table([
            (1, 0, 1, 1, ["1."]),
            (1, 1, 1, 1, ["Raise", "exports"]),
            (1, 2, 1, 1, ["", "Export", "volume", "of crops"]),
            (1, 3, 1, 1, ["", "220.000.00", "0"]),
            (1, 4, 1, 1, ["", "225.000.0", "00"]),
            (1, 5, 1, 1, ["", "230.000.00", "0"]),
        ])
        #expect(t.rows.count == 1)
        #expect(t.rows.first?.map(\.text) == ["1.", "Raise exports", "Export volume of crops", "220.000.00 0", "225.000.0 00", "230.000.00 0"])
    }
}
