import Foundation
import Testing
@testable import Interpretation

/// `AgencyScan` reads ASCII words by bytes where `AgencyNames` read them by Character: every
/// string here is read both ways and the results compared (a change to one without the
/// other fails); text beyond ASCII is left to the Unicode reading.
@Suite("Interpretation: agency-name byte reading agrees with the Character reading")
struct AgencyScanTests {
    /// Words, punctuation, digits, every kind of ASCII white space (`\r\n` is one character),
    /// control bytes that are not white space, and their combinations.
    static var asciiTexts: [String] {
        let pieces = ["DINAS", "Kesehatan", "kota", "Jawa-Barat,", "(BPS)", "Utara.", "Desa:", "3", "2016", "a",
                      "RSUD", "x1y", "iii", "U-", "-", ",", "", "Rp.", "O'Neil", "_id", "A/B", "Kab.", "Prov;", "e)", "@#$%^&*+=<>|~`\\{}[]?!\""]
        let gaps = [" ", "  ", "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", " \t ", "\u{1C}", "\u{1F}", "\u{7F}", ""]
        var out: [String] = []
        for (i, a) in pieces.enumerated() {
            for (j, g) in gaps.enumerated() {
                let b = pieces[(i * 7 + j * 3) % pieces.count]
                out.append(a + g + b)
                out.append(g + a + g + b + g)
                out.append(a.lowercased() + g + b.uppercased())
            }
        }
        for c in 0..<128 {
            let head = String(UnicodeScalar(UInt8(c))), tail = String(UnicodeScalar(UInt8(127 - c)))
            out.append(head + "Ab" + tail)
        }
        return out
    }

    @Test func wordsSplitAlike() {
        for s in Self.asciiTexts {
            #expect(AgencyScan.words(s) == s.split(whereSeparator: \.isWhitespace).map(String.init), "\(s.debugDescription)")
            #expect(AgencyScan.spaceSeparated(s) == s.split(separator: " ").map(String.init), "\(s.debugDescription)")
        }
    }

    @Test func nameWordsAlike() {
        for s in Self.asciiTexts {
            let unicode = DocumentInfoReader.fold(s).split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
            #expect(AgencyScan.letterDigitRuns(s) == unicode, "\(s.debugDescription)")
        }
    }

    @Test func marksAlike() {
        for s in Self.asciiTexts {
            for w in s.split(whereSeparator: \.isWhitespace).map(String.init) {
                let m = AgencyScan.marks(w)
                #expect(m?.capital == (w.first.map { $0.isUppercase } ?? false), "\(w.debugDescription)")
                #expect(m?.shouting == (w.contains(where: \.isLetter) && w == w.uppercased()), "\(w.debugDescription)")
                #expect(m?.closes == (w.last.map { ",.:;)".contains($0) } ?? false), "\(w.debugDescription)")
                let key = w.lowercased()
                #expect(AgencyScan.isLettersOrHyphens(key) == key.allSatisfy { $0.isLetter || $0 == "-" }, "\(key.debugDescription)")
            }
        }
    }

    @Test func otherTextKeepsTheUnicodeReading() {
        for s in ["Dinas Pendidikan Provinsi Jawa Barat\u{A0}2016", "É", "Kota Bogor — 2016", "Ｄinas", "\u{85}x", "K\u{212A}"] {
            #expect(AgencyScan.words(s) == nil && AgencyScan.spaceSeparated(s) == nil)
            #expect(AgencyScan.letterDigitRuns(s) == nil && AgencyScan.marks(s) == nil && AgencyScan.isLettersOrHyphens(s) == nil)
        }
        // The names read the same either way.
        let ascii = AgencyNames.nameWords("DINAS  KOPERASI, Usaha Kecil\tdan Menengah")
        #expect(ascii == "dinas koperasi usaha kecil dan menengah")
        #expect(AgencyNames.nameWords("Dinas Koperasi, Usaha Kecil dan Menengah\u{A0}") == ascii)
    }

    /// An agency read from lines and completed from a cell, in ASCII and beside non-ASCII text.
    @Test func namesReadFromWordsAndCells() {
        let lines: [(text: String, page: Int, size: Double)] = [
            (text: "LAPORAN KINERJA", page: 1, size: 20), (text: "DINAS KOPERASI,", page: 1, size: 16),
            (text: "PROVINSI JAWA BARAT", page: 1, size: 16), (text: "TAHUN 2016", page: 1, size: 16),
        ]
        let found = AgencyNames.find(lines, coverPages: [1])
        #expect(found == "Dinas Koperasi Provinsi Jawa Barat")
        let cells = [(text: "Kepala Dinas", page: 1), (text: "Dinas Koperasi, Usaha Kecil dan\nMenengah", page: 1)]
        #expect(AgencyNames.completed("Dinas Koperasi", from: cells) == "Dinas Koperasi Usaha Kecil dan Menengah")
        let accented = [(text: "Dinas Koperasi, Usaha Kecil dan Menengah – Bidang", page: 1)]
        #expect(AgencyNames.completed("Dinas Koperasi", from: accented) == "Dinas Koperasi Usaha Kecil dan Menengah")
        #expect(AgencyNames.completed("Dinas Koperasi", from: [(text: "DINAS  KOPERASI", page: 1)] + cells) == "Dinas Koperasi")
    }
}
