import KinerjaModel
import Testing

/// `SpaceTokens` (issue 10, CPU) gives what `split(separator: " ")` gives: on ASCII text
/// read by bytes (`\r\n` is one `Character`), on other text by `Character` as before.
@Suite("KinerjaModel: space-separated words read by bytes agree with split")
struct SpaceTokensTests {
    static let texts = AwkwardTexts.all

    @Test func firstLastAndCountAgreeWithSplit() {
        for t in Self.texts {
            let words = t.split(separator: " ")
            #expect(SpaceTokens.first(t) == words.first, "\(Array(t.unicodeScalars))")
            #expect(SpaceTokens.last(t) == words.last, "\(Array(t.unicodeScalars))")
            for limit in 0...4 {
                #expect(SpaceTokens.count(t, upTo: limit) == min(words.count, limit + 1), "\(Array(t.unicodeScalars)) \(limit)")
            }
            if let first = SpaceTokens.first(t) {
                // The same characters, where they stand in the text (a Substring of it).
                #expect(first.startIndex == words.first?.startIndex && first.endIndex == words.first?.endIndex)
                #expect(first.count == words.first?.count)
            }
        }
    }

    @Test func asciiSearchAgreesWithTheStandardLibrary() {
        let needles = ["disebut", "pertama", "kedua", "a", "b c", "ab", "\r\n", "e", "é", "PIHAK"]
        for t in Self.texts + ["selanjutnya disebut PIHAK KEDUA", "disebutdisebut", "dise but", "xdisebu"] {
            for n in needles {
                #expect(ASCIISearch.firstRange(of: n, in: t) == t.firstRange(of: n), "\(Array(t.unicodeScalars)) \(n)")
                // The reference is the standard library's search, what the binary (no Foundation)
                // runs: this test target links Foundation, whose `contains` (NSString's search)
                // finds no `\r\n` before a combining mark (`a\r\n\u{301}b`), where the stdlib does.
                #expect(ASCIISearch.contains(n, in: t) == (t.firstRange(of: n) != nil), "\(Array(t.unicodeScalars)) \(Array(n.unicodeScalars))")
            }
        }
    }

    @Test func boundedCharacterCount() {
        for t in Self.texts + ["\r\n\r\n\r\n", "e\u{301}e\u{301}e\u{301}e\u{301}", "👍🏽👍🏽👍🏽", "abcd", "abcde"] {
            for n in 0...6 {
                #expect(t.hasAtMostCharacters(n) == (t.count <= n), "\(Array(t.unicodeScalars)) \(n)")
            }
        }
    }

    /// `precomposed` returns text of scalars below U+0300 as it is: the normaliser agrees.
    @Test func textBelowCombiningMarksIsItsOwnNFC() {
        let scalars = (0..<0x300).compactMap { Unicode.Scalar(UInt32($0)) }
        for a in scalars {
            let s = String(a)
            #expect(String(decoding: s._nfcCodeUnits, as: UTF8.self) == s && s.precomposed == s, "\(a.value)")
        }
        for a in scalars where a.value >= 0x20 && a.value % 7 == 0 {
            for b in scalars where b.value >= 0x20 {
                let s = String(a) + String(b)
                #expect(Array(s._nfcCodeUnits) == Array(s.utf8), "\(a.value) \(b.value)")
            }
        }
        #expect(Array("e\u{301}".precomposed.unicodeScalars) == ["\u{E9}"])
    }
}
