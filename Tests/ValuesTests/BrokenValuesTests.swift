import KinerjaModel
import Testing
@testable import Values

/// Values as the page prints them when a narrow cell or a typist breaks them: a scale word
/// glued to its number, decimals wrapped onto the next line, an amount broken after a
/// thousands mark. The raw text is kept; only a rejoining that reads cleanly is taken.
@Suite("Values: values broken by the cell or the typist")
struct BrokenValuesTests {
    /// `18,4juta`: the scale word glued to the number, as units are (`5Lap`).
    @Test func scaleWordGluedToTheNumber() throws {
        let r = ValueReader.read("18,4juta")
        #expect(r.problem == nil)
        let v = try #require(r.value)
        #expect(v.raw == "18,4juta" && v.kind == .number && v.number == 18_400_000 && v.unit == nil)
        let q = try #require(ValueReader.read("2juta ekor").value)
        #expect(q.kind == .quantity && q.number == 2_000_000 && q.unit == "ekor")
        // A unit glued the same way is still a unit, and a word that only begins like a scale
        // multiplies nothing.
        #expect(ValueReader.read("5Lap").value?.unit == "laporan")
        #expect(ValueReader.read("3jutaan").value?.number != 3_000_000)
    }

    /// `27,5 0`: the second decimal wrapped onto the next line of a narrow cell.
    @Test(arguments: [("27,5 0", 27.5), ("17,5 5", 17.55), ("119,8 2", 119.82)])
    func decimalsWrappedByANarrowCell(_ raw: String, _ n: Double) throws {
        let r = ValueReader.read(raw)
        #expect(r.problem == nil)
        let v = try #require(r.value)
        #expect(v.raw == raw && v.number == n)
        #expect(ValueReader.read(raw, hint: .percent).value?.kind == .percent)
    }

    /// Stacked values, or a figure and a list number, are not one wrapped decimal.
    @Test(arguments: ["97,5 0 95,0 0", "100 100,0 0", "17,5 55", "1,25 5", "39 21", "1.5.2 3"])
    func notOneWrappedDecimal(_ raw: String) {
        #expect(ValueReader.read(raw).value?.number == nil)
    }

    /// `48. 592.221.203,-`: an amount broken after a thousands mark, the group after the
    /// space whole.
    @Test(arguments: [("48. 592.221.203,-", 48_592_221_203.0), ("1,584,085, 700", 1_584_085_700)])
    func amountBrokenAfterAThousandsMark(_ raw: String, _ n: Double) throws {
        let r = ValueReader.read(raw)
        #expect(r.problem == nil)
        let v = try #require(r.value)
        #expect(v.raw == raw && v.kind == .currency && v.number == n)
    }

    /// A mark followed by a group that is not three digits is no broken amount.
    @Test(arguments: ["1, 2", "48. 59", "12, 7000"])
    func noBrokenAmount(_ raw: String) {
        let v = ValueReader.read(raw).value
        #expect(v?.kind != .currency)
    }
}
