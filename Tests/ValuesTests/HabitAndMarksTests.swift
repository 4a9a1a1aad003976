import KinerjaModel
import Testing
@testable import Values

// Issue 9 item 4: values as the document means them.
@Suite("Values: separator habit, marks, negatives, split values")
struct HabitAndMarksTests {
    @Test func habitIsLearnedFromUnambiguousNumbers() {
        #expect(SeparatorHabit.learn(from: ["35,90%", "12.285.690", "125,69", "768.495"]) == .commaDecimal)
        #expect(SeparatorHabit.learn(from: ["175.89", "6,304,890", "1.5", "202,455"]) == .pointDecimal)
        // Only ambiguous numbers (a lone separator before three digits), or too few: unknown.
        #expect(SeparatorHabit.learn(from: ["1.250", "2,750", "768.495"]) == .unknown)
        #expect(SeparatorHabit.learn(from: ["35,90"]) == .unknown)
        // Mixed habits give no decision.
        #expect(SeparatorHabit.learn(from: ["35,90", "12,50", "99.42", "1.5"]) == .unknown)
    }

    @Test func habitDecidesALoneSeparatorBeforeThreeDigits() {
        #expect(ValueReader.read("2,750", habit: .commaDecimal).value?.number == 2.75)
        #expect(ValueReader.read("1.250", habit: .commaDecimal).value?.number == 1250)
        #expect(ValueReader.read("2,750", habit: .pointDecimal).value?.number == 2750)
        #expect(ValueReader.read("1.25", habit: .pointDecimal).value?.number == 1.25)
        // In a percent column too: a point-decimal report writing 1,309 % means 1309.
        #expect(ValueReader.read("1,309", hint: .percent, habit: .pointDecimal).value?.number == 1309)
        // A comma after a lone 0 can only be a decimal; two digits are a decimal in any habit.
        #expect(ValueReader.read("0,79", habit: .pointDecimal).value?.number == 0.79)
        #expect(ValueReader.read("83.18", habit: .commaDecimal).value?.number == 83.18)
        // Without a habit nothing changes: 1.680 is 1680.
        #expect(ValueReader.read("1.680").value?.number == 1680)
        #expect(ValueReader.read("2,750 poin", habit: .commaDecimal).value == Value(raw: "2,750 poin", kind: .quantity, payload: .number(2.75), unit: "poin"))
    }

    @Test func footnoteMarksAndBracketedCategoriesAreNotPartOfTheValue() {
        let starred = ValueReader.read("992.770 *").value
        #expect(starred?.kind == .number && starred?.number == 992770 && starred?.raw == "992.770 *")
        #expect(ValueReader.read("203,440*", habit: .pointDecimal).value?.number == 203440)
        #expect(ValueReader.read("125,69 (SB)", hint: .percent).value?.number == 125.69)
        #expect(ValueReader.read("100 % (Hijau)").value == Value(raw: "100 % (Hijau)", kind: .percent, payload: .number(100)))
        #expect(ValueReader.read("84,11 (B)", hint: .percent).value?.number == 84.11)
        // A word alone in brackets is no value.
        #expect(ValueReader.read("(Hijau)").value?.kind == .text)
    }

    @Test func aBracketedRemarkAfterAValueIsNotPartOfIt() {
        #expect(ValueReader.read("22,7 % (75%)").value == Value(raw: "22,7 % (75%)", kind: .percent, payload: .number(22.7)))
        #expect(ValueReader.read("10% (190 temuan)").value?.number == 10)
        // The remark alone, or after text, is still no value; a bracketed number alone is a negative.
        #expect(ValueReader.read("(190 temuan)").value?.kind == .text)
        #expect(ValueReader.read("Baik (75%)").value?.kind == .text)
        #expect(ValueReader.read("(3.14)").value?.number == -3.14)
    }

    @Test func unitsJoinedBySlashAreOneUnit() {
        #expect(ValueReader.read("16 Kab/Kota").value == Value(raw: "16 Kab/Kota", kind: .quantity, payload: .number(16), unit: "kab/kota"))
        #expect(ValueReader.read("0 kasus/tahun").value?.unit == "kasus/tahun")
        #expect(ValueReader.read("1/2").value?.kind != .quantity)
        #expect(ValueReader.read("5 a/b").value?.kind == .text)
    }

    @Test func bracketedNumbersAreNegative() {
        #expect(ValueReader.read("(3.14)").value?.number == -3.14)
        #expect(ValueReader.read("(104.66)", hint: .percent).value == Value(raw: "(104.66)", kind: .percent, payload: .number(-104.66)))
        #expect(ValueReader.read("(3,27)%").value?.kind != .percent || ValueReader.read("(3,27)%").value?.number != 3.27)
    }

    @Test func valuesSplitByANarrowCellAreRejoinedOnlyWhenThatAloneReads() {
        let decree = ValueReader.read("1.437 Keputusa n").value
        #expect(decree == Value(raw: "1.437 Keputusa n", kind: .quantity, payload: .number(1437), unit: "keputusan"))
        let money = ValueReader.read("Rp. 2.859.905.02 2").value
        #expect(money?.kind == .currency && money?.number == 2_859_905_022)
        // Two numbers side by side are not one number.
        #expect(ValueReader.read("96 7").value?.kind == .text)
        #expect(ValueReader.read("2 75").value?.kind == .text)
        // A clean reading is never second-guessed.
        #expect(ValueReader.read("12 Kali").value?.unit == "kali")
    }
}
