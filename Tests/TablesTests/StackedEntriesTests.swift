import KinerjaModel
@testable import Tables
import Testing

/// A ruled header over one ruled body row whose cells hold several entries stacked line by
/// line (no rule between them): each line with its own value, or its own number in the
/// numbering column, is a row.
@Suite("Tables: entries stacked in one ruled row")
struct StackedEntriesTests {
    private let xs: [Double] = [40, 70, 200, 330, 420]
    private func table(_ body: [(Int, Int, Int, Int, [String])]) throws -> Table {
        let header: [(Int, Int, Int, Int, [String])] = [
            (0, 0, 1, 1, ["NO"]), (0, 1, 1, 1, ["SASARAN STRATEGIS"]), (0, 2, 1, 1, ["INDIKATOR KINERJA"]), (0, 3, 1, 1, ["TARGET"]),
        ]
        let g = GridSpec(xs: xs, ys: [100, 115, 260], cells: header + body)
        return try #require(PageFixture.firstTable(g))
    }

    @Test func eachStackedValueLineStartsARow() throws {
        let t = try table([
            (1, 0, 1, 1, ["1."]), (1, 1, 1, 1, ["Meningkatnya produksi padi", "dan jagung"]),
            (1, 2, 1, 1, ["Jumlah produksi :", "a. Padi", "b. Jagung", "c. Kedelai"]),
            (1, 3, 1, 1, ["", "12.317.066 ton", "1.190.793 ton", "51.823 ton"]),
        ])
        #expect(t.rows.map { $0[2].text } == ["Jumlah produksi :", "a. Padi", "b. Jagung", "c. Kedelai"])
        #expect(t.rows.map { $0[3].text } == ["", "12.317.066 ton", "1.190.793 ton", "51.823 ton"])
        // The wrapped sasaran beside the stacked entries stays whole.
        #expect(t.rows[0][1].text == "Meningkatnya produksi padi dan jagung")
    }

    @Test func aWrappedCellBesideOneValueStaysOneRow() throws {
        let t = try table([
            (1, 0, 1, 1, ["1."]), (1, 1, 1, 1, ["Meningkatnya produksi", "pangan"]),
            (1, 2, 1, 1, ["Persentase petani yang", "mengikuti pelatihan", "(orang)"]),
            (1, 3, 1, 1, ["95%"]),
        ])
        #expect(t.rows.count == 1)
        #expect(t.rows[0][2].text == "Persentase petani yang mengikuti pelatihan (orang)")
    }

    @Test func anAsideInBracketsUnderAValueStaysInItsRow() throws {
        let t = try table([
            (1, 0, 1, 1, ["1."]), (1, 1, 1, 1, ["Meningkatnya mutu"]),
            (1, 2, 1, 1, ["Jumlah kelompok", "yang menerapkan mutu"]),
            (1, 3, 1, 1, ["20 Kelompok", "(10 Kabupaten)"]),
        ])
        #expect(t.rows.count == 1)
    }

    @Test func aSecondNumberInTheNumberingColumnStartsARow() throws {
        let t = try table([
            (1, 0, 1, 1, ["1.", "", "2."]), (1, 1, 1, 1, ["Meningkatnya mutu", "layanan", "Menurunnya kemiskinan"]),
            (1, 2, 1, 1, ["Indeks kepuasan", "masyarakat", "Angka kemiskinan"]),
            (1, 3, 1, 1, ["Baik sekali", "", "Turun"]),
        ])
        #expect(t.rows.map { $0[0].text } == ["1.", "2."])
        #expect(t.rows.map { $0[2].text } == ["Indeks kepuasan masyarakat", "Angka kemiskinan"])
    }
}

extension StackedEntriesTests {
    /// Values set beside the last line of their labels (bottom-aligned, as some scans are):
    /// where entries start cannot be told from them, so the row stays whole (even when one
    /// label, cut short, looks like it starts beside its value).
    @Test func valuesBesideTheLabelsLastLineDoNotSplit() throws {
        let t = try table([
            (1, 0, 1, 1, ["1."]), (1, 1, 1, 1, ["Meningkatnya produksi"]),
            (1, 2, 1, 1, ["1.1 Angka calving interval", "sapi potong di UPTD", "1.2 Persentase", "pemurnian sapi"]),
            (1, 3, 1, 1, ["", "16", "", "40"]),
        ])
        #expect(t.rows.count == 1)
    }
}

extension StackedEntriesTests {
    /// Two amounts stacked in one ruled cell, each with its currency beside it in the column
    /// to its right, in a row whose numbering and text columns hold one entry: one row whose
    /// amount and currency cells hold two lines each (a currency qualifies its amount; an
    /// entry's label stands left of its values).
    @Test func stackedAmountsWithTheirCurrenciesStayOneRow() throws {
        let header: [(Int, Int, Int, Int, [String])] = [
            (0, 0, 1, 1, ["No"]), (0, 1, 1, 1, ["Contract"]), (0, 2, 1, 1, ["Amount"]), (0, 3, 1, 1, ["Currency"]), (0, 4, 1, 1, ["Signed"]),
        ]
        let body: [(Int, Int, Int, Int, [String])] = [
            (1, 0, 1, 1, ["2"]), (1, 1, 1, 1, ["Procurement of 9No.", "Cross country (4x4),", "5No Mid-Range (4x4)"]),
            (1, 2, 1, 1, ["62,785,105", "", "", "11,200"]), (1, 3, 1, 1, ["¥Japan", "", "", "US$"]), (1, 4, 1, 1, ["13-Sep-11"]),
            (2, 0, 1, 1, ["3"]), (2, 1, 1, 1, ["Procurement of 2No.", "Buses"]),
            (2, 2, 1, 1, ["214,885.63"]), (2, 3, 1, 1, ["GHS"]), (2, 4, 1, 1, ["13-Oct-11"]),
        ]
        let g = GridSpec(xs: [40, 70, 200, 280, 340, 420], ys: [100, 115, 165, 190], cells: header + body)
        let t = try #require(TableReader().tables(in: [PageFixture.page(1, grid: g)]).first)
        let entries = t.rows.filter { $0[0].text != "No" }
        #expect(entries.map { $0[0].text } == ["2", "3"])
        #expect(entries.first?[2].text == "62,785,105 11,200")
        #expect(entries.first?[3].text == "¥Japan US$")
    }
}
