import KinerjaModel
@testable import Tables
import Testing

/// Entries stacked in one ruled row, each value set a few points lower than its label (a
/// smaller font on the label's line): the cut between entries goes above the label, so no
/// label is left with the entry above it.
@Suite("Tables: stacked entries with values set lower")
struct StackedValuesSetLowerTests {
    @Test func eachLabelKeepsItsValue() throws {
        let xs: [Double] = [30, 130, 200, 330], ys: [Double] = [100, 115, 190]
        var words = PageFixture.words("Indikator", x: 33, y: 103) + PageFixture.words("Satuan", x: 133, y: 103)
            + PageFixture.words("Target", x: 203, y: 103)
        words += PageFixture.words("a. Produksi :", x: 33, y: 120)
        for (i, (label, value)) in [("Padi", "12.317.066"), ("Jagung", "1.190.793"), ("Kedelai", "51.823")].enumerated() {
            let y = 136 + Double(i) * 16
            words += PageFixture.words(label, x: 33, y: y) + PageFixture.words("Ton", x: 133, y: y)
                + PageFixture.words(value, x: 260, y: y + 2.9)
        }
        var rules = ys.map { Ruling(.horizontal, at: $0, from: xs.first!, to: xs.last!) }
        rules += xs.map { Ruling(.vertical, at: $0, from: ys.first!, to: ys.last!) }
        let page = Page(number: 1, width: 595, height: 842, words: words, rulings: rules, source: .native)
        let t = try #require(TableReader(hints: .testWords).tables(in: [page]).first)
        let rows = t.rows.map { $0.map(\.text) }.filter { $0.contains { !$0.isEmpty } }
        // (The group's label above, with no value of its own, opens the first entry.)
        #expect(rows.contains { $0[0].hasSuffix("Padi") && $0[2] == "12.317.066" })
        #expect(rows.contains(["Jagung", "Ton", "1.190.793"]))
        #expect(rows.contains(["Kedelai", "Ton", "51.823"]))
    }
}
