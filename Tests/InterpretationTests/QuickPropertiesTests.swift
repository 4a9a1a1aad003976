import Foundation
@testable import KinerjaModel
import Testing

/// The ASCII fast paths of Unicode property look-ups (issue 10, CPU) give the stdlib's (and
/// Foundation's) answers: on every ASCII character, and on non-ASCII ones they hand on.
@Suite("KinerjaModel: quick Unicode properties agree with the stdlib")
struct QuickPropertiesTests {
    /// Every ASCII character, `\r\n`, a few non-ASCII letters, digits, spaces and marks.
    static let characters: [Character] = (0..<0x80).map { Character(Unicode.Scalar(UInt8($0))) } + [
        "\r\n", "é", "e\u{301}", "Ü", "ß", "ı", "٣", "²", "½", "\u{A0}", "\u{2003}", "\u{3000}", "\u{85}",
        "\u{2028}", "–", "•", "·", "\u{387}", "ǅ", "Ⅻ", "中", "😀", " \u{301}", "\u{200B}", "\u{FEFF}",
    ]

    @Test func characterPropertiesMatchTheStdlib() {
        for c in Self.characters {
            #expect(c.isWhitespaceQuick == c.isWhitespace, "\(c.unicodeScalars.map(\.value))")
            #expect(c.isLetterQuick == c.isLetter, "\(c.unicodeScalars.map(\.value))")
            #expect(c.isNumberQuick == c.isNumber, "\(c.unicodeScalars.map(\.value))")
            #expect(c.isUppercaseQuick == c.isUppercase, "\(c.unicodeScalars.map(\.value))")
            #expect(c.isLowercaseQuick == c.isLowercase, "\(c.unicodeScalars.map(\.value))")
        }
    }

    @Test func whitespaceOfEveryScalar() {
        for v in 0..<0x11_0000 {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(s.isWhitespaceQuick == s.properties.isWhitespace, "\(v)")
            let c = Character(s)
            #expect(c.isWhitespaceQuick == c.isWhitespace, "\(v)")
            if v < 0x3100 {
                // A mark joined onto it: the Character's first scalar decides.
                let joined = String(s) + "\u{301}"
                if joined.count == 1 {
                    let marked = Character(joined)
                    #expect(marked.isWhitespaceQuick == marked.isWhitespace, "\(v)")
                }
            }
        }
    }

    @Test func scalarPropertiesMatchTheStdlib() {
        // Every scalar below U+3100 (all of ASCII, Latin, the general punctuation and spaces).
        for v in 0..<0x3100 {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(s.isWhitespaceQuick == s.properties.isWhitespace, "\(v)")
            #expect(s.isAlphabeticQuick == s.properties.isAlphabetic, "\(v)")
            #expect(s.isNumericQuick == (s.properties.numericType != nil), "\(v)")
            #expect(s.generalCategoryQuick == s.properties.generalCategory, "\(v)")
        }
    }

    @Test func trimSetsMatchFoundation() {
        let sets: [(TrimSet, CharacterSet)] = [
            (.whitespaces, .whitespaces), (.whitespacesAndNewlines, .whitespacesAndNewlines),
            (.punctuation, .punctuationCharacters),
        ]
        for (set, foundation) in sets {
            for v in 0..<0x3100 {
                guard let s = Unicode.Scalar(v) else { continue }
                // The fast path (ASCII by byte) and the general one (properties) agree…
                #expect(set.contains(s) == set.containsByProperties(s), "\(set) \(v)")
                // …and below U+0100 (where the byte path answers) both are Foundation's set.
                // (Above, Foundation's ICU may be of an older Unicode: Balinese marks of 16.0.)
                if v < 0x100 { #expect(set.contains(s) == foundation.contains(s), "\(set) \(v)") }
            }
        }
    }

    @Test func singleScalarGate() {
        for t in ["-", "•", "–", "x", "·", "\u{387}", "😀"] { #expect(t.isSingleScalar, "\(t)") }
        for t in ["", "--", "e\u{301}", "\r\n", "ab", "–-", "😀😀"] { #expect(!t.isSingleScalar, "\(t)") }
        // A text of several scalars equals none of the one-scalar marks the gate stands before.
        let marks = ["-", "•", "–", "—", "―", "…", "*", "·", "o", "▪", "➢", "✓", "x"]
        for m in marks {
            #expect(m.decomposedStringWithCanonicalMapping.unicodeScalars.count == 1, "\(m)")
        }
        // U+0387 is canonically U+00B7 and passes the gate: compared as `==` compares.
        #expect("\u{387}".isSingleScalar && marks.contains("\u{387}"))
    }
}

/// `collapsingWhitespace` reads ASCII stretches by bytes (issue 10, CPU): the same text as
/// splitting at white-space Characters and joining with single spaces.
@Suite("KinerjaModel: collapsingWhitespace by bytes and Characters")
struct CollapsingWhitespaceTests {
    static let texts = AwkwardTexts.all

    @Test func sameAsSplittingAndJoining() {
        for t in Self.texts {
            let reference = t.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(t.collapsingWhitespace() == reference, "\(t.unicodeScalars.map(\.value))")
            #expect(Array(t.collapsingWhitespace().utf8) == Array(reference.utf8), "\(t.unicodeScalars.map(\.value))")
        }
    }
}

/// `HeaderText.words` of ASCII text is written word by word from the bytes (issue 10,
/// CPU): the same words as splitting at every byte that is not a letter or digit.
@Suite("KinerjaModel: header words of ASCII text")
struct HeaderWordsTests {
    @Test func sameAsTheByteSplit() {
        let texts = ["", " ", "Target", "TARGET  KINERJA", "Capaian (%) 2024", "Realisasi\r\nTW-I", "a1b2 C3",
                     "...", "IKU/IKK", "abcdefghijklmnopqrstuvwxyz0123456789 x", "  Trw I  ", "No.", "Sat-uan"]
        for t in texts {
            let reference = t.utf8.split { b in !((b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)) }
                .map { String(decoding: $0.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self) }
            #expect(HeaderText.asciiWords(t) == reference, "\(t)")
            #expect(HeaderText.words(t) == reference, "\(t)")
        }
        #expect(HeaderText.asciiWords("Capaian – 2024") == nil)
        #expect(HeaderText.words("Capaian – 2024") == ["capaian", "2024"])
    }
}
