import Testing
@testable import Values

// A list number is no decimal: `1.1.` numbers a sasaran, it does not say the report writes
// decimals with a point (a PK numbering its rows `1.1.` read its target `1.100` as 1.1).
@Suite("Values: what counts as separator-habit evidence")
struct SeparatorHabitEvidenceTests {
    @Test func listNumbersDoNotVote() {
        #expect(SeparatorHabit.learn(from: ["1.1.", "2.1.", "3.2.", "1.100"]) == .unknown)
        #expect(SeparatorHabit.vote("1.1.") == nil)
        #expect(SeparatorHabit.asciiVotes("1.1. Meningkatnya")?.point == 0)
        // A decimal without the trailing point still votes, and a trailing comma after thousands too.
        #expect(SeparatorHabit.vote("99.42") == ".")
        #expect(SeparatorHabit.vote("393.300.000,") == ",")
        #expect(SeparatorHabit.learn(from: ["99.42", "1.5", "87.20"]) == .pointDecimal)
        // The ASCII and Character paths agree.
        #expect(SeparatorHabit.learn(from: ["1.1. ¹", "2.1. ¹", "3.2. ¹"]) == .unknown)
    }

    @Test func ambiguityIsALoneSeparatorBeforeThreeDigits() {
        #expect(SeparatorHabit.isAmbiguous("1.100"))
        #expect(SeparatorHabit.isAmbiguous("2,750 poin"))
        #expect(!SeparatorHabit.isAmbiguous("1.100.000"))
        #expect(!SeparatorHabit.isAmbiguous("99,02"))
        #expect(!SeparatorHabit.isAmbiguous("0,125"))
        #expect(!SeparatorHabit.isAmbiguous("1.100 dan 2.500"))
        #expect(!SeparatorHabit.isAmbiguous("1100"))
    }
}
