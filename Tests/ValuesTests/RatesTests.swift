import KinerjaModel
import Testing
@testable import Values

/// Rates against a base (`89/100.000 KH`: deaths per 100 000 live births), read the way
/// health reports write them: the number before the base is the value, the unit names the base.
@Test(arguments: [
    ("89/100.000 KH", 89.0, "per 100000 kh"),
    ("86,97/ 100.000 KH", 86.97, "per 100000 kh"),
    ("5,8/1000 KH", 5.8, "per 1000 kh"),
    ("4,01/ 1000KH", 4.01, "per 1000 kh"),
    ("89/ 100,000KH", 89, "per 100000 kh"),
    // A base cut by a narrow cell, rejoined because the digits make a power of ten.
    ("89/100.00 0 KH", 89, "per 100000 kh"),
    ("5,8/100 0 KH", 5.8, "per 1000 kh"),
    ("86,97/100. 000 KH", 86.97, "per 100000 kh"),
    ("12/10.000 penduduk", 12, "per 10000 penduduk"),
    ("0‰", 0, "per 1000"),
    ("2,5 ‰", 2.5, "per 1000"),
])
func rateAgainstABase(_ raw: String, _ n: Double, _ unit: String) {
    let r = ValueReader.read(raw)
    #expect(r.problem == nil, "\(raw)")
    #expect(r.value?.raw == raw)
    #expect(r.value?.kind == .quantity, "\(raw)")
    #expect(r.value?.number == n, "\(raw)")
    #expect(r.value?.unit == unit, "\(raw)")
}

/// A fraction or a slash that is no rate is not read as one: the base must be a power of
/// ten of at least 1000 and a unit must follow it.
@Test(arguments: ["3/5", "2/4 dokumen", "12/12 bulan", "89/100.000", "1/1000 yang dilayani di rumah sakit", "KH/100.000"])
func notARate(_ raw: String) {
    let r = ValueReader.read(raw)
    #expect(r.value?.unit?.hasPrefix("per ") != true, "\(raw)")
}

/// The number before the base follows the document's separator habit, and a malformed one is
/// not guessed.
@Test func rateNumeratorFollowsHabitAndIsNotGuessed() {
    #expect(ValueReader.read("1,250/100.000 KH", habit: .commaDecimal).value?.number == 1.25)
    let bad = ValueReader.read("2.57.2/1000 KH")
    #expect(bad.value?.number == nil)
    #expect(bad.value?.raw == "2.57.2/1000 KH")
    #expect(bad.problem?.code == "malformed_number")
}

/// Several values side by side in one cell (stacked rows, a K beside an Rp figure): none is
/// chosen, the cell stays text with a `several_values` problem.
@Test(arguments: [
    ("17.803.394.426,00 25.897.885.000,00", ValueHint.currency),
    ("1.260.000.000,- 485.000.000,-", .currency),
    ("Rp 1.000.000 Rp 2.000.000", .currency),
    ("99,02 101,81", .percent),
    ("100% 95%", .none),
])
func severalValuesAreNotChosen(_ raw: String, _ hint: ValueHint) {
    let r = ValueReader.read(raw, hint: hint)
    #expect(r.value?.raw == raw)
    #expect(r.value?.kind == .text)
    #expect(r.value?.number == nil)
    #expect(r.problem?.code == "several_values", "\(raw)")
}

/// A cell with words beside its figures is not several values (it stays plain text), and one
/// value broken by a narrow cell is still read rejoined.
@Test func severalValuesNeedsEveryPartAValue() {
    #expect(ValueReader.read("20.00% 1 Kawasan 6 Juta Ekor").problem == nil)
    #expect(ValueReader.read("Rp. 2.859.905.02 2").value?.number == 2_859_905_022)
}

/// `-- -- --`: the "nothing here" mark of each of several stacked rows is still nothing.
@Test func dashesForSeveralRowsAreBlank() {
    #expect(ValueReader.read("-- -- --").value == nil)
    #expect(ValueReader.read("--- --").value == nil)
}
