@testable import Interpretation
import KinerjaModel
import Testing

/// A table printed from a spreadsheet that lost a figure shows the spreadsheet's error
/// (`#REF!`) where the value should be: raw kept, no value, and a warning saying so.
@Suite("Interpretation: spreadsheet errors in measure cells")
struct SpreadsheetErrorTests {
    @Test(arguments: ["#REF!", "#DIV/0!", "#VALUE!", "#N/A", " #ref! "])
    func aSpreadsheetErrorIsWarnedOnce(_ raw: String) {
        let (v, warnings) = MeasureReader.read(Cell(text: raw), hint: .percent, where: "t1 no 1 Realisasi", page: 4)
        #expect(v?.raw == raw && v?.kind == .text && v?.number == nil)
        #expect(warnings.count == 1)
        #expect(warnings.first?.code == "unreadable_value" && warnings.first?.page == 4)
    }

    /// Words the document writes on purpose (`NA`, `Ada`) are no error.
    @Test(arguments: ["NA", "N/A", "Ada", "#1"])
    func wordsAreNoSpreadsheetError(_ raw: String) {
        let (_, warnings) = MeasureReader.read(Cell(text: raw), hint: nil, where: "t1", page: 1)
        #expect(!warnings.contains { $0.message.contains("spreadsheet") })
    }
}
