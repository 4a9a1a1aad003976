import KinerjaModel
import Testing
@testable import Tables

/// `looksLikeValue`, `isListMarker` and `letterOrDigitCount` answer ASCII by bytes and
/// compare with the mark lists only a one-scalar text (issue 10, CPU): the same answers as
/// the Character-by-Character definitions they replace, on ASCII and non-ASCII cells.
@Suite("Tables: cell token fast paths agree with their definitions")
struct CellTokenFastPathTests {
    static let samples: [String] = [
        "", "-", "x", "*", "o", "O", "•", "–", "—", "―", "…", "·", "\u{387}", "▪", "➢", "✓", "a", "1", "1.", "a)",
        "(iv)", "iv.", "12", "(12)", "1.1.", "abcd", "- ", " -", "x2", "-\u{301}", "e\u{301}", "\r\n", "—x", "1–2",
        "25,5 %", "1.234.567,00", "Rp 1.000", "≥ 80", "٣", "²", "½", "100 %", "12 bulan", "N/A", "n.a", "–1",
        "Ⅻ", "中", "10 中", "ab1", "x\u{301}", "o.", "•)", "(•)", "abc1234567890123456789012", "1234567890123456789012345",
    ]

    /// The definitions before the fast paths (Character properties, `==` on the lists).
    static func looksLikeValueReference(_ t: String) -> Bool {
        guard !t.isEmpty, t.count <= 24 else { return false }
        let digits = t.filter(\.isNumber).count
        if digits == 0 { return ["-", "–", "—", "―", "x", "…"].contains(t) }
        let letters = t.filter(\.isLetter).count
        return digits >= letters * 2
    }

    static func isListMarkerReference(_ s: String) -> Bool {
        let t = s.trimmingWhitespace()
        guard !t.isEmpty, t.count <= 4 else { return false }
        if ["-", "•", "–", "*", "·", "o", "▪", "➢", "✓"].contains(t) { return true }
        let core = t.trimmingASCII { "().:".utf8.contains($0) }
        guard core.count < t.count || core.count == 1 else { return false }
        return !core.isEmpty && (core.allSatisfy(\.isNumber) || (core.count <= 3 && core.allSatisfy(\.isLetter)))
    }

    @Test func sameAnswersAsTheDefinitions() {
        for s in Self.samples {
            #expect(TextGrids.looksLikeValue(s) == Self.looksLikeValueReference(s), "\(s.unicodeScalars.map(\.value))")
            #expect(TextGrids.isListMarker(s) == Self.isListMarkerReference(s), "\(s.unicodeScalars.map(\.value))")
            #expect(TextGrids.letterOrDigitCount(s[...]) == s.filter { $0.isLetter || $0.isNumber }.count, "\(s)")
        }
    }

    /// No scalar but the mark itself (and U+0387 for `·`) equals one of the marks: a text
    /// of one ASCII byte is compared by the byte, and only one-scalar texts with the list.
    @Test func onlyTheMarksEqualTheMarks() {
        let marks: Set<String> = ["-", "•", "–", "—", "―", "…", "*", "·", "o", "▪", "➢", "✓", "x"]
        for v in 0..<0x11_0000 {
            guard let u = Unicode.Scalar(v) else { continue }
            let s = String(Character(u))
            if marks.contains(s) { #expect(marks.contains { $0.unicodeScalars.first == u } || v == 0x387, "\(v)") }
        }
    }
}
