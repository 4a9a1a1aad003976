import Foundation
import KinerjaModel
import Testing
@testable import Interpretation

/// `opensLetteredItem` reads printable ASCII by bytes (issue 10, CPU): where the byte
/// reader answers, it answers as the expression and as ICU's reading of it.
@Suite("Interpretation: the lettered-item byte reader answers as its expression")
struct LetteredItemScanTests {
    static let texts: [String] = [
        "", " ", "a", "a.", "a. ", "a. x", "b) Jumlah", "  c. Jumlah", "Z. x", "a.x", "a .x", "ab. x", "1. x", "a.  x",
        "a.   ", "-a. x", "a) ", "a)x", ". x", "a..x", "a. .", "é. x", "a. é", "a.\tx", "\ta. x", "a.\u{A0}x", "a. \u{A0}x",
        "a.\u{A0} x", "a. x\u{301}", "a\u{301}. x", " \u{301}a. x", "a. \u{301}x", "\r\na. x", "a.\r\nx", "a. x\r\n",
        "Jumlah a. x", "A. Sasaran strategis", "a) - bullet", "x)  1", "I. Pendahuluan", "[a]. x", "a.\u{2003}x",
    ]

    @Test func byteReaderAnswersAsTheExpression() {
        let ns = IndicatorReader.letteredItem.ns
        for t in Self.texts {
            let expression = IndicatorReader.letteredItem.matches(in: t)
            #expect(IndicatorReader.opensLetteredItem(t) == expression, "\(t.unicodeScalars.map(\.value))")
            if let bytes = IndicatorReader.letteredItemASCII(t) {
                #expect(bytes == expression, "\(t.unicodeScalars.map(\.value))")
                let icu = ns.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)) != nil
                #expect(bytes == icu, "\(t.unicodeScalars.map(\.value))")
            }
        }
        // The common cases are answered by bytes.
        for t in ["a. x", "b) Jumlah", "1. x", "Jumlah", "  c. y"] { #expect(IndicatorReader.letteredItemASCII(t) != nil) }
    }
}
