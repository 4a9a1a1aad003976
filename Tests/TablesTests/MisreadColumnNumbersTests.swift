import KinerjaModel
@testable import Tables
import Testing

private let xs: [Double] = [40, 70, 250, 450, 520]

/// NO | Sasaran | Indikator | Target over a column-number row a scan misread (`1 5 3 4`).
private func grid(numbers: [String]) -> GridSpec {
    GridSpec(xs: xs, ys: [100, 130, 145, 180],
             cells: [
                (0, 0, 1, 1, ["No."]), (0, 1, 1, 1, ["Sasaran Strategis"]), (0, 2, 1, 1, ["Indikator Kinerja"]),
                (0, 3, 1, 1, ["Target"]),
                (1, 0, 1, 1, [numbers[0]]), (1, 1, 1, 1, [numbers[1]]), (1, 2, 1, 1, [numbers[2]]), (1, 3, 1, 1, [numbers[3]]),
                (2, 0, 1, 1, ["1."]), (2, 1, 1, 1, ["Meningkatnya akses sanitasi"]),
                (2, 2, 1, 1, ["Cakupan pelayanan air limbah"]), (2, 3, 1, 1, ["67%"]),
             ])
}

@Suite("Tables: a misread column-number row under the header")
struct MisreadColumnNumbersTests {
    @Test func oneMisreadNumberStillNumbersTheColumns() throws {
        let page = PageFixture.page(1, grid: grid(numbers: ["1", "5", "3", "4"]))
        let t = try #require(TableReader(hints: .testWords).tables(in: [page]).first)
        #expect(t.rows.map { $0.map(\.text) } == [["1.", "Meningkatnya akses sanitasi", "Cakupan pelayanan air limbah", "67%"]])
    }

    @Test func twoNumbersOutOfPlaceAreARowOfValues() throws {
        let page = PageFixture.page(1, grid: grid(numbers: ["1", "5", "7", "4"]))
        let t = try #require(TableReader(hints: .testWords).tables(in: [page]).first)
        #expect(t.rows.count == 2)
    }

    @Test func theRuleWantsAllButOneInPlace() {
        #expect(Headers.isMisreadColumnNumbers(["1", "5", "3", "4"], columns: 4))
        #expect(Headers.isMisreadColumnNumbers(["(1)", "(2)", "(3)", "(9)", "(5)"], columns: 5))
        #expect(!Headers.isMisreadColumnNumbers(["1", "5", "7", "4"], columns: 4))
        #expect(!Headers.isMisreadColumnNumbers(["1", "2", "3"], columns: 3))  // too few to tell
        #expect(!Headers.isMisreadColumnNumbers(["1", "Dokumen", "3", "4"], columns: 4))
        #expect(!Headers.isMisreadColumnNumbers(["10", "11", "12", "13"], columns: 4))
    }
}
