import Foundation
import Testing
@testable import Interpretation

/// The pre-checks that spare a document ICU's regex engine never change a result: every
/// string here is read both ways (the byte reading or the gate, and the expression itself).
@Suite("Interpretation: regex gates agree with the expressions")
struct RegexGateTests {
    static func regex(_ re: NSRegularExpression, _ s: String) -> Bool {
        re.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
    }

    @Test func chapterOpeningReadAlike() {
        let lines = ["bab i pendahuluan", "bab iv akuntabilitas", "bab iva", "bab ix", "bab 3", "bab 31", "bab  ii",
                     "babi", "bab", "bab vi.", "bab_i", "bab i_", "kata pengantar", "kata  pengantar", "katapengantar",
                     "kata pengantar:", "daftar isi", "daftar isian", "daftar tabel", "ikhtisar eksekutif",
                     "ringkasan eksekutif", "ringkasan", "laporan kinerja", "", " bab ii", "bab v-1", "bab é",
                     "daftar isi – halaman", "bab\tii", "BAB I"]
        for l in lines {
            #expect(DocumentInfoReader.opensChapter(l) == Self.regex(DocumentInfoReader.chapterOpening.ns, l), "\(l)")
        }
    }

    @Test func gatesOnlySayNoWhenTheExpressionCannotMatch() throws {
        let labelled = try NSRegularExpression(pattern: #"(?im)^\s*(?:nama\s*/?\s*unit\s+organisasi|unit\s+organisasi|instansi|satuan\s+kerja|nama\s+instansi)\s*:\s*(.+)$"#)
        let texts = ["Instansi : Dinas Kesehatan", "LAPORAN\n  Unit Organisasi: Inspektorat", "nama instansi :x",
                     "Satuan Kerja\r: Dinas", "ſatuan kerja : Dinas", "INSTANSI\u{2028}: a", "tidak ada", "instansi tanpa titik dua",
                     "a\n b\n Nama / Unit Organisasi : Bappeda", "Dinas Instansi : X"]
        for t in texts + ["Nama : Budi\nNIP : 1234", "Nama\n/ Unit Organisasi\n: Bappeda", "Nama Instansi\u{A0}: Dinas",
                          "\u{3000}Instansi: X", "satuan  kerja :", "Instansi:\n\nDinas", "Rencana kerja instansi : x",
                          "Satuan\u{2028}Kerja : Dinas", "UNIT ORGANISASI\t:\tBiro"] {
            #expect(RegexGate.mayHoldInstansiLabel(t) || !Self.regex(labelled, t), "\(t)")
        }
        #expect(!RegexGate.mayHoldInstansiLabel("Nama : Budi\nJabatan : Kepala Dinas\nRencana kerja instansi"))
        for t in ["TAHUN 2016", "Tahun Anggaran 2024", "tahun:2020", "ṫahun 2020", "LAPORAN KINERJA 2016", "TAHUN  2016"]
        where !DocumentInfoReader.reportedYears(in: t, type: .lkjip).isEmpty {
            #expect(RegexGate.mayContain(t, anyOf: ["tahun"]), "\(t)")
        }
        #expect(!RegexGate.mayContain("LAPORAN KINERJA 2016 – Bandung", anyOf: ["tahun"]))
        #expect(RegexGate.mayContain("ﬁnal", anyOf: ["zzz"]))
        #expect(RegexGate.asciiRange(of: "kinerja", in: "laporan kinerja kinerja")
                == "laporan kinerja kinerja".range(of: "kinerja"))
    }
}

