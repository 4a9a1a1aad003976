import Foundation
import KinerjaModel
import Testing
@testable import Interpretation

extension TextPattern {
    /// The same expression compiled by ICU (what the pipeline used before issue 10).
    var ns: NSRegularExpression {
        try! NSRegularExpression(pattern: pattern, options: ignoringCase ? [.caseInsensitive] : [])
    }
}

/// The pipeline's expressions and text helpers run without Foundation (issue 10, start-up):
/// each is compared here with Foundation's reading of the same text.
@Suite("Interpretation: TextPattern and text helpers read as Foundation did")
struct TextPatternTests {
    static let patterns: [TextPattern] = [
        DocumentInfoReader.chapterOpening, DocumentInfoReader.tahunPattern, DocumentInfoReader.citationTail,
        Consistency.countStatement, IndicatorReader.leadingNumber, IndicatorReader.sasaranLabel,
        IndicatorReader.letteredItem, SignatureReader.dateRE, SignatureReader.placeOnlyRE, SignatureReader.placeYearRE,
        SignatureReader.nipRE, SignatureReader.rankClass, SignatureReader.slashSpacing,
        TextPattern(#"(?im)^\s*(?:nama\s*/?\s*unit\s+organisasi|unit\s+organisasi|instansi|satuan\s+kerja|nama\s+instansi)\s*:\s*(.+)$"#),
        TextPattern(#"\b(20\d\d)\b"#),
        TextPattern(#"^(B|TW|Q)\s?\d{1,2}$"#, ignoringCase: true), TextPattern(#"^(TRW|TW|Triwulan)\.?\s?(I|II|III|IV|[1-4])$"#, ignoringCase: true),
    ]

    static let texts: [String] = [
        "bab i pendahuluan", "BAB IV Akuntabilitas", " kata  pengantar", "daftar isi\u{A0}", "bab é", "bab\u{2003}ii",
        "Tahun 2024", "TAHUN ANGGARAN 2025", "tahun : 2023 – 2026", "Tahun 2019 s.d. 2023", "Tahun\u{A0}2024",
        "Nomor 23 Tahun 2014", "PP 8 Tahun 2008 tentang", "tahun 2024\u{2014}2025", "Tahun  2020 sampai dengan tahun 2024",
        "diukur melalui 14 (Empat Belas) indikator kinerja utama", "sebanyak 35 (Tiga Puluh Lima) indikator",
        "terdapat 4 (empat)\u{A0}indikator tercapai", "1.1 Jumlah produksi", "2. Persentase", "12.3.4.5 Nilai",
        "1.\u{A0}Indeks Kepuasan", "１ Fullwidth", "٣ Arabic digit", "Sasaran ke-1 : Meningkatnya", "SASARAN STRATEGIS 2: X",
        "sasaran pertama: a", "b. Jumlah rekomendasi", "c) item", "é. x",
        "Bandung, 12 Januari 2024", "Ditetapkan di Bandung pada tanggal 5 Mei 2023", "Cianjur 1 Juni 2016",
        "Bogor,\u{A0}3 Maret 2020", "Bandung, 2017", "Tasikmalaya , Juni 2019", "Ciamis, 2018\n",
        "Dibuat di : Ciamis", "DITETAPKAN DI Garut", "NIP. 19670321 199303 1 007", "NIP : 196703211993031007\n",
        "nip 19670321\u{A0}199303 1 007", "IV/c", "(III / d)", "II/E", "02 /ORT.07-Kpt", "a\u{3000}/\u{3000}b",
        "Nama Instansi : Dinas Kesehatan", "LAPORAN\n  Unit Organisasi: Inspektorat", "Satuan Kerja\r: Dinas",
        "INSTANSI\u{2028}: a", "2024", "x2024", "2024x", "20245", "é2024", "B1", "b 12", "TW 3", "tw\u{A0}3", "Q4",
        "Trw. II", "Triwulan IV", "TRIWULAN 3", "K1", "\u{212A}etua", "", "\n", "tahun\n2024",
    ]

    /// Groups as UTF-16 offsets (what NSRange gave).
    static func offsets(_ r: Range<String.Index>?, in s: String) -> [Int]? {
        r.map { [s.utf16.distance(from: s.startIndex, to: $0.lowerBound), s.utf16.distance(from: $0.lowerBound, to: $0.upperBound)] }
    }

    @Test func everyExpressionMatchesAsICU() {
        for p in Self.patterns {
            let icu = p.ns
            for s in Self.texts {
                let ours = p.allMatches(in: s).map { m in (0...m.groups.count).map { Self.offsets(m[$0], in: s) } }
                let theirs = icu.matches(in: s, range: NSRange(location: 0, length: (s as NSString).length)).map { m in
                    (0..<m.numberOfRanges).map { i -> [Int]? in
                        let r = m.range(at: i)
                        return r.location == NSNotFound ? nil : [r.location, r.length]
                    }
                }
                #expect(ours == theirs, "\(p.pattern) on \(s.debugDescription)")
            }
        }
    }

    /// ICU's case-insensitive matching also folds the long s (ſ ~ s) and the Kelvin sign;
    /// the standard library's does not. RegexGate lets such text reach the expression, so
    /// on it (never seen in a document) the two may still differ.
    @Test func caseFoldingSpecialsDiffer() {
        withKnownIssue("ſ is not s under Regex.ignoresCase()") {
            let s = "ſasaran: x"
            #expect(IndicatorReader.sasaranLabel.matches(in: s)
                    == (IndicatorReader.sasaranLabel.ns.firstMatch(in: s, range: NSRange(location: 0, length: (s as NSString).length)) != nil))
        }
    }

    @Test func replacingMatchesAsICU() {
        for s in ["02 /ORT.07-Kpt", "a / b /c", "no slash", "x\u{A0}/\u{A0}y", "//"] {
            let re = SignatureReader.slashSpacing
            #expect(re.replacingMatches(in: s, with: "/")
                    == re.ns.stringByReplacingMatches(in: s, range: NSRange(location: 0, length: (s as NSString).length), withTemplate: "/"))
        }
    }

    @Test func foldingAsFoundationOnLatinGreekCyrillic() {
        var checked = 0
        for v in Array(0x20..<0x590) + Array(0x1E00..<0x2000) {
            guard let u = Unicode.Scalar(v) else { continue }
            for s in [String(u), "a\(u)b", "A\(u)", "\u{301}\(u)"] {
                #expect(s.foldingCaseAndDiacritics() == s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil),
                        "U+\(String(v, radix: 16))")
                checked += 1
            }
        }
        for s in ["Kabupaten Bandung", "ÉVALUASI Akuntabilitas", "Nusa Tenggara Timur", "Straße", "ﬁnal", "İstanbul", "ıi",
                  "e\u{301}\u{302}", "Ǆ", "ǅ"] {
            #expect(s.foldingCaseAndDiacritics() == s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil), "\(s)")
        }
        #expect(checked > 7_000)
        #expect(HeaderText.fold("Rencana Aksi Triwulan") == "rencana aksi triwulan")
        #expect(HeaderText.fold("Capaian (%) Realisasi Ḱ") == "capaian (%) realisasi k")
    }

