import KinerjaModel
import Testing
@testable import Values

// Values read the way each document writes them: one mark repeated for thousands and
// decimals where the column confirms it, a decimal mark left with nothing after it, and
// ranges written instead of one figure.
@Suite("Values: repeated decimal mark, trailing mark, ranges")
struct ValueHabitsTests {
    static let repeatedColumn = ["641,773,572,00", "1,141,250,000,00", "184,300,000,00", "95,500,000,00", "87,391,400,00"]

    @Test func aColumnThatRepeatsItsMarkConfirmsTheHabit() {
        let habit = SeparatorHabit.learn(from: Self.repeatedColumn, confirmingRepeatedMark: true)
        #expect(habit.repeatedDecimalMark == ",")
        #expect(SeparatorHabit.learn(from: ["1.805.611.000.00", "58.817.631.750.00", "12.345.678.901.00",
                                            "519.230.659.542,00"], confirmingRepeatedMark: true).repeatedDecimalMark == ".")
        // A document's cells (not one column's) never confirm it.
        #expect(SeparatorHabit.learn(from: Self.repeatedColumn) == .unknown)
        let r = SeparatorHabit.repeatedMark(in: Self.repeatedColumn)
        #expect(r?.count == 5 && r?.first == "641,773,572,00")
    }

    @Test func theHabitNeedsConfirmation() {
        // Two such amounts are not a habit.
        #expect(SeparatorHabit.learn(from: ["641,773,572,00", "1,141,250,000,00", "1.000.000"], confirmingRepeatedMark: true).repeatedDecimalMark == nil)
        // Amounts written without cents: a last group of two is a thousands group that lost a digit.
        #expect(SeparatorHabit.learn(from: ["32.732.75", "11.484.48", "404.753.50", "1.900.000", "1.000.000",
                                            "2.500.000", "7.000.000", "62.500.000", "280.000.000"], confirmingRepeatedMark: true).repeatedDecimalMark == nil)
        // Both marks repeated: no habit.
        #expect(SeparatorHabit.learn(from: ["641,773,572,00", "1,141,250,000,00", "184,300,000,00",
                                            "1.805.611.000.00"], confirmingRepeatedMark: true).repeatedDecimalMark == nil)
    }

    @Test func repeatedMarkIsReadOnlyWithTheHabit() {
        let habit = SeparatorHabit.learn(from: Self.repeatedColumn, confirmingRepeatedMark: true)
        let v = ValueReader.read("641,773,572,00", hint: .currency, habit: habit)
        #expect(v.value == Value(raw: "641,773,572,00", kind: .currency, payload: .number(641_773_572)))
        #expect(v.problem == nil)
        #expect(ValueReader.read("87,391,400,50", hint: .currency, habit: habit).value?.number == 87_391_400.5)
        #expect(ValueReader.read("12.345.678.901.00", habit: SeparatorHabit(repeatedDecimalMark: ".")).value?.number == 12_345_678_901)
        // Without it, malformed as before.
        #expect(ValueReader.read("641,773,572,00", hint: .currency).problem?.code == ValueReading.Problem.malformedNumberCode)
        // The other mark repeated is not this column's habit.
        #expect(ValueReader.read("641.773.572.00", hint: .currency, habit: habit).problem?.code == ValueReading.Problem.malformedNumberCode)
        // Shapes that stay malformed whatever the habit.
        for raw in ["2.57.212.000", "3.8000.000.000,00", "37.664.381200,00", "641,773,572,0", "641,77,572,00"] {
            let r = ValueReader.read(raw, hint: .currency, habit: SeparatorHabit(decimalMark: ",", repeatedDecimalMark: ","))
            #expect(r.value?.number == nil && r.problem?.code == ValueReading.Problem.malformedNumberCode, "\(raw)")
        }
        // Thousands alone keep their reading under the habit.
        #expect(ValueReader.read("641,773,572", hint: .currency, habit: habit).value?.number == 641_773_572)
    }

    @Test func aColumnHabitKeepsTheDocumentsDecimalMark() {
        let own = SeparatorHabit.learn(from: Self.repeatedColumn, confirmingRepeatedMark: true)
        let filled = own.filling(from: .commaDecimal)
        #expect(filled == SeparatorHabit(decimalMark: ",", repeatedDecimalMark: ","))
        #expect(SeparatorHabit.repeatedMarkHabit(of: Self.repeatedColumn) == SeparatorHabit(repeatedDecimalMark: ","))
        let message = SeparatorHabit.repeatedMarkMessage(Self.repeatedColumn)
        #expect(message?.contains("5 amounts") == true && message?.contains("641,773,572,00") == true)
        #expect(SeparatorHabit.repeatedMarkMessage(["1.000.000", "2.000.000"]) == nil)
    }

    @Test func aTrailingDecimalMarkIsNoCents() {
        let r = ValueReader.read("19.954.920.000,", hint: .currency)
        #expect(r.value == Value(raw: "19.954.920.000,", kind: .currency, payload: .number(19_954_920_000)))
        #expect(r.problem?.code == ValueReading.Problem.trailingDecimalMarkCode)
        #expect(ValueReader.read("1,250,000.").value?.number == 1_250_000)
        // A stray mark before the decimals (a group lost?) and a mark like the thousands stay unread.
        for raw in ["4.430.638.,00", "336.278.000.,00", "19.93.", "1.250.000.", "1.1,", "12.50,"] {
            let r = ValueReader.read(raw, hint: .currency)
            #expect(r.value?.number == nil, "\(raw)")
        }
    }

    @Test func rangesKeepBothEndsAndNoValue() {
        let r = ValueReader.read("98,00- 98,50", hint: .percent)
        #expect(r.value?.kind == .percent && r.value?.number == nil && r.value?.range == 98.0...98.5 && r.problem == nil)
        #expect(ValueReader.read("112-113").value?.range == 112...113)
        #expect(ValueReader.read("112-113").value?.kind == .number)
        #expect(ValueReader.read("8,25 - 8,30").value?.range == 8.25...8.3)
        #expect(ValueReader.read("99- 99.50", hint: .percent).value?.range == 99...99.5)
        #expect(ValueReader.read("98.50-99").value?.range == 98.5...99)
        #expect(ValueReader.read("98 - 99 %").value.map { ($0.kind, $0.range) }! == (.percent, 98...99))
        #expect(ValueReader.read("0 sd 5,99 %").value?.range == 0...5.99)
        #expect(ValueReader.read("10 - 12 dokumen").value.map { ($0.unit, $0.range) }! == ("dokumen", 10...12))
        // Criteria ranges from the seeds, text before ranges were read.
        #expect(ValueReader.read("91 – 100").value.map { ($0.kind, $0.number, $0.range) }! == (.number, nil, 91...100))
        #expect(ValueReader.read("90 %-99%").value.map { ($0.kind, $0.number, $0.range) }! == (.percent, nil, 90...99))
        // The habit reads both ends.
        #expect(ValueReader.read("1,250 - 2,500", habit: .commaDecimal).value?.range == 1.25...2.5)
        #expect(ValueReader.read("1,250 - 2,500", habit: .pointDecimal).value?.range == 1250...2500)
    }

    @Test func notRanges() {
        for raw in ["2016-2018", "1-3", "3-6", "Triwulan I-IV", "1.02.01-05", "17-08-2016", "-5", "-", "5-3",
                    "01-12", "98 - 99 - 100", "99 -", "0 sd 5,99 % atau kategori hijau"] {
            #expect(ValueReader.read(raw).value?.range == nil, "\(raw)")
        }
        #expect(ValueReader.read("-").value == nil)
    }
}