@Suite("Interpretation: tahun scanner agrees with the expressions")
struct TahunScanTests {
    static func regexYears(_ text: String, period: Bool) -> [Int] {
        var out: [Int] = []
        let re = DocumentInfoReader.tahunPattern.ns
        for m in re.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let r = Range(m.range(at: 1), in: text), let y = Int(text[r]), let whole = Range(m.range, in: text) else { continue }
            let before = String(text[text.index(whole.lowerBound, offsetBy: -min(12, text.distance(from: text.startIndex, to: whole.lowerBound)))..<whole.lowerBound])
            if DocumentInfoReader.citationTail.ns.firstMatch(in: before, range: NSRange(before.startIndex..., in: before)) != nil { continue }
            if m.range(at: 2).location != NSNotFound, !period { continue }
            out.append(y)
        }
        return out
    }

    @Test func yearsReadAlike() {
        let texts = [
            "LAPORAN KINERJA TAHUN 2016", "Tahun Anggaran 2024", "TAHUN : 2025", "tahun:2020", "Tahun2019 dan Tahun 2018",
            "Nomor 23 Tahun 2014 tentang Pemerintahan Daerah", "PP 8 Tahun 2006", "Perpres 29 Tahun 2014",
            "UU No. 17 Tahun 2003", "UU No 1 Tahun 2004", "Nomor: 5a Tahun 2010", "no.Tahun 2010", "1234 Tahun 2010",
            "Renstra Tahun 2013 - 2018", "Tahun 2013-2018", "Tahun 2013 / 2018", "Tahun 2019 s.d. 2023", "Tahun 2019 s/d 2023",
            "Tahun 2019 sd 2023", "Tahun 2019 S.D Tahun 2023", "Tahun 2019 sampai dengan 2023", "Tahun 2019 sampai tahun 2023",
            "tahun 20160", "tahun 2016a", "tahun 2016_", "xtahun 2016", "_tahun 2016", "1tahun 2016", "tahun anggaran2017",
            "tahun anggaranx 2017", "tahun :: 2017", "tahun   2017   -   2019", "tahun 2017 - 20199", "tahun 2017 sampaidengan 2019",
            "Keputusan Nomor Tahun 2016", "nomor   Tahun 2016", "ABCnomor Tahun 2016", "12b Tahun 2016", "12bc Tahun 2016",
            "TAHUN 2016 TAHUN 2017", "tahun 1999", "tahun 2016.", "(Tahun 2016)", "Tahun 2016 s. d. 2020", "Tahun 2016 sd.2020",
            "Nomor 7 Tahun 2016 dan Tahun 2017", "abcdefghijk 123 Tahun 2016", "tahunan 2016", "TaHuN 2021",
            "Renstra Tahun 2016 – 2021", "Tahun 2016—2021", "Tahun 2016 –2021", "“Tahun 2016”", "…Tahun 2016…",
            "Nomor 23 … Tahun 2014", "No.… Tahun 2014", "12…Tahun 2016", "…………… 7 Tahun 2016", "KATA PENGANTAR ……… TAHUN 2016 • 1",
            "©Tahun 2016", "Tahun 2016 ± 2", "§ 5 Tahun 2016", "Tahun 2016 – x – 2017", "Tahun 2016 s.d. – 2020",
        ]
        for t in texts {
            #expect(TahunScan.canRead(t), "\(t)")
            let b = Array(t.utf8)
            for period in [false, true] {
                var scanned: [Int] = []
                for m in TahunScan.matches(b)
                where !TahunScan.isCitationTail(b[TahunScan.offset(b, charactersBefore: m.whole.lowerBound, count: 12)..<m.whole.lowerBound]) {
                    if m.period, !period { continue }
                    scanned.append(m.year)
                }
                #expect(scanned == Self.regexYears(t, period: period), "\(t)")
            }
            #expect(DocumentInfoReader.reportedYears(in: t, type: .renstra) == Self.regexYears(t, period: true), "\(t)")
        }
        for t in ["Tahun\u{A0}2016", "é Tahun 2016", "Tahun 2016\u{301}", "ﬁ Tahun 2016", "Tahun ٢٠١٦", "Ⓐ Tahun 2016", "a\tTahun 2016"] {
            #expect(!TahunScan.canRead(t), "\(t)")
            #expect(DocumentInfoReader.reportedYears(in: t, type: .renstra) == Self.regexYears(t, period: true), "\(t)")
        }
    }
}

