import KinerjaModel
import Testing
@testable import Interpretation

// A column of amounts that repeat one mark for thousands and decimals (`641,773,572,00`): read
// because the column confirms it, with one warning for the column, not one per cell.
@Suite("Interpretation: a money column's repeated decimal mark")
struct RepeatedDecimalMarkTests {
    func table(_ amounts: [String]) -> Table {
        let rows = amounts.enumerated().map { i, a in
            [Cell(text: "1.02.01.\(i + 1)"), Cell(text: "Kegiatan Penyusunan Dokumen \(i + 1)"), Cell(text: a)]
        }
        var t = Table(id: "t27", pages: [24], caption: nil, columns: ["Kode", "Program/Kegiatan", "Anggaran Murni"].map { Column(header: $0) },
                      rows: rows, rowPages: rows.map { _ in 24 })
        t.columns = ColumnRoles.assign(t.columns)
        return t
    }

    @Test func aConfirmingColumnIsReadWithOneWarning() {
        let t = table(["641,773,572,00", "1,141,250,000,00", "184,300,000,00", "95,500,000,00"])
        let budget = BudgetReader.read([t], indicators: [])
        #expect(budget.items.map { $0.anggaran?.number } == [641_773_572, 1_141_250_000, 184_300_000, 95_500_000])
        let warnings = IndicatorReader().read([t]).warnings + budget.warnings
        #expect(warnings.filter { $0.code == "decimal_mark_repeated" }.count == 1)
        #expect(warnings.first { $0.code == "decimal_mark_repeated" }.map { $0.page == 24 && $0.message.contains("4 amounts") && $0.message.contains("641,773,572,00") } == true)
        #expect(!warnings.contains { $0.code == "malformed_number" })
    }

    @Test func twoSuchAmountsStayMalformed() {
        let t = table(["641,773,572,00", "1,141,250,000,00", "184.300.000"])
        let budget = BudgetReader.read([t], indicators: [])
        #expect(budget.items[0].anggaran?.number == nil && budget.items[2].anggaran?.number == 184_300_000)
        let warnings = IndicatorReader().read([t]).warnings + budget.warnings
        #expect(warnings.filter { $0.code == "malformed_number" }.count == 2)
        #expect(!warnings.contains { $0.code == "decimal_mark_repeated" })
    }
}
