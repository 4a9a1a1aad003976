import KinerjaModel
@testable import Tables
import Testing

/// Entries stacked in one tall ruled row beside a goal (the anchor column holds the goal
/// once): a unit per entry in its own column, values set a few points below their label's
/// first line, one value centred on a label of four lines. Each entry is a row of its own,
/// with its unit and its value; no unit is left with the entry above.
@Suite("Tables: stacked entries beside a goal")
struct StackedEntriesUnderGoalTests {
    @Test func everyEntryGetsItsRow() throws {
        let xs: [Double] = [30, 110, 190, 250, 330], ys: [Double] = [100, 115, 420]
        var words = PageFixture.words("Uraian", x: 33, y: 103) + PageFixture.words("Indikator", x: 113, y: 103)
            + PageFixture.words("Satuan", x: 193, y: 103) + PageFixture.words("Target", x: 253, y: 103)
        for (i, l) in ["Meningkatnya", "Ketahanan", "Pangan", "Pokok"].enumerated() {
            words += PageFixture.words(l, x: 33, y: 120 + Double(i) * 9.2)
        }
        words += PageFixture.words("a. Produksi", x: 113, y: 120) + PageFixture.words("tanaman :", x: 113, y: 129.2)
        var y = 184.0
        let entries: [([String], String, String, Double)] = [
            (["Padi"], "Ton", "12.317.066", 2.9), (["Jagung"], "Ton", "1.190.793", 2.9),
            (["Kedelai"], "Ton", "51.823", 2.9), (["Kacang Tanah"], "Ton", "81.262", 2.9),
            (["Ubi Kayu"], "Ton", "2.261.565", 2.9), (["Ubi Jalar"], "Ton", "463.299", 4.7),
            (["b. Luas Serangan", "OPT tanaman", "pangan dan", "hortikultura"], "Ha", "113.889", 8.2),
            (["c. Persentase", "Tingkat"], "%", "10,90", 2.9), (["d. Nilai Tukar"], "NTP", "110,0", 0),
        ]
        for (label, unit, value, drop) in entries {
            for (k, l) in label.enumerated() { words += PageFixture.words(l, x: 113, y: y + Double(k) * 9.2) }
            words += PageFixture.words(unit, x: 210, y: y) + PageFixture.words(value, x: 280, y: y + drop)
            y += Double(label.count - 1) * 9.2 + 16
        }
        var rules = ys.map { Ruling(.horizontal, at: $0, from: xs.first!, to: xs.last!) }
        rules += xs.map { Ruling(.vertical, at: $0, from: ys.first!, to: ys.last!) }
        let page = Page(number: 1, width: 595, height: 842, words: words, rulings: rules, source: .native)
        let t = try #require(TableReader(hints: .testWords).tables(in: [page]).first)
        let rows = t.rows.map { $0.map(\.text) }.filter { $0.contains { !$0.isEmpty } }
        for (label, unit, value, _) in entries {
            let text = label.joined(separator: " ")
            #expect(rows.contains { $0[1].hasSuffix(text) && $0[2] == unit && $0[3] == value }, "\(text)")
        }
    }
}