@Suite("Interpretation: year and sasaran-label gates agree with the expressions")
struct YearAndLabelGateTests {
    @Test func yearsReadAlike() throws {
        let yr = try NSRegularExpression(pattern: #"\b(20\d\d)\b"#)
        for t in ["TAHUN 2016", "2016", "a2016", "2016b", "12016", "20161", "(2016)", "2016-2017", "2016_", "_2016",
                  "2019 2020 2021", "20202021", "x 2099.", "1999 2000", "2O16", "Bandung, 12 Januari 2017"] {
            let regexYears = yr.matches(in: t, range: NSRange(t.startIndex..., in: t)).compactMap { m in
                Range(m.range(at: 1), in: t).flatMap { Int(t[$0]) }
            }
            #expect(RegexGate.years(Array(t.utf8)) == regexYears, "\(t)")
        }
    }

    @Test func sasaranGateOnlySaysNoWhenTheExpressionCannotMatch() {
        let re = IndicatorReader.sasaranLabel.ns
        for t in ["Sasaran 1 : Meningkatnya", "  SASARAN STRATEGIS: x", "sasaran ke-2: y", "Sasaran", "Sasaran Pertama : z",
                  "\u{A0}Sasaran 3: a", "Misi : b", "Tujuan: Sasaran 1 : c", "ſasaran 1: d", "sasaran\n1\n:\ne"] {
            let matches = re.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)) != nil
            #expect(RegexGate.mayStart(t, with: "sasaran", thenContain: 0x3A) || !matches, "\(t)")
            #expect(IndicatorReader.sasaranText(t) == t || matches, "\(t)")
        }
        #expect(!RegexGate.mayStart("Misi : b", with: "sasaran", thenContain: 0x3A))
    }
}

@Suite("Interpretation: ASCII punctuation trimming agrees with Foundation")
struct PunctuationTrimTests {
    @Test func trimsAsFoundationDoes() {
        var all = ""
        for c in 0x20..<0x7F { all.append(Character(Unicode.Scalar(UInt8(c)))) }
        for t in ["(Dinas)", "kabupaten,", "\"x\"", "$100", "+a+", "<b>", "=c=", "^d^", "`e`", "|f|", "~g~", "...", "", all, "a-b", "_x_", "{y}"] {
            #expect(RegexGate.trimmingASCIIPunctuation(t) == t.trimmingCharacters(in: .punctuationCharacters), "\(t)")
        }
        #expect(RegexGate.trimmingASCIIPunctuation("“x”") == nil)
    }
}

@Suite("Interpretation: place-and-year scanner agrees with the expression")
struct PlaceYearScanTests {
    @Test func placesReadAlike() {
        let re = SignatureReader.placeYearRE.ns
        for t in ["Bandung, 2017", "Bandung , 2017", "Bandung,2017", "Kota Bandung, Januari 2017", "Bandung, Januari  2017",
                  "bandung, 2017", "B, 2017", "B , 2017", "B,2017", "BA, 2017", "Bandung, 1999", "Bandung, 2117", "Bandung, 1899",
                  "Bandung, 12 Januari 2017", "Ban-dung's St., 2017", "Bandung; 2017", "Bandung, Januari2017", "Bandung,, 2017",
                  "Tasikmalaya Kota Besar Sekali Panjang Nama, 2017", "Tasikmalaya Kota Besar Sekali Panjang Namaa, 2017",
                  "Tasikmalaya Kota Besar Sekali Panjang Namaaa, 2017", "Bandung 2, 2017", "Bandung, a b 2017", "X  , 2016",
                  "Bandung,  Desember 2016", "Bandung, Desember 2016 ", "A,B, 2017", "Bandung, 2017, 2018"] {
            let b = Array(t.utf8)
            let ns = t as NSString
            let expected = re.firstMatch(in: t, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) }
            #expect(PlaceYearScan.place(b).map { String(decoding: b[$0], as: UTF8.self) } == expected, "\(t)")
        }
    }
}
