import Foundation
import Testing
@testable import Interpretation

/// The byte scanners read printable ASCII exactly as SignatureReader's expressions do: every
/// string here is read both ways and the groups compared (a change to one without the other fails).
@Suite("Interpretation: signature scanners agree with the expressions")
struct SignatureScanTests {
    static func regexDate(_ s: String) -> [String?]? {
        let ns = s as NSString
        guard let m = SignatureReader.dateRE.ns.firstMatch(in: s, range: NSRange(location: 0, length: ns.length)) else { return nil }
        func group(_ i: Int) -> String? { let r = m.range(at: i); return r.location == NSNotFound ? nil : ns.substring(with: r) }
        return [group(1) ?? group(2), group(3), group(4), group(5)]
    }

    static func scanDate(_ s: String) -> [String?]? {
        let b = Array(s.utf8)
        guard let m = SignatureScan.date(b) else { return nil }
        func str(_ r: Range<Int>) -> String { String(decoding: b[r], as: UTF8.self) }
        return [m.place.map(str), str(m.day), str(m.month), str(m.year)]
    }

    /// Place heads, separators, days, months and years, good and bad, combined.
    static var dateLines: [String] {
        let heads = ["", "Arga Makmur", "arga makmur", "Kota  Bengkulu", "O'Neil-Ta", "B", "Ditetapkan di Bengkulu",
                     "ditetapkan di: Bandung", "Dibuat di :  Arga", "Diundangkan di Jakarta,", "pada tanggal", "Pada Tanggal :",
                     "Jakarta pada tanggal", "Bengkulu, pada", "tanggal:", "Dibuatkan di X,", "Arga, Makmur,", "A - B",
                     "Ab" + String(repeating: "c", count: 39), "Ab" + String(repeating: "c", count: 41) + ",", "Undang-Undang Nomor"]
        var out: [String] = []
        for h in heads {
            for sep in [" ", ", ", "  ", ",", " , "] {
                for d in ["17", "1", "123", ""] {
                    for m in ["Januari", "Jan.", "jan", "Ja", "Septembers", "agt.", "Jan.."] {
                        for y in ["2025", "1999", "2125"] { out.append(h + sep + d + " " + m + " " + y) }
                    }
                }
            }
        }
        return out
    }

    @Test func datesReadAlike() {
        var matched = 0
        for s in Self.dateLines where SignatureScan.isPrintableASCII(Array(s.utf8)) {
            let r = Self.regexDate(s), b = Self.scanDate(s)
            if r != nil { matched += 1 }
            #expect(r?.map { $0 ?? "-" } == b?.map { $0 ?? "-" }, "\(s)")
        }
        #expect(matched > 500)
    }

    @Test func nipAndRankReadAlike() {
        let nips = ["NIP. 19680212 199003 1 004", "NIP 196802121990031004", "nip: 1968.0212.1990.0310.04  ",
                    "NIP .: 196802121990031004", "NIP:196802121990031004 ", "NIP 19680212199003100", "NIP ..196802121990031004",
                    "NIP : 19680212 199003 1 004 x", "NIP  :  1968021219900310041234567890123"]
        for s in nips {
            let ns = s as NSString
            let r = SignatureReader.nipRE.ns.firstMatch(in: s, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) }
            let b = Array(s.utf8)
            #expect(r == SignatureScan.nip(b).map { String(decoding: b[$0], as: UTF8.self) }, "\(s)")
        }
        for s in ["IV/c", "(IV/c)", "(III / a", "II /e)", "IIII/a", "IV/f", "I/ a)", "V/a", "IV / C", " IV/c", "IV/c "] {
            let r = s.range(of: #"^\(?(I|II|III|IV)\s*/\s*[a-eA-E]\)?$"#, options: .regularExpression) != nil
            #expect(r == SignatureScan.isRankClass(Array(s.utf8)), "\(s)")
        }
        #expect(SignatureReader.isPangkat("IV/c") && SignatureReader.isPangkat("Penata Tk. I"))
        #expect(SignatureReader.nip("NIP. 19680212 199003 1 004") == "196802121990031004")
    }

    @Test func datesAfterTheReformNeedNoCalendar() {
        #expect(SignatureReader.isoDate(day: 29, month: "Februari", year: 2024) == "2024-02-29")
        #expect(SignatureReader.isoDate(day: 29, month: "Februari", year: 1900) == nil)
        #expect(SignatureReader.isoDate(day: 29, month: "Februari", year: 2000) == "2000-02-29")
        #expect(SignatureReader.isoDate(day: 31, month: "April", year: 2021) == nil)
        #expect(SignatureReader.isoDate(day: 0, month: "Mei", year: 2021) == nil)
        #expect(SignatureReader.isoDate(day: 5, month: "mei.", year: 2021) == "2021-05-05")
    }
}

/// `IndicatorReader.ownNumber` reads printable ASCII with a byte scanner: the same as the
/// expression `leadingNumber` followed by the checks on what comes after.
@Suite("Interpretation: leading numbers read as the expression reads them")
struct LeadingNumberScanTests {
    static func regexOwnNumber(_ s: String) -> (no: String, text: String)? {
        let range = NSRange(s.startIndex..., in: s)
        guard let m = IndicatorReader.leadingNumber.ns.firstMatch(in: s, range: range), let all = Range(m.range, in: s),
              let n = Range(m.range(at: 1), in: s) else { return nil }
        let rest = String(s[all.upperBound...])
        guard rest.first?.isLetter == true, rest.first?.isUppercase == true || s[n].contains(".") else { return nil }
        return (String(s[n]), rest)
    }

    @Test func sameAsTheExpression() {
        let cells = ["1.1 Jumlah produksi", "2. Persentase capaian", "12.345 Xy", "1.2.3.4.5 X", "1..  X", "1.2. Angka",
                     "123 Abc", " 2 dokumen", "2 Dokumen", "1.10 a", "1.1.1.1 Z", "1.1.1.1.1 Z", "1.  ", "1", ".1 A",
                     "1 .A", "01.02 Xy", "  3.1   Indeks Kepuasan", "4.a Nilai", "5) Nilai", "- Daging", "10 Persen"]
        for s in cells {
            let a = Self.regexOwnNumber(s), b = IndicatorReader.ownNumber(s)
            #expect(a?.no == b?.no && a?.text == b?.text, "\(s)")
        }
        #expect(IndicatorReader.ownNumber("1.1 Jumlah produksi")! == ("1.1", "Jumlah produksi"))
        #expect(IndicatorReader.ownNumber("2 dokumen") == nil)
    }
}