    /// The byte-wise way for ASCII between ASCII must agree with the character-wise way at
    /// every seam: CR LF next to other text, a mark or joiner after an ASCII letter, a
    /// prepended mark, other scripts between ASCII words; and collapsing white space with
    /// split + join.
    @Test func foldingMixedTextAndCollapsingWhitespace() {
        let texts = ["Rencana Aksi – Bulan √ Januari", "A\r\nb\u{301}", "x\r\né\r\nY", "Ab\u{200D}C", "\u{600}1 2",
                     "Ke\u{301}\u{302}giatan", "\u{301}abc", "abc\u{301}", "ΑΘΗΝΑ and Straße", "\r\n", "a\r", "\na",
                     "Kota  Tangerang\u{A0}Selatan\t(2023)", " \u{301} x ", "İstanbul İ", "ﬁnal ﬁ"]
        for s in texts {
            #expect(s.foldingCaseAndDiacritics() == s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil),
                    "\(s.debugDescription)")
            #expect(s.collapsingWhitespace() == s.split(whereSeparator: \.isWhitespace).joined(separator: " "), "\(s.debugDescription)")
        }
    }

    @Test func trimmingAsFoundation() {
        let texts = [" a ", "\u{A0}Dinas\u{3000}", "\t\n x \r\n", "\u{2028}y\u{85}", "(Rp)", "-– 12 :", "…dan…", "\u{301} é ",
                     "", " ", "\u{A0}", "a\u{200B}", "«kutip»", "¿qué?", "– x –"]
        for s in texts {
            #expect(s.trimming(.whitespaces) == s.trimmingCharacters(in: .whitespaces), "\(s.debugDescription)")
            #expect(s.trimming(.whitespacesAndNewlines) == s.trimmingCharacters(in: .whitespacesAndNewlines), "\(s.debugDescription)")
            #expect(s.trimming(.punctuation) == s.trimmingCharacters(in: .punctuationCharacters), "\(s.debugDescription)")
            #expect(s.trimmingWhitespace() == s.trimmingCharacters(in: .whitespaces), "\(s.debugDescription)")
            for set in ["() ", "-–: ", ".", ".,:;() ", " ,;:"] {
                #expect(s.trimming(charactersIn: set) == s.trimmingCharacters(in: CharacterSet(charactersIn: set)), "\(s.debugDescription)")
            }
            #expect(s.hasLetter == (s.rangeOfCharacter(from: .letters) != nil), "\(s.debugDescription)")
        }
    }

    @Test func formatsAndNormalFormAsFoundation() {
        for x in [0.0, 1.005, -2.5, 12345.678, 1e20, 0.125] {
            #expect(String(cFormat: "%.2f", x) == String(format: "%.2f", x))
            #expect(String(cFormat: "%.1f", x) == String(format: "%.1f", x))
        }
        #expect(String(cFormat: "%04d-%02d-%02d", 2024, 3, 7) == String(format: "%04d-%02d-%02d", 2024, 3, 7))
        for s in ["Cafe\u{301}", "Ñandú", "e\u{301}\u{323}", "ascii"] {
            #expect(s.precomposed == s.precomposedStringWithCanonicalMapping)
            #expect(Array(s.precomposed.unicodeScalars) == Array(s.precomposedStringWithCanonicalMapping.unicodeScalars))
        }
    }
}
