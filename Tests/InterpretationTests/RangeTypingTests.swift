@testable import Interpretation
import KinerjaModel
import Testing

/// A range (`98,00- 98,50`) is typed by its row's Satuan and its column's header unit as a
/// single number there is: both ends, `value` still null.
@Suite("Interpretation: ranges typed by the row's or column's unit")
struct RangeTypingTests {
    private func table(_ headers: [String], _ rows: [[String]]) -> Table {
        .onePage("t1", page: 5, headers: headers, texts: rows)
    }

    @Test func aSatuanTypesBothEndsOfARange() throws {
        let recs = IndicatorReader().read([table(["No", "Indikator Kinerja", "Satuan", "Target"], [
            ["1", "Angka Melek Huruf", "%", "98,00- 98,50"],
            ["2", "Angka Partisipasi Murni", "%", "96,97"],
            ["3", "Produksi padi", "Ton", "1.200 - 1.350"],
            ["4", "Belanja modal", "Juta Rupiah", "12 - 15"],
            ["5", "Indeks kepuasan", "", "80 - 85"],
        ])]).indicators
        #expect(recs.count == 5)
        // The single number beside it in the same kind of row: the range follows the same rule.
        #expect(recs[1].target?.kind == .percent)
        let pct = try #require(recs[0].target)
        #expect(pct.kind == .percent && pct.number == nil && pct.range == 98...98.5 && pct.raw == "98,00- 98,50")
        let ton = try #require(recs[2].target)
        #expect(ton.kind == .quantity && ton.unit == "ton" && ton.range == 1200...1350 && ton.number == nil)
        let money = try #require(recs[3].target)
        #expect(money.kind == .currency && money.range == 12_000_000...15_000_000 && money.number == nil)
        // No unit: the range stays as read.
        #expect(recs[4].target?.kind == .number && recs[4].target?.range == 80...85)
    }

    @Test func aPercentHeaderTypesARangeOfBareIntegers() throws {
        let recs = IndicatorReader().read([table(["No", "Indikator Kinerja", "Target (%)"], [
            ["1", "Angka Melek Huruf", "97 - 98"],
            ["2", "Angka Partisipasi Murni", "96"],
        ])]).indicators
        #expect(recs[1].target?.kind == .percent)
        let r = try #require(recs[0].target)
        #expect(r.kind == .percent && r.range == 97...98 && r.number == nil)
    }
}
